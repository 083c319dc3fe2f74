package org.talentbridge.bot.staff;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.talentbridge.bot.events.AttendeeCsv;
import org.talentbridge.bot.events.Event;
import org.talentbridge.bot.events.EventCatalog;
import org.talentbridge.bot.events.EventDraft;
import org.talentbridge.bot.events.EventManagement;
import org.talentbridge.bot.events.Signups;

/** Events for staff: list, create, change, cancel; attendees, waitlist, CSV export and check-in. */
@RestController
@RequestMapping(path = "/api/staff/events", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Events")
class StaffEventsController {

	private final EventCatalog catalog;

	private final EventManagement management;

	private final Signups signups;

	/** The programme's local time, as in the console: a spreadsheet shows what staff see there. */
	private final java.time.ZoneId zone;

	StaffEventsController(EventCatalog catalog, EventManagement management, Signups signups,
			@org.springframework.beans.factory.annotation.Value("${bot.console.zone:Europe/Copenhagen}") java.time.ZoneId zone) {
		this.catalog = catalog;
		this.management = management;
		this.signups = signups;
		this.zone = zone;
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
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"" + id + "-attendees.csv\"")
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.body(AttendeeCsv.of(this.signups.attendees(id), this.signups.waitlist(id), this.zone));
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

	private static Event toEvent(@Nullable EventJson body, @Nullable String pathId) {
		if (body == null) {
			throw new BadRequest("Send the event as JSON.");
		}
		if (body.id() != null && pathId != null && !body.id().equals(pathId)) {
			throw new BadRequest("The id in the body differs from the one in the path.");
		}
		try {
			return new EventDraft((pathId != null) ? pathId : body.id(), body.title(), body.description(), body.start(),
					body.end(), body.zone(), body.venue(), body.city(), body.country(), body.capacity(),
					body.signupDeadline(), body.audience(), body.sectors(), body.status())
				.toEvent();
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequest(ex.getMessage());
		}
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
