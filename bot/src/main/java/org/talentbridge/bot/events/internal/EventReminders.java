package org.talentbridge.bot.events.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.SetParams;

import org.talentbridge.bot.events.Attendee;
import org.talentbridge.bot.events.Event;
import org.talentbridge.bot.events.EventCatalog;
import org.talentbridge.bot.events.Signups;
import org.talentbridge.bot.store.Keys;

/**
 * Reminders 24 hours and 2 hours before an event, to confirmed attendees who want them. Each is
 * claimed in Redis with SET NX before it is sent, so it goes out once across restarts and any
 * number of instances; a reminder whose moment passed while the bot was down is still sent as
 * long as the event has not started.
 */
@Component
class EventReminders {

	private static final Logger log = LoggerFactory.getLogger(EventReminders.class);

	enum Kind {

		DAY("24h", Duration.ofHours(24)), TWO_HOURS("2h", Duration.ofHours(2));

		final String name;

		final Duration before;

		Kind(String name, Duration before) {
			this.name = name;
			this.before = before;
		}

	}

	private final EventCatalog catalog;

	private final Signups signups;

	private final RedisPeople people;

	private final SeatNotices notices;

	private final JedisPooled redis;

	private final Clock clock;

	EventReminders(EventCatalog catalog, Signups signups, RedisPeople people, SeatNotices notices, JedisPooled redis,
			Clock clock) {
		this.catalog = catalog;
		this.signups = signups;
		this.people = people;
		this.notices = notices;
		this.redis = redis;
		this.clock = clock;
	}

	static String claimKey(String eventId, Kind kind, String userId) {
		return Keys.of("events", "reminded", eventId, kind.name, userId);
	}

	@Scheduled(fixedDelayString = "${bot.events.reminder-check:PT30S}", initialDelayString = "PT5S")
	void sendDue() {
		try {
			send();
		}
		catch (RuntimeException ex) {
			log.warn("Event reminders not sent this round: {}", ex.getClass().getSimpleName());
		}
	}

	/** @return how many reminders went out */
	int send() {
		Instant now = this.clock.instant();
		int sent = 0;
		for (Event event : this.catalog.upcoming()) {
			if (event.status() != Event.Status.OPEN || !now.isBefore(event.startsAt())) {
				continue;
			}
			// Only the nearest due reminder: someone who signs up an hour before gets the 2-hour one, not both.
			Kind due = null;
			for (Kind kind : Kind.values()) {
				if (!now.isBefore(event.startsAt().minus(kind.before))) {
					due = kind;
				}
			}
			if (due == null) {
				continue;
			}
			for (Attendee attendee : this.signups.attendees(event.id())) {
				if (this.people.wantsReminders(attendee.userId()) && claim(event, due, attendee.userId())) {
					if (this.notices.reminder(event, attendee.userId(), due.name)) {
						sent++;
					}
				}
			}
		}
		return sent;
	}

	/** Claims this reminder and every earlier one, so a later run does not send the 24-hour one after the 2-hour one. */
	private boolean claim(Event event, Kind due, String userId) {
		long keep = Math.max(60, Duration.between(this.clock.instant(), event.endsAt()).toSeconds() + 86_400);
		boolean claimed = "OK".equals(this.redis.set(claimKey(event.id(), due, userId), "1", SetParams.setParams().nx().ex(keep)));
		if (claimed && due == Kind.TWO_HOURS) {
			this.redis.set(claimKey(event.id(), Kind.DAY, userId), "1", SetParams.setParams().nx().ex(keep));
		}
		return claimed;
	}

	void forget(String userId) {
		for (Event event : this.catalog.all()) {
			for (Kind kind : Kind.values()) {
				this.redis.del(claimKey(event.id(), kind, userId));
			}
		}
	}

}
