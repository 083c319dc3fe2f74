package org.talentbridge.bot.console;

import java.security.Principal;
import java.util.NoSuchElementException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.talentbridge.bot.console.internal.StaffAccounts;
import org.talentbridge.bot.handoff.Handoffs;
import org.talentbridge.bot.handoff.InboxThread;

/** The human inbox: threads waiting longest first; answer one and it reaches the talent's channel. */
@Controller
class InboxController {

	static final int MAX_ANSWER = 3000;

	private final Handoffs handoffs;

	private final StaffAccounts accounts;

	private final ThreadNames names;

	InboxController(Handoffs handoffs, StaffAccounts accounts, ThreadNames names) {
		this.handoffs = handoffs;
		this.accounts = accounts;
		this.names = names;
	}

	@GetMapping("/console/inbox")
	String inbox(Model model) {
		model.addAttribute("section", "inbox");
		java.util.List<InboxThread> threads = this.handoffs.inbox();
		java.util.Map<String, String> names = new java.util.HashMap<>();
		threads.forEach(t -> names.put(t.id(), this.names.name(t)));
		model.addAttribute("threads", threads);
		model.addAttribute("names", names);
		return "console/inbox";
	}

	@GetMapping("/console/inbox/{id}")
	String thread(@PathVariable String id, Principal staff, Model model) {
		InboxThread thread = this.handoffs.find(id).orElseThrow(() -> new NoSuchElementException(id));
		model.addAttribute("name", this.names.name(thread));
		model.addAttribute("signature", this.accounts.displayName(staff.getName()).orElse(null));
		model.addAttribute("section", "inbox");
		model.addAttribute("thread", thread);
		return "console/thread";
	}

	@PostMapping("/console/inbox/{id}/answer")
	String answer(@PathVariable String id, @RequestParam(defaultValue = "") String text, Principal staff,
			RedirectAttributes redirect) {
		String answer = text.strip();
		if (answer.isEmpty() || answer.length() > MAX_ANSWER) {
			redirect.addFlashAttribute("error", "Write an answer of at most " + MAX_ANSWER + " characters.");
		}
		else {
			try {
				// Signed with the name they chose, never the login name.
				String signature = this.accounts.displayName(staff.getName()).orElse("");
				boolean reached = this.handoffs.answer(id, signature, answer);
				redirect.addFlashAttribute(reached ? "notice" : "error",
						reached ? "Sent to the talent." : "Saved, but the talent's channel could not be reached now.");
			}
			catch (IllegalStateException ex) {
				redirect.addFlashAttribute("error", "This thread is closed.");
			}
		}
		return "redirect:/console/inbox/" + id;
	}

	@PostMapping("/console/inbox/{id}/close")
	String close(@PathVariable String id, RedirectAttributes redirect) {
		this.handoffs.close(id);
		redirect.addFlashAttribute("notice", "Thread " + id + " closed.");
		return "redirect:/console/inbox";
	}

}
