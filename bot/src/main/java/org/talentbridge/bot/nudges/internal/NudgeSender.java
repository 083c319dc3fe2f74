package org.talentbridge.bot.nudges.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Notifier;
import org.talentbridge.bot.conversation.Notifier.Delivery;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.conversation.ProactivePolicy;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Reply.Button;
import org.talentbridge.bot.conversation.Response;
import org.talentbridge.bot.conversation.UserProfiles;
import org.talentbridge.bot.events.Event;
import org.talentbridge.bot.events.EventCatalog;
import org.talentbridge.bot.knowledge.Article;
import org.talentbridge.bot.knowledge.KnowledgeBase;
import org.talentbridge.bot.nudges.GraduateProfile;

/** Plans each graduate's nudges and sends those that are due, within the proactive rules. */
@Component
class NudgeSender {

	private static final Logger log = LoggerFactory.getLogger(NudgeSender.class);

	/** Nudges go out at this local time on their day (or at the next allowed moment). */
	static final LocalTime SEND_AT = LocalTime.of(10, 0);

	/** Attempts at a nudge that keeps failing before it is given up. */
	static final int ATTEMPTS = 5;

	static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

	/** A nudge more than this overdue when someone signs up is skipped: its moment has passed. */
	static final Duration STALE = Duration.ofDays(7);

	private final NudgeCampaigns campaigns;

	private final NudgeSchedule schedule;

	private final RedisGraduates graduates;

	private final Notifier notifier;

	private final ProactivePolicy policy;

	private final UserProfiles profiles;

	private final KnowledgeBase knowledgeBase;

	private final EventCatalog events;

	private final Phrases phrases;

	private final Clock clock;

	NudgeSender(NudgeCampaigns campaigns, NudgeSchedule schedule, RedisGraduates graduates, Notifier notifier,
			ProactivePolicy policy, UserProfiles profiles, KnowledgeBase knowledgeBase, EventCatalog events,
			Phrases phrases, Clock clock) {
		this.campaigns = campaigns;
		this.schedule = schedule;
		this.graduates = graduates;
		this.notifier = notifier;
		this.policy = policy;
		this.profiles = profiles;
		this.knowledgeBase = knowledgeBase;
		this.events = events;
		this.phrases = phrases;
		this.clock = clock;
	}

	static Instant due(GraduateProfile profile, Nudge nudge) {
		return nudge.anchor(profile).plusDays(nudge.offsetDays()).atTime(SEND_AT).atZone(ZONE).toInstant();
	}

	/** Replaces the person's queued nudges with those that apply to them now. */
	List<String> plan(GraduateProfile profile) {
		List<String> ids = this.campaigns.all().stream().map(Nudge::id).toList();
		this.schedule.clear(profile.userId(), ids);
		List<String> planned = new ArrayList<>();
		if (!profile.wantsNudges()) {
			return planned;
		}
		Instant now = this.clock.instant();
		for (Nudge nudge : this.campaigns.all()) {
			Instant due = due(profile, nudge);
			if (!nudge.appliesTo(profile) || due.isBefore(now.minus(STALE))
					|| this.schedule.alreadySent(profile.userId(), nudge.id())) {
				continue;
			}
			this.schedule.plan(profile.userId(), nudge.id(), due.isBefore(now) ? now : due);
			planned.add(nudge.id());
		}
		return planned;
	}

	@Scheduled(fixedDelayString = "${bot.nudges.check:PT60S}", initialDelayString = "${bot.nudges.first-check:PT10S}")
	void run() {
		try {
			sendDue();
		}
		catch (RuntimeException ex) {
			log.warn("Nudges not sent this round: {}", ex.getClass().getSimpleName());
		}
	}

	/** @return how many nudges went out */
	int sendDue() {
		Instant now = this.clock.instant();
		this.schedule.requeueStale(now, Duration.ofMinutes(10));
		int sent = 0;
		for (String entry : this.schedule.claim(now, 500)) {
			int bar = entry.lastIndexOf('|');
			String userId = entry.substring(0, bar);
			Nudge nudge = this.campaigns.find(entry.substring(bar + 1)).orElse(null);
			GraduateProfile profile = this.graduates.find(userId).orElse(null);
			if (nudge == null || profile == null || !profile.wantsNudges() || !nudge.appliesTo(profile)) {
				this.schedule.finished(entry);
				continue;
			}
			Instant allowed = this.policy.nextAllowed(userId, now);
			if (allowed.isAfter(now)) {
				this.schedule.later(entry, allowed);
				continue;
			}
			if (!this.schedule.markSent(userId, nudge.id())) {
				this.schedule.finished(entry);
				continue;
			}
			Delivery delivery = this.notifier.send(userId, render(nudge, language(userId), profile));
			switch (delivery) {
				case SENT -> {
					this.policy.sent(userId, now);
					this.schedule.finished(entry);
					sent++;
				}
				// It may have arrived: not sent again, and counted against the person's quiet time.
				case UNKNOWN -> {
					this.policy.sent(userId, now);
					this.schedule.finished(entry);
				}
				case BLOCKED, REFUSED -> this.schedule.finished(entry);
				case THROTTLED -> {
					this.schedule.unmarkSent(userId, nudge.id());
					this.schedule.later(entry, now.plus(Duration.ofHours(1)));
				}
				case FAILED -> {
					// It did not arrive: tried again 1, 2, 4, 8 hours later, then given up.
					this.schedule.unmarkSent(userId, nudge.id());
					long attempts = this.schedule.failedAttempt(entry);
					if (attempts >= ATTEMPTS) {
						log.warn("Nudge {} failed {} times; it is not tried again", nudge.id(), attempts);
						this.schedule.finished(entry);
					}
					else {
						this.schedule.later(entry, now.plus(Duration.ofHours(1L << (attempts - 1))));
					}
				}
			}
		}
		return sent;
	}

	private Language language(String userId) {
		return this.profiles.languageOf(userId);
	}

	Response render(Nudge nudge, Language language, GraduateProfile profile) {
		List<Button> buttons = new ArrayList<>();
		for (String id : nudge.articles()) {
			this.knowledgeBase.find(id)
				.flatMap((Article a) -> a.section(language).or(() -> a.section(Language.EN)))
				.ifPresent(section -> buttons.add(new Button(section.title(), "/article " + id)));
		}
		if (nudge.events()) {
			Instant now = this.clock.instant();
			this.events.upcoming()
				.stream()
				.filter(e -> e.openAt(now))
				.filter(e -> e.audience().contains(Event.Audience.STUDENTS) || e.audience().contains(Event.Audience.GRADUATES)
						|| e.audience().contains(Event.Audience.EVERYONE))
				.limit(3)
				.forEach(e -> buttons.add(new Button(e.title(language), "/event " + e.id())));
		}
		buttons.add(new Button(this.phrases.get(language, "nudges.stop.button"), "/graduate tips off"));
		return Response.of(language, new Reply(nudge.text(language, profile), buttons));
	}

}
