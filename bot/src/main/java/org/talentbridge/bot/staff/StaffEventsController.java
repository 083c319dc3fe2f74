package org.talentbridge.bot.staff;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.events.Attendee;
import org.talentbridge.bot.events.Event;
import org.talentbridge.bot.events.Event.Audience;
import org.talentbridge.bot.events.EventCatalog;
import org.talentbridge.bot.events.EventManagement;
import org.talentbridge.bot.events.Signups;

/** Events for staff: list, create, change, cancel; attendees, waitlist, CSV export and check-in. */
@RestController
@RequestMapping(path = "/api/staff/events", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Events")
class StaffEventsController {

	static final Set<String> ZONES = Set.of("Europe/Copenhagen", "Europe/Stockholm");

	private final EventCatalog catalog;

	private final EventManagement management;

	private final Signups signups;

	StaffEventsController(EventCatalog catalog, EventManagement management, Signups signups) {
		this.catalog = catalog;
		this.management = management;
		this.signups = signups;
	}

	@GetMapping
	@Operation(summary = "All events, soonest first, with seats taken and people waiting")
	List<EventSummary> list() {
		return this.catalog.all()
			.stream()
			.map(e -> EventSummary.of(e, this.signups.attendees(e.id()).size(), this.signups.waitlist(e.id()).size()))
			.toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One event")
	EventJson get(@PathVariable String id) {
		return EventJson.of(find(id));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create an event")
	ResponseEntity<EventJson> create(@RequestBody(required = false) @Nullable EventJson body) {
		Event event = toEvent(body, null);
		try {
			this.management.create(event);
		}
		catch (IllegalArgumentException ex) {
			throw new Conflict("An event with the id " + event.id() + " exists.");
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(EventJson.of(event));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change an event; a larger capacity moves people up from the waitlist")
	EventJson change(@PathVariable String id, @RequestBody(required = false) @Nullable EventJson body) {
		Event before = find(id);
		Event event = toEvent(body, id);
		return EventJson.of(this.management.change(event.withStatus(
				(body != null && body.status() != null) ? event.status() : before.status())));
	}

	@PostMapping("/{id}/cancel")
	@Operation(summary = "Cancel an event and tell everyone signed up or waiting")
	Map<String, Object> cancel(@PathVariable String id) {
		find(id);
		List<String> told = this.management.cancel(id);
		return Map.of("id", id, "status", "cancelled", "peopleTold", told.size());
	}

	@GetMapping("/{id}/attendees")
	@Operation(summary = "Confirmed attendees in signup order, and the waitlist in queue order")
	Map<String, Object> attendees(@PathVariable String id) {
		find(id);
		return Map.of("attendees", this.signups.attendees(id).stream().map(AttendeeJson::of).toList(), "waitlist",
				this.signups.waitlist(id).stream().map(AttendeeJson::of).toList());
	}

	@GetMapping(path = "/{id}/attendees.csv", produces = "text/csv")
	@Operation(summary = "Attendees and waitlist as CSV, for spreadsheets")
	ResponseEntity<String> csv(@PathVariable String id) {
		find(id);
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
			.setHeader("status", "position", "name", "email", "signed_up_at", "checked_in_at", "user_id")
			.get())) {
			int position = 0;
			for (Attendee a : this.signups.attendees(id)) {
				row(csv, "confirmed", ++position, a);
			}
			position = 0;
			for (Attendee a : this.signups.waitlist(id)) {
				row(csv, "waitlist", ++position, a);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"" + id + "-attendees.csv\"")
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.body(out.toString());
	}

	private static void row(CSVPrinter csv, String status, int position, Attendee a) throws IOException {
		// A leading = + - @ would run as a formula in a spreadsheet.
		csv.printRecord(status, position, safe(a.name()), safe(a.email()), a.signedUpAt(),
				(a.checkedInAt() != null) ? a.checkedInAt() : "", a.userId());
	}

	static String safe(@Nullable String value) {
		if (value == null) {
			return "";
		}
		return (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
	}

	@PostMapping(path = "/{id}/checkin", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Check a confirmed attendee in at the door")
	AttendeeJson checkIn(@PathVariable String id, @RequestBody(required = false) @Nullable CheckIn body) {
		find(id);
		if (body == null || body.userId() == null || body.userId().isBlank()) {
			throw new BadRequest("Send {\"userId\": \"...\"} of a confirmed attendee.");
		}
		return this.signups.checkIn(id, body.userId())
			.map(AttendeeJson::of)
			.orElseThrow(() -> new NotFound("That person has no seat at this event."));
	}

	private Event find(String id) {
		return this.catalog.find(id).orElseThrow(() -> new NotFound("There is no event " + id + "."));
	}

	/** Checks every field and names the first that is wrong. */
	private static Event toEvent(@Nullable EventJson body, @Nullable String pathId) {
		if (body == null) {
			throw new BadRequest("Send the event as JSON.");
		}
		String id = (pathId != null) ? pathId : body.id();
		if (id == null || !id.matches(Event.ID_PATTERN)) {
			throw new BadRequest("id must be lowercase letters, digits and hyphens (at most 48).");
		}
		if (body.id() != null && pathId != null && !body.id().equals(pathId)) {
			throw new BadRequest("The id in the body differs from the one in the path.");
		}
		Map<Language, String> title = texts("title", body.title(), true, 200);
		Map<Language, String> description = texts("description", body.description(), false, 4000);
		String zone = required("zone", body.zone(), 40);
		if (!ZONES.contains(zone)) {
			throw new BadRequest("zone must be Europe/Copenhagen or Europe/Stockholm.");
		}
		LocalDateTime start = time("start", body.start());
		LocalDateTime end = time("end", body.end());
		if (!end.isAfter(start)) {
			throw new BadRequest("end must be after start.");
		}
		LocalDateTime deadline = (body.signupDeadline() != null) ? time("signupDeadline", body.signupDeadline()) : start;
		if (deadline.isAfter(start)) {
			throw new BadRequest("signupDeadline must not be after start.");
		}
		if (body.capacity() == null || body.capacity() < 1 || body.capacity() > 100_000) {
			throw new BadRequest("capacity must be a number from 1 to 100000.");
		}
		String country = required("country", body.country(), 2);
		if (!country.equals("DK") && !country.equals("SE")) {
			throw new BadRequest("country must be DK or SE.");
		}
		Set<Audience> audience = new LinkedHashSet<>();
		for (String value : (body.audience() != null) ? body.audience() : List.<String>of()) {
			try {
				audience.add(Audience.valueOf(value.toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw new BadRequest("audience must be students, graduates, partners or everyone.");
			}
		}
		if (audience.isEmpty()) {
			audience.add(Audience.EVERYONE);
		}
		Event.Status status = Event.Status.OPEN;
		if (body.status() != null) {
			try {
				status = Event.Status.valueOf(body.status().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new BadRequest("status must be open or cancelled.");
			}
		}
		Set<String> sectors = new LinkedHashSet<>();
		for (String sector : (body.sectors() != null) ? body.sectors() : List.<String>of()) {
			if (sector.isBlank() || sector.length() > 40) {
				throw new BadRequest("sectors must be short tags such as medtech.");
			}
			sectors.add(sector.strip().toLowerCase(Locale.ROOT));
		}
		ZoneId zoneId = ZoneId.of(zone);
		return new Event(id, title, description, start, end, zoneId, required("venue", body.venue(), 300),
				required("city", body.city(), 100), country, body.capacity(), deadline.atZone(zoneId).toInstant(),
				audience, sectors, status);
	}

	private static String required(String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			throw new BadRequest(field + " is required.");
		}
		if (value.length() > max) {
			throw new BadRequest(field + " is longer than " + max + " characters.");
		}
		return value.strip();
	}

	private static LocalDateTime time(String field, @Nullable String value) {
		try {
			return LocalDateTime.parse(required(field, value, 40));
		}
		catch (DateTimeParseException ex) {
			throw new BadRequest(field + " must be a local date and time like 2027-02-06T12:00.");
		}
	}

	private static Map<Language, String> texts(String field, @Nullable Map<String, String> values, boolean required,
			int max) {
		Map<Language, String> texts = new EnumMap<>(Language.class);
		if (values != null) {
			for (Map.Entry<String, String> entry : values.entrySet()) {
				Language language = Language.fromCode(entry.getKey())
					.filter(l -> l.code().equals(entry.getKey()))
					.orElseThrow(() -> new BadRequest(field + " has texts for en, sv and da only."));
				if (entry.getValue() != null && !entry.getValue().isBlank()) {
					if (entry.getValue().length() > max) {
						throw new BadRequest(field + "." + entry.getKey() + " is longer than " + max + " characters.");
					}
					texts.put(language, entry.getValue().strip());
				}
			}
		}
		if (required && !texts.containsKey(Language.EN)) {
			throw new BadRequest(field + " needs an English text (en).");
		}
		return texts;
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> badRequest(BadRequest ex) {
		return ResponseEntity.badRequest().body(Map.of("error", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> notFound(NotFound ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> conflict(Conflict ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> vanished(NoSuchElementException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "There is no such event."));
	}

	/**
	 * An event as staff send and receive it. Times are local to the venue ("2027-02-06T12:00").
	 */
	record EventJson(@Nullable String id, @Nullable Map<String, String> title, @Nullable Map<String, String> description,
			@Nullable String start, @Nullable String end, @Nullable String zone, @Nullable String venue,
			@Nullable String city, @Nullable String country, @Nullable Integer capacity, @Nullable String signupDeadline,
			@Nullable List<String> audience, @Nullable List<String> sectors, @Nullable String status) {

		static EventJson of(Event e) {
			Map<String, String> title = new java.util.LinkedHashMap<>();
			e.title().forEach((l, t) -> title.put(l.code(), t));
			Map<String, String> description = new java.util.LinkedHashMap<>();
			e.description().forEach((l, t) -> description.put(l.code(), t));
			return new EventJson(e.id(), title, description, e.start().toString(), e.end().toString(), e.zone().getId(),
					e.venue(), e.city(), e.country(), e.capacity(),
					e.signupDeadline().atZone(e.zone()).toLocalDateTime().toString(),
					e.audience().stream().map(a -> a.name().toLowerCase(Locale.ROOT)).sorted().toList(),
					e.sectors().stream().sorted().toList(), e.status().name().toLowerCase(Locale.ROOT));
		}

	}

	record EventSummary(String id, String title, String start, String zone, String city, int capacity, int confirmed,
			int waiting, String status) {

		static EventSummary of(Event e, int confirmed, int waiting) {
			return new EventSummary(e.id(), e.title(Language.EN), e.start().toString(), e.zone().getId(), e.city(),
					e.capacity(), confirmed, waiting, e.status().name().toLowerCase(Locale.ROOT));
		}

	}

	record AttendeeJson(String userId, String name, @Nullable String email, Instant signedUpAt,
			@Nullable Instant checkedInAt) {

		static AttendeeJson of(Attendee a) {
			return new AttendeeJson(a.userId(), a.name(), a.email(), a.signedUpAt(), a.checkedInAt());
		}

	}

	record CheckIn(@Nullable String userId) {
	}

	static class BadRequest extends RuntimeException {

		BadRequest(String message) {
			super(message, null, false, false);
		}

	}

	static class NotFound extends RuntimeException {

		NotFound(String message) {
			super(message, null, false, false);
		}

	}

	static class Conflict extends RuntimeException {

		Conflict(String message) {
			super(message, null, false, false);
		}

	}

}
