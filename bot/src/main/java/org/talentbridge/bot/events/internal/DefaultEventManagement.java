package org.talentbridge.bot.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.stereotype.Component;

import org.talentbridge.bot.events.Attendee;
import org.talentbridge.bot.events.Event;
import org.talentbridge.bot.events.EventManagement;

@Component
class DefaultEventManagement implements EventManagement {

	private final RedisEventCatalog catalog;

	private final RedisSignups signups;

	private final SeatNotices notices;

	DefaultEventManagement(RedisEventCatalog catalog, RedisSignups signups, SeatNotices notices) {
		this.catalog = catalog;
		this.signups = signups;
		this.notices = notices;
	}

	@Override
	public Event create(Event event) {
		if (!this.catalog.saveIfAbsent(event)) {
			throw new IllegalArgumentException("An event with the id " + event.id() + " exists");
		}
		return event;
	}

	@Override
	public Event change(Event event) {
		Event before = this.catalog.find(event.id()).orElseThrow(() -> new NoSuchElementException(event.id()));
		this.catalog.save(event);
		if (event.capacity() > before.capacity() && event.status() == Event.Status.OPEN) {
			this.signups.fillSeats(event);
		}
		return event;
	}

	@Override
	public List<String> cancel(String eventId) {
		Event event = this.catalog.find(eventId).orElseThrow(() -> new NoSuchElementException(eventId));
		if (event.status() == Event.Status.CANCELLED) {
			return List.of();
		}
		Event cancelled = this.catalog.save(event.withStatus(Event.Status.CANCELLED));
		List<String> told = new ArrayList<>();
		for (Attendee person : concat(this.signups.attendees(eventId), this.signups.waitlist(eventId))) {
			this.notices.cancelled(cancelled, person.userId());
			told.add(person.userId());
		}
		return told;
	}

	private static List<Attendee> concat(List<Attendee> a, List<Attendee> b) {
		List<Attendee> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

}
