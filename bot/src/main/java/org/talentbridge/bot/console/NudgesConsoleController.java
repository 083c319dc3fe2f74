package org.talentbridge.bot.console;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.talentbridge.bot.nudges.GraduateProfile;
import org.talentbridge.bot.nudges.Graduates;

/** How many graduates are at each stage, and what goes out in the next days. */
@Controller
class NudgesConsoleController {

	private final Graduates graduates;

	private final Clock clock;

	NudgesConsoleController(Graduates graduates, Clock clock) {
		this.graduates = graduates;
		this.clock = clock;
	}

	@GetMapping("/console/nudges")
	String overview(Model model) {
		LocalDate today = LocalDate.now(this.clock.withZone(DashboardController.ZONE));
		Map<String, Long> stages = new LinkedHashMap<>();
		for (String stage : List.of("More than 4 months before graduation", "In the last 4 months before graduation",
				"Graduated, still looking", "Found a job", "No tips (not opted in or stopped)")) {
			stages.put(stage, 0L);
		}
		for (GraduateProfile g : this.graduates.all()) {
			String stage;
			if (g.foundJobAt() != null) {
				stage = "Found a job";
			}
			else if (!g.wantsNudges()) {
				stage = "No tips (not opted in or stopped)";
			}
			else if (g.graduation().isAfter(today.plusDays(120))) {
				stage = "More than 4 months before graduation";
			}
			else if (!g.graduation().isBefore(today)) {
				stage = "In the last 4 months before graduation";
			}
			else {
				stage = "Graduated, still looking";
			}
			stages.merge(stage, 1L, Long::sum);
		}
		model.addAttribute("section", "nudges");
		model.addAttribute("stages", stages);
		model.addAttribute("planned", this.graduates.planned(this.clock.instant().plus(Duration.ofDays(7))));
		return "console/nudges";
	}

}
