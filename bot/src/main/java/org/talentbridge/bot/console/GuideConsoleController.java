package org.talentbridge.bot.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.talentbridge.bot.guide.GuideUsage;

/** How many people use the moving guide, in which situations, and which steps they leave open most. */
@Controller
class GuideConsoleController {

	private final GuideUsage usage;

	GuideConsoleController(GuideUsage usage) {
		this.usage = usage;
	}

	@GetMapping("/console/guide")
	String overview(Model model) {
		model.addAttribute("section", "guide");
		model.addAttribute("figures", this.usage.figures());
		return "console/guide";
	}

}
