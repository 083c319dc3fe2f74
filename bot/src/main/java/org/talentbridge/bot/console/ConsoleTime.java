package org.talentbridge.bot.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.talentbridge.bot.events.Event;

/**
 * Dates and times as staff read them ("Thu 3 Dec 2026, 17:30"), in the programme's local time;
 * templates call it as {@code @consoleTime}. The zone is named ("CET", "CEST") where a time stands
 * alone; a column says it once in its heading instead.
 */
@Component
public class ConsoleTime {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

	static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

	private final ZoneId zone;

	ConsoleTime(ConsoleProperties properties) {
		this.zone = properties.zone();
	}

	public ZoneId zone() {
		return this.zone;
	}

	/** For column headings: "Copenhagen time". */
	public String zoneLabel() {
		String id = this.zone.getId();
		return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ') + " time";
	}

	/** "Thu 3 Dec 2026, 17:30", in the programme's zone. */
	public String dateTime(@Nullable Instant at) {
		return (at != null) ? DATE_TIME.format(at.atZone(this.zone)) : "";
	}

	/** "Thu 3 Dec 2026, 17:30 CET". */
	public String dateTimeZoned(@Nullable Instant at) {
		return (at != null) ? zoned(at.atZone(this.zone)) : "";
	}

	/** "Thu 3 Dec 2026". */
	public String date(@Nullable LocalDate day) {
		return (day != null) ? DATE.format(day) : "";
	}

	/** "Thu 3 Dec 2026, 17:30": a local time already in the programme's zone, such as an event's start. */
	public String local(@Nullable LocalDateTime at) {
		return (at != null) ? DATE_TIME.format(at) : "";
	}

	/** An event's start, in its own zone with the zone named: "Tue 15 Dec 2026, 17:00 CET". */
	public String start(Event event) {
		return zoned(event.start().atZone(event.zone()));
	}

	/** "Tue 15 Dec 2026, 17:00–19:00 CET", or both dates when it ends on another day. */
	public String span(Event event) {
		ZonedDateTime start = event.start().atZone(event.zone());
		ZonedDateTime end = event.end().atZone(event.zone());
		if (start.toLocalDate().equals(end.toLocalDate())) {
			return DATE_TIME.format(start) + "\u2013" + TIME.format(end) + " " + ZONE_NAME.format(end);
		}
		return DATE_TIME.format(start) + " \u2013 " + zoned(end);
	}

	private static String zoned(ZonedDateTime at) {
		return DATE_TIME.format(at) + " " + ZONE_NAME.format(at);
	}

}
