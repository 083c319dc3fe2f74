package org.talentbridge.bot.events.internal;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.events.EventCatalog;

/** {@code GET /events/{id}.ics}: the calendar file, for channels that cannot attach it. */
@RestController
class EventCalendarController {

	private final EventCatalog catalog;

	private final CalendarFiles calendar;

	EventCalendarController(EventCatalog catalog, CalendarFiles calendar) {
		this.catalog = catalog;
		this.calendar = calendar;
	}

	@GetMapping("/events/{id}.ics")
	ResponseEntity<byte[]> ics(@PathVariable String id, @RequestParam(defaultValue = "en") String lang) {
		Language language = Language.fromCode(lang).orElse(Language.EN);
		return this.catalog.find(id)
			.map(event -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(CalendarFiles.MEDIA_TYPE + ";charset=UTF-8"))
				.header("Content-Disposition", "attachment; filename=\"" + event.id() + ".ics\"")
				.body(this.calendar.ics(event, language)))
			.orElse(ResponseEntity.notFound().build());
	}

}
