package org.talentbridge.bot.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.talentbridge.bot.conversation.DeepLinks;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.events.AttendeeCsv;
import org.talentbridge.bot.events.Event;
import org.talentbridge.bot.events.EventCatalog;
import org.talentbridge.bot.events.EventDraft;
import org.talentbridge.bot.events.EventManagement;
import org.talentbridge.bot.events.Signups;

/** Events for staff: list, create, edit, cancel; attendees and waitlist; check-in at the door; CSV; poster. */
@Controller
class EventsConsoleController {

	private final EventCatalog catalog;

	private final EventManagement management;

	private final Signups signups;

	private final DeepLinks links;

	private final ConsoleTime time;

	EventsConsoleController(EventCatalog catalog, EventManagement management, Signups signups, DeepLinks links,
			ConsoleTime time) {
		this.catalog = catalog;
		this.management = management;
		this.signups = signups;
		this.links = links;
		this.time = time;
	}

	private Event find(String id) {
		return this.catalog.find(id).orElseThrow(() -> new NoSuchElementException(id));
	}

	@GetMapping("/console/events")
	String list(Model model) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Event e : this.catalog.all()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", e.id());
			row.put("title", e.title(Language.EN));
			row.put("start", this.time.start(e));
			row.put("city", e.city());
			row.put("capacity", e.capacity());
			row.put("confirmed", this.signups.attendees(e.id()).size());
			row.put("waiting", this.signups.waitlist(e.id()).size());
			row.put("status", e.status().name().toLowerCase(Locale.ROOT));
			rows.add(row);
		}
		model.addAttribute("section", "events");
		model.addAttribute("events", rows);
		return "console/events";
	}

	@GetMapping("/console/events/new")
	String create(Model model) {
		model.addAttribute("section", "events");
		model.addAttribute("form", EventForm.empty());
		model.addAttribute("creating", true);
		return "console/event-form";
	}

	@GetMapping("/console/events/{id}/edit")
	String edit(@PathVariable String id, Model model) {
		model.addAttribute("section", "events");
		model.addAttribute("form", EventForm.of(find(id)));
		model.addAttribute("creating", false);
		return "console/event-form";
	}

	@PostMapping("/console/events")
	String save(EventForm form, @RequestParam(defaultValue = "false") boolean creating, Model model,
			RedirectAttributes redirect) {
		try {
			if (creating) {
				// Staff do not invent ids: the English title makes one, unique among the events.
				String title = (form.titleEn != null) ? form.titleEn : "";
				form.id = EventIds.unique(title, id -> this.catalog.find(id).isPresent());
			}
			EventDraft draft = form.draft();
			Event event = draft.toEvent();
			if (creating) {
				event = createWithFreeId(event, form);
			}
			else {
				Event before = find(event.id());
				this.management.change(event.withStatus(before.status()));
			}
			redirect.addFlashAttribute("notice", creating ? "Event created." : "Event saved.");
			return "redirect:/console/events/" + event.id();
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("section", "events");
			model.addAttribute("form", form);
			model.addAttribute("creating", creating);
			model.addAttribute("error", ex.getMessage());
			return "console/event-form";
		}
	}

	/** Another staff member may take the same id a moment earlier; then the next number is taken. */
	private Event createWithFreeId(Event event, EventForm form) {
		for (int attempt = 0;; attempt++) {
			try {
				return this.management.create(event);
			}
			catch (IllegalArgumentException ex) {
				if (attempt >= 5 || this.catalog.find(event.id()).isEmpty()) {
					throw ex;
				}
				form.id = EventIds.unique(form.titleEn, id -> this.catalog.find(id).isPresent());
				event = form.draft().toEvent();
			}
		}
	}

	@GetMapping("/console/events/{id}")
	String show(@PathVariable String id, Model model) {
		Event event = find(id);
		model.addAttribute("section", "events");
		model.addAttribute("event", event);
		model.addAttribute("eventTitle", event.title(Language.EN));
		model.addAttribute("attendees", this.signups.attendees(id));
		model.addAttribute("waitlist", this.signups.waitlist(id));
		model.addAttribute("toTell", this.signups.attendees(id).size() + this.signups.waitlist(id).size());
		return "console/event";
	}

	@PostMapping("/console/events/{id}/cancel")
	String cancel(@PathVariable String id, @RequestParam(defaultValue = "false") boolean confirmed,
			RedirectAttributes redirect) {
		find(id);
		if (!confirmed) {
			// Cancelling tells everyone signed up at once and cannot be undone: never on one click.
			redirect.addFlashAttribute("error", "Tick the box to confirm that the event is cancelled and everyone is told.");
			return "redirect:/console/events/" + id;
		}
		int told = this.management.cancel(id).size();
		redirect.addFlashAttribute("notice", "Event cancelled; " + told + " people were told.");
		return "redirect:/console/events/" + id;
	}

	@GetMapping("/console/events/{id}/checkin")
	String checkIn(@PathVariable String id, Model model) {
		Event event = find(id);
		model.addAttribute("section", "events");
		model.addAttribute("event", event);
		model.addAttribute("eventTitle", event.title(Language.EN));
		model.addAttribute("attendees", this.signups.attendees(id));
		return "console/checkin";
	}

	@PostMapping("/console/events/{id}/checkin")
	String checkInPerson(@PathVariable String id, @RequestParam String userId, RedirectAttributes redirect) {
		find(id);
		this.signups.checkIn(id, userId)
			.ifPresentOrElse(a -> redirect.addFlashAttribute("notice", a.name() + " checked in."),
					() -> redirect.addFlashAttribute("error", "That person has no seat at this event."));
		return "redirect:/console/events/" + id + "/checkin";
	}

	@GetMapping(path = "/console/events/{id}/attendees.csv", produces = "text/csv")
	ResponseEntity<String> csv(@PathVariable String id) {
		find(id);
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"" + id + "-attendees.csv\"")
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.body(AttendeeCsv.of(this.signups.attendees(id), this.signups.waitlist(id), this.time.zone()));
	}

	/** A printable poster: the event and a QR code of the Telegram link that opens it in the bot. */
	@GetMapping("/console/events/{id}/poster")
	String poster(@PathVariable String id, Model model) {
		Event event = find(id);
		String payload = "event_" + id;
		String link = this.links.telegram(payload).orElse(null);
		model.addAttribute("section", "events");
		model.addAttribute("event", event);
		model.addAttribute("titles", List.of(event.title(Language.EN), event.title(Language.SV), event.title(Language.DA)));
		model.addAttribute("link", link);
		model.addAttribute("command", "/start " + payload);
		model.addAttribute("qr", (link != null) ? QrCodes.svg(link) : null);
		return "console/poster";
	}

}
