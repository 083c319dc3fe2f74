package org.talentbridge.bot.console;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.talentbridge.bot.announcements.Announcement;
import org.talentbridge.bot.announcements.Announcements;
import org.talentbridge.bot.announcements.Segment;
import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.events.Event;
import org.talentbridge.bot.events.EventCatalog;

/** Compose per language, choose a segment with the live number of recipients, preview, send or schedule, watch progress. */
@Controller
class AnnouncementsConsoleController {

	/** More recipients than this (or a post for everyone) and sending asks for a confirmation first. */
	static final int CONFIRM_ABOVE = 10;

	private final Announcements announcements;

	private final EventCatalog events;

	private final ConsoleTime time;

	AnnouncementsConsoleController(Announcements announcements, EventCatalog events, ConsoleTime time) {
		this.announcements = announcements;
		this.events = events;
		this.time = time;
	}

	/** An event to pick as the segment: its id, and its title and start to recognise it by. */
	record EventChoice(String id, String label) {
	}

	private List<EventChoice> eventChoices() {
		return this.events.all()
			.stream()
			.filter(e -> e.status() == Event.Status.OPEN)
			.sorted(java.util.Comparator.comparing(Event::start).reversed())
			.map(e -> new EventChoice(e.id(), e.title(Language.EN) + " – " + this.time.start(e)))
			.toList();
	}

	@GetMapping("/console/announcements")
	String list(Model model) {
		model.addAttribute("section", "announcements");
		List<Announcement> history = this.announcements.all();
		model.addAttribute("history", history);
		// Who each went to, in words: an event by its title and start, not its id.
		Map<String, String> segments = new java.util.HashMap<>();
		history.forEach(a -> segments.put(a.id(), describe(a.segment())));
		model.addAttribute("segments", segments);
		model.addAttribute("postChannels", postChoices(this.announcements.postChannels()));
		model.addAttribute("eventChoices", eventChoices());
		return "console/announcements";
	}

	/**
	 * A configured announcements channel as a choice in the form. Discord's is ticked to begin with:
	 * its anti-spam blocks direct messages to many people at once.
	 */
	record PostChoice(String value, String label, boolean ticked) {
	}

	static List<PostChoice> postChoices(Map<Channel, String> configured) {
		return configured.entrySet()
			.stream()
			.map(e -> new PostChoice(e.getKey().prefix(),
					(e.getKey() == Channel.DISCORD ? "Discord" : e.getKey() == Channel.TELEGRAM ? "Telegram" : "Web") + " "
							+ e.getValue(),
					e.getKey() == Channel.DISCORD))
			.toList();
	}

	@GetMapping("/console/announcements/recipients")
	@ResponseBody
	Map<String, Object> recipients(@RequestParam(defaultValue = "everyone") String kind,
			@RequestParam(required = false) @Nullable String value, @RequestParam(required = false) @Nullable String event,
			@RequestParam(required = false) @Nullable List<String> channels,
			@RequestParam(required = false) @Nullable List<String> post) {
		try {
			Segment segment = segment(kind, valueFor(kind, value, event), channels, post);
			return Map.of("recipients", this.announcements.recipients(segment), "posts", segment.posts().size());
		}
		catch (IllegalArgumentException ex) {
			return Map.of("recipients", 0, "posts", 0);
		}
	}

	/** An event is picked from the list; the other segments take the value typed. */
	static @Nullable String valueFor(String kind, @Nullable String value, @Nullable String event) {
		return "event".equalsIgnoreCase(kind) ? event : value;
	}

	/** The segment with the posts ticked; they count only for everyone, in the channels chosen. */
	static Segment segment(String kind, @Nullable String value, @Nullable List<String> channels,
			@Nullable List<String> post) {
		Segment segment = segment(kind, value, channels);
		if (segment.kind() != Segment.Kind.EVERYONE || post == null) {
			return segment;
		}
		Set<Channel> posts = new LinkedHashSet<>();
		for (String p : post) {
			Channel channel = Channel.valueOf(p.toUpperCase(Locale.ROOT));
			if (segment.channels().isEmpty() || segment.channels().contains(channel)) {
				posts.add(channel);
			}
		}
		return segment.withPosts(posts);
	}

	static Segment segment(String kind, @Nullable String value, @Nullable List<String> channels) {
		Set<Channel> chosen = new LinkedHashSet<>();
		for (String c : (channels != null) ? channels : List.<String>of()) {
			chosen.add(Channel.valueOf(c.toUpperCase(Locale.ROOT)));
		}
		Segment.Kind k = Segment.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
		String v = (value == null || value.isBlank()) ? null : value.strip();
		if (k == Segment.Kind.COUNTRY && v != null) {
			v = v.toUpperCase(Locale.ROOT);
		}
		return new Segment(k, (k == Segment.Kind.EVERYONE || k == Segment.Kind.STUDENTS || k == Segment.Kind.GRADUATES) ? null : v,
				chosen);
	}

