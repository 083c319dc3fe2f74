package org.talentbridge.bot.events;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.events.Event.Audience;

/**
 * An event as staff enter it, every field as text (from the staff API's JSON or the console's
 * form), checked field by field. Times are local to the venue ("2027-02-06T12:00").
 */
public record EventDraft(@Nullable String id, @Nullable Map<String, String> title,
		@Nullable Map<String, String> description, @Nullable String start, @Nullable String end, @Nullable String zone,
		@Nullable String venue, @Nullable String city, @Nullable String country, @Nullable Integer capacity,
		@Nullable String signupDeadline, @Nullable List<String> audience, @Nullable List<String> sectors,
		@Nullable String status) {

	public static final Set<String> ZONES = Set.of("Europe/Copenhagen", "Europe/Stockholm");

	/** The event, or an IllegalArgumentException naming the first field that is wrong. */
	public Event toEvent() {
		EventDraft body = this;
		String id = this.id;
		if (id == null || !id.matches(Event.ID_PATTERN)) {
			throw new IllegalArgumentException("id must be lowercase letters, digits and hyphens (at most 48).");
		}
		Map<Language, String> title = texts("title", body.title(), true, 200);
		Map<Language, String> description = texts("description", body.description(), false, 4000);
		String zone = required("zone", body.zone(), 40);
		if (!ZONES.contains(zone)) {
			throw new IllegalArgumentException("zone must be Europe/Copenhagen or Europe/Stockholm.");
		}
		LocalDateTime start = time("start", body.start());
		LocalDateTime end = time("end", body.end());
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("end must be after start.");
		}
		LocalDateTime deadline = (body.signupDeadline() != null) ? time("signupDeadline", body.signupDeadline()) : start;
		if (deadline.isAfter(start)) {
			throw new IllegalArgumentException("signupDeadline must not be after start.");
		}
		if (body.capacity() == null || body.capacity() < 1 || body.capacity() > 100_000) {
			throw new IllegalArgumentException("capacity must be a number from 1 to 100000.");
		}
		String country = required("country", body.country(), 2);
		if (!country.equals("DK") && !country.equals("SE")) {
			throw new IllegalArgumentException("country must be DK or SE.");
		}
		Set<Audience> audience = new LinkedHashSet<>();
		for (String value : (body.audience() != null) ? body.audience() : List.<String>of()) {
			try {
				audience.add(Audience.valueOf(value.toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("audience must be students, graduates, researchers, partners or everyone.");
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
				throw new IllegalArgumentException("status must be open or cancelled.");
			}
		}
		Set<String> sectors = new LinkedHashSet<>();
		for (String sector : (body.sectors() != null) ? body.sectors() : List.<String>of()) {
			if (sector.isBlank() || sector.length() > 40) {
				throw new IllegalArgumentException("sectors must be short tags such as medtech.");
			}
			sectors.add(sector.strip().toLowerCase(Locale.ROOT));
		}
		ZoneId zoneId = ZoneId.of(zone);
		return new Event(id, title, description, start, end, zoneId, required("venue", body.venue(), 300),
				required("city", body.city(), 100), country, body.capacity(), deadline.atZone(zoneId).toInstant(),
				audience, sectors, status);
	}

	static String required(String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " is required.");
		}
		if (value.length() > max) {
			throw new IllegalArgumentException(field + " is longer than " + max + " characters.");
		}
		return value.strip();
	}

	static LocalDateTime time(String field, @Nullable String value) {
		try {
			return LocalDateTime.parse(required(field, value, 40));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(field + " must be a local date and time like 2027-02-06T12:00.");
		}
	}

	static Map<Language, String> texts(String field, @Nullable Map<String, String> values, boolean required,
			int max) {
		Map<Language, String> texts = new EnumMap<>(Language.class);
		if (values != null) {
			for (Map.Entry<String, String> entry : values.entrySet()) {
				Language language = Language.fromCode(entry.getKey())
					.filter(l -> l.code().equals(entry.getKey()))
					.orElseThrow(() -> new IllegalArgumentException(field + " has texts for en, sv and da only."));
				if (entry.getValue() != null && !entry.getValue().isBlank()) {
					if (entry.getValue().length() > max) {
						throw new IllegalArgumentException(field + "." + entry.getKey() + " is longer than " + max + " characters.");
					}
					texts.put(language, entry.getValue().strip());
				}
			}
		}
		if (required && !texts.containsKey(Language.EN)) {
			throw new IllegalArgumentException(field + " needs an English text (en).");
		}
		return texts;
	}

}
