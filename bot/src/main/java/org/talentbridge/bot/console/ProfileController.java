package org.talentbridge.bot.console;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.talentbridge.bot.console.internal.StaffAccounts;

/** Each staff member chooses the name their answers are signed with; the login name stays private. */
@Controller
class ProfileController {

	private final StaffAccounts accounts;

	ProfileController(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/console/profile")
	String profile(Principal me, Model model) {
		model.addAttribute("section", "profile");
		model.addAttribute("displayName", this.accounts.displayName(me.getName()).orElse(""));
		return "console/profile";
	}

	@PostMapping("/console/profile")
	String save(@RequestParam(defaultValue = "") String displayName, Principal me, RedirectAttributes redirect) {
		try {
			this.accounts.setDisplayName(me.getName(), displayName);
			redirect.addFlashAttribute("notice", this.accounts.displayName(me.getName())
				.map(name -> "Your answers are now signed \u201c" + name + "\u201d.")
				.orElse("Your answers are now signed by the Talent Bridge team."));
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/console/profile";
	}

}
