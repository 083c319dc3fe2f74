package org.talentbridge.bot.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.talentbridge.bot.mentorship.Match;
import org.talentbridge.bot.mentorship.MenteeProfile;
import org.talentbridge.bot.mentorship.MentorProfile;
import org.talentbridge.bot.mentorship.Mentorship;

/** Mentor–mentee matches waiting for approval: approve or reject; approved ones ask both sides. */
@Controller
class MentorshipConsoleController {

	private final Mentorship mentorship;

	MentorshipConsoleController(Mentorship mentorship) {
		this.mentorship = mentorship;
	}

	@GetMapping("/console/mentorship")
	String matches(Model model) {
		model.addAttribute("section", "mentorship");
		model.addAttribute("proposed", rows(Match.Status.PROPOSED));
		model.addAttribute("approved", rows(Match.Status.APPROVED));
		model.addAttribute("introduced", rows(Match.Status.INTRODUCED));
		return "console/mentorship";
	}

	private List<Row> rows(Match.Status status) {
		List<Row> rows = new ArrayList<>();
		for (Match match : this.mentorship.matches(status)) {
			MenteeProfile mentee = this.mentorship.mentee(match.menteeId()).orElse(null);
			MentorProfile mentor = this.mentorship.mentor(match.mentorId()).orElse(null);
			rows.add(new Row(match,
					(mentee != null) ? mentee.name() + " (" + mentee.sector().name().toLowerCase(Locale.ROOT) + ", "
							+ mentee.field() + ", " + mentee.city() + ", " + String.join("/", mentee.languages()) + ")" : "?",
					(mentor != null) ? mentor.name() + " (" + mentor.sector().name().toLowerCase(Locale.ROOT) + ", "
							+ mentor.expertise() + ", " + mentor.city() + ", " + String.join("/", mentor.languages()) + ")" : "?"));
		}
		return rows;
	}

	@PostMapping("/console/mentorship/{id}/approve")
	String approve(@PathVariable String id, RedirectAttributes redirect) {
		Mentorship.Outcome outcome = this.mentorship.approve(id);
		redirect.addFlashAttribute(outcome == Mentorship.Outcome.APPROVED ? "notice" : "error", switch (outcome) {
			case APPROVED -> "Approved; both sides are asked.";
			case MENTOR_FULL -> "The mentor has no free place.";
			case NO_SUCH_MATCH -> "There is no such match.";
			default -> "This match is not waiting for approval any more.";
		});
		return "redirect:/console/mentorship";
	}

	@PostMapping("/console/mentorship/{id}/reject")
	String reject(@PathVariable String id, RedirectAttributes redirect) {
		Mentorship.Outcome outcome = this.mentorship.reject(id);
		redirect.addFlashAttribute(outcome == Mentorship.Outcome.REJECTED ? "notice" : "error",
				outcome == Mentorship.Outcome.REJECTED ? "Rejected; the mentee gets another proposal if one fits."
						: "This match is not waiting for approval any more.");
		return "redirect:/console/mentorship";
	}

	record Row(Match match, String mentee, String mentor) {
	}

}