	@PostMapping("/console/announcements")
	String draft(@RequestParam(defaultValue = "") String textEn, @RequestParam(defaultValue = "") String textSv,
			@RequestParam(defaultValue = "") String textDa, @RequestParam(defaultValue = "everyone") String kind,
			@RequestParam(required = false) @Nullable String value, @RequestParam(required = false) @Nullable String event,
			@RequestParam(required = false) @Nullable List<String> channels,
			@RequestParam(required = false) @Nullable List<String> post, RedirectAttributes redirect) {
		Map<Language, String> text = new EnumMap<>(Language.class);
		if (!textEn.isBlank()) {
			text.put(Language.EN, textEn.strip());
		}
		if (!textSv.isBlank()) {
			text.put(Language.SV, textSv.strip());
		}
		if (!textDa.isBlank()) {
			text.put(Language.DA, textDa.strip());
		}
		try {
			Announcement draft = this.announcements.draft(text, segment(kind, valueFor(kind, value, event), channels, post));
			return "redirect:/console/announcements/" + draft.id();
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:/console/announcements";
		}
	}

	@GetMapping("/console/announcements/{id}")
	String show(@PathVariable String id, Model model) {
		Announcement a = this.announcements.find(id).orElseThrow(() -> new NoSuchElementException(id));
		model.addAttribute("section", "announcements");
		model.addAttribute("a", a);
		model.addAttribute("preview", Map.of("English", a.text().get(Language.EN), "Swedish",
				a.text().getOrDefault(Language.SV, a.text().get(Language.EN)), "Danish",
				a.text().getOrDefault(Language.DA, a.text().get(Language.EN))));
		int recipients = this.announcements.recipients(a.segment());
		model.addAttribute("segment", describe(a.segment()));
		model.addAttribute("recipientsNow", recipients);
		model.addAttribute("confirm", needsConfirmation(a, recipients));
		model.addAttribute("zoneLabel", this.time.zoneLabel());
		model.addAttribute("sendAt", (a.sendAt() != null) ? this.time.dateTimeZoned(a.sendAt()) : null);
		Map<Channel, String> configured = this.announcements.postChannels();
		model.addAttribute("posts", postChoices(configured).stream()
			.filter(c -> a.segment().posts().contains(Channel.valueOf(c.value().toUpperCase(Locale.ROOT))))
			.map(PostChoice::label)
			.toList());
		return "console/announcement";
	}

	@PostMapping("/console/announcements/{id}/send")
	String send(@PathVariable String id, @RequestParam(required = false) @Nullable String at,
			@RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
		try {
			Announcement draft = this.announcements.find(id).orElseThrow(() -> new NoSuchElementException(id));
			if (!confirmed && needsConfirmation(draft, this.announcements.recipients(draft.segment()))) {
				redirect.addFlashAttribute("error", "Tick the box to confirm who gets it, then send.");
				return "redirect:/console/announcements/" + id;
			}
			java.time.Instant when = (at == null || at.isBlank()) ? null
					: LocalDateTime.parse(at).atZone(this.time.zone()).toInstant();
			Announcement a = this.announcements.send(id, when);
			redirect.addFlashAttribute("notice", (a.status() == Announcement.Status.SCHEDULED && when != null)
					? "Scheduled for " + this.time.dateTimeZoned(when) + "." : "Sending.");
		}
		catch (DateTimeParseException ex) {
			redirect.addFlashAttribute("error", "The time must look like 2027-01-10T10:00.");
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("error", "This announcement has already been sent or scheduled.");
		}
		return "redirect:/console/announcements/" + id;
	}

	/** The segment as staff chose it: an event by its title and start, not its id. */
	private String describe(Segment segment) {
		String kind = segment.kind().name().toLowerCase(Locale.ROOT);
		if (segment.kind() == Segment.Kind.EVENT && segment.value() != null) {
			return this.events.find(segment.value())
				.map(e -> "signed up for " + e.title(Language.EN) + " (" + this.time.start(e) + ")")
				.orElse("signed up for the event " + segment.value());
		}
		return (segment.value() != null) ? kind + ": " + segment.value() : kind;
	}

	static boolean needsConfirmation(Announcement a, int recipients) {
		return recipients > CONFIRM_ABOVE || !a.segment().posts().isEmpty();
	}

	@GetMapping("/console/announcements/{id}/progress")
	@ResponseBody
	Map<String, Object> progress(@PathVariable String id) {
		Announcement a = this.announcements.find(id).orElseThrow(() -> new NoSuchElementException(id));
		int done = a.finished();
		int percent = (a.total() == 0) ? (a.status() == Announcement.Status.DONE ? 100 : 0) : (int) (100L * done / a.total());
		return Map.of("status", a.status().name().toLowerCase(Locale.ROOT), "sent", a.sent(), "failed", a.failed(),
				"blocked", a.blocked(), "unknown", a.unknown(), "retrying", a.retrying(), "pending", a.pending(), "total",
				a.total(), "percent", percent);
	}

}
