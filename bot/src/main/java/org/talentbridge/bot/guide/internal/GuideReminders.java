package org.talentbridge.bot.guide.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
import org.talentbridge.bot.guide.internal.RedisGuides.Guide;

/**
 * The one reminder a person may ask for: a week after they made their checklist, the steps of
 * their first weeks still open, within the proactive rules (quiet hours, the gap between two such
 * messages). Marked sent before it goes out and checked, so it goes out once with any number of
 * instances; nothing is sent when nothing of the first weeks is left.
 */
@Component
class GuideReminders {

	private static final Logger log = LoggerFactory.getLogger(GuideReminders.class);

	/** Attempts at a reminder that certainly failed, before it is given up, as for nudges. */
	static final int ATTEMPTS = 5;

	private final RedisGuides guides;

	private final Checklists checklists;

	private final Notifier notifier;

	private final ProactivePolicy policy;

	private final UserProfiles profiles;

	private final Phrases phrases;

	private final Clock clock;

	GuideReminders(RedisGuides guides, Checklists checklists, Notifier notifier, ProactivePolicy policy,
			UserProfiles profiles, Phrases phrases, Clock clock) {
		this.guides = guides;
		this.checklists = checklists;
		this.notifier = notifier;
		this.policy = policy;
		this.profiles = profiles;
		this.phrases = phrases;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${bot.guide.check:PT5M}", initialDelayString = "PT30S")
	void run() {
		try {
			sendDue();
		}
		catch (RuntimeException ex) {
			log.warn("Guide reminders not sent this round: {}", ex.getClass().getSimpleName());
		}
	}

	/** @return how many reminders went out */
	int sendDue() {
		Instant now = this.clock.instant();
		int sent = 0;
		for (String userId : this.guides.claimDue(now, 500, now.plus(Duration.ofMinutes(10)))) {
			Guide guide = this.guides.find(userId).orElse(null);
			List<GuideStep> open = (guide != null) ? openFirstWeeks(guide) : List.of();
			if (guide == null || !guide.remind() || guide.reminded() != null || open.isEmpty()) {
				this.guides.finished(userId);
				continue;
			}
			Instant allowed = this.policy.nextAllowed(userId, now);
			if (allowed.isAfter(now)) {
				this.guides.later(userId, allowed);
				continue;
			}
			if (!this.guides.markReminded(userId, now)) {
				this.guides.finished(userId);
				continue;
			}
			Delivery delivery = this.notifier.send(userId, render(guide, open, this.profiles.languageOf(userId)));
			switch (delivery) {
				case SENT -> {
					this.policy.sent(userId, now);
					this.guides.finished(userId);
					sent++;
				}
				// It may have arrived: not sent again, and counted against the person's quiet time.
				case UNKNOWN -> {
					this.policy.sent(userId, now);
					this.guides.finished(userId);
				}
				case BLOCKED, REFUSED -> this.guides.finished(userId);
				// Certainly not delivered: tried again after 1, 2, 4 and 8 hours, then given up.
				case FAILED, THROTTLED -> {
					this.guides.unmarkReminded(userId);
					long failures = this.guides.failedAttempt(userId);
					if (failures >= ATTEMPTS) {
						log.warn("Guide reminder given up after {} failed attempts", failures);
						this.guides.finished(userId);
					}
					else {
						this.guides.later(userId, now.plus(Duration.ofHours(1L << (failures - 1))));
					}
				}
			}
		}
		return sent;
	}

	private List<GuideStep> openFirstWeeks(Guide guide) {
		return this.checklists.tickable(guide.situation())
			.stream()
			.filter(s -> s.phase() == GuideStep.Phase.FIRST_WEEKS && !guide.isDone(s.id()))
			.toList();
	}

	Response render(Guide guide, List<GuideStep> open, Language language) {
		List<GuideStep> tickable = this.checklists.tickable(guide.situation());
		StringBuilder text = new StringBuilder(this.phrases.count(language, "guide.reminder.text", open.size()));
		List<Button> buttons = new ArrayList<>();
		Set<String> linked = new LinkedHashSet<>();
		for (GuideStep step : open) {
			int number = tickable.indexOf(step) + 1;
			text.append("\n").append(number).append(". ").append(step.text(language));
			if (linked.add(step.article()) && buttons.size() < Checklists.MAX_BUTTONS - 2) {
				buttons.add(new Button(number + ". " + this.checklists.title(step.article(), language), "/article " + step.article()));
			}
		}
		text.append("\n\n").append(this.phrases.get(language, "guide.reminder.end"));
		buttons.add(new Button(this.phrases.get(language, "guide.show.button"), Checklists.COMMAND));
		return Response.of(language, new Reply(text.toString(), buttons));
	}

}
