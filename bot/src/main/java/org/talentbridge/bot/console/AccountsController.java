package org.talentbridge.bot.console;

import org.talentbridge.bot.console.internal.StaffAccounts;

import java.security.Principal;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins manage staff accounts; nobody can delete their own. */
@Controller
class AccountsController {

	private final StaffAccounts accounts;

	AccountsController(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/console/accounts")
	String list(Model model) {
		model.addAttribute("section", "accounts");
		model.addAttribute("accounts", this.accounts.all());
		return "console/accounts";
	}

	@PostMapping("/console/accounts")
	String create(@RequestParam String username, @RequestParam String password,
			@RequestParam(defaultValue = "staff") String role, RedirectAttributes redirect) {
		try {
			this.accounts.create(username.strip().toLowerCase(Locale.ROOT), password,
					"admin".equals(role) ? StaffAccounts.Role.ADMIN : StaffAccounts.Role.STAFF);
			redirect.addFlashAttribute("notice", "Account " + username + " created.");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/console/accounts";
	}

	@PostMapping("/console/accounts/{username}/delete")
	String delete(@PathVariable String username, Principal me, RedirectAttributes redirect) {
		if (username.equals(me.getName())) {
			redirect.addFlashAttribute("error", "You cannot delete your own account.");
		}
		else {
			this.accounts.delete(username);
			redirect.addFlashAttribute("notice", "Account " + username + " deleted.");
		}
		return "redirect:/console/accounts";
	}

}
