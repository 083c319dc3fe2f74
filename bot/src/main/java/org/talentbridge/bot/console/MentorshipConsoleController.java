package org.talentbridge.bot.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Mentor–mentee matches waiting for approval. */
@Controller
class MentorshipConsoleController {

	@GetMapping("/console/mentorship")
	String matches(Model model) {
		model.addAttribute("section", "mentorship");
		return "console/mentorship";
	}

}
