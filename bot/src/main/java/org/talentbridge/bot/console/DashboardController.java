package org.talentbridge.bot.console;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.talentbridge.bot.announcements.Announcement;
import org.talentbridge.bot.announcements.Announcements;
import org.talentbridge.bot.conversation.ConversationStats;
import org.talentbridge.bot.events.Event;
import org.talentbridge.bot.events.EventCatalog;
import org.talentbridge.bot.events.Signups;
import org.talentbridge.bot.handoff.Handoffs;
import org.talentbridge.bot.knowledge.UnansweredQuestions;

/** The first page: how the bot is doing today and what needs attention. */
@Controller
class DashboardController {

	/** The zone the day counters are kept in, whatever zone the console shows times in. */
	static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

	private final ConversationStats stats;

	private final UnansweredQuestions questions;

	private final EventCatalog events;

	private final Signups signups;

	private final Announcements announcements;

	private final Handoffs handoffs;

	private final Clock clock;

	DashboardController(ConversationStats stats, UnansweredQuestions questions, EventCatalog events, Signups signups,
			Announcements announcements, Handoffs handoffs, Clock clock) {
		this.stats = stats;
		this.questions = questions;
		this.events = events;
		this.signups = signups;
		this.announcements = announcements;
		this.handoffs = handoffs;
		this.clock = clock;
	}

	@GetMapping("/console")
	String dashboard(Model model) {
		LocalDate today = LocalDate.now(this.clock.withZone(ZONE));
		UnansweredQuestions.Day day = this.questions.day(today);
		List<DayShare> week = new ArrayList<>();
		for (int back = 6; back >= 0; back--) {
			week.add(DayShare.of(this.questions.day(today.minusDays(back))));
		}
		List<EventFill> fills = this.events.upcoming()
			.stream()
			.filter(e -> e.status() == Event.Status.OPEN)
			.limit(8)
			.map(e -> new EventFill(e, this.signups.attendees(e.id()).size(), this.signups.waitlist(e.id()).size()))
			.toList();
		model.addAttribute("section", "dashboard");
		model.addAttribute("reached", this.stats.peopleReached());
		model.addAttribute("messagesToday", this.stats.messagesOn(today));
		model.addAttribute("today", day);
		model.addAttribute("answeredShare", (day.total() == 0) ? "–" : Math.round(100.0 * day.answered() / day.total()) + "%");
		model.addAttribute("week", week);
		model.addAttribute("events", fills);
		model.addAttribute("sending", this.announcements.all()
			.stream()
			.filter(a -> a.status() == Announcement.Status.SENDING || a.status() == Announcement.Status.SCHEDULED)
			.toList());
		model.addAttribute("waiting", this.handoffs.inbox().size());
		return "console/dashboard";
	}

	/** A day's questions and the share of them left unanswered, which the trend bar shows. */
	record DayShare(LocalDate date, long answered, long unanswered, long total, int percent) {

		static DayShare of(UnansweredQuestions.Day day) {
			long total = day.total();
			return new DayShare(day.date(), day.answered(), day.unanswered(), total,
					(total == 0) ? 0 : (int) Math.round(100.0 * day.unanswered() / total));
		}

	}

	record EventFill(Event event, int confirmed, int waiting) {

		public String title() {
			return this.event.title(org.talentbridge.bot.conversation.Language.EN);
		}

		public int percent() {
			return (int) Math.min(100, Math.round(100.0 * this.confirmed / this.event.capacity()));
		}

	}

}
