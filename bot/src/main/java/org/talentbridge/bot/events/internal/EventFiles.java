package org.talentbridge.bot.events.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.events.Event;
import org.talentbridge.bot.events.Event.Audience;
import org.talentbridge.bot.events.Event.Status;

/**
 * Reads {@code knowledge-base/events/*.yml}. Strict: an unknown field, a missing title or an
 * impossible date stops startup with the file and field named, as broken articles do.
 */
final class EventFiles {

	static final Set<String> ZONES = Set.of("Europe/Copenhagen", "Europe/Stockholm");

	private static final Set<String> FIELDS = Set.of("id", "title", "description", "start", "end", "zone", "venue",
			"city", "country", "capacity", "signup-deadline", "audience", "sectors", "status");

	private EventFiles() {
	}

	static Event parse(String file, String yaml) {
		Object root;
		try {
			// Dates stay strings: SnakeYAML would otherwise turn them into java.util.Date in UTC.
			root = new Yaml(new SafeConstructor(new LoaderOptions()) {
				{
					this.yamlConstructors.put(org.yaml.snakeyaml.nodes.Tag.TIMESTAMP,
							this.yamlConstructors.get(org.yaml.snakeyaml.nodes.Tag.STR));
				}
			}).load(yaml);
		}
		catch (YAMLException ex) {
			throw new EventFormatException(file, "is not valid YAML: " + ex.getMessage().lines().findFirst().orElse(""));
		}
		if (!(root instanceof Map<?, ?> map)) {
			throw new EventFormatException(file, "must be a YAML mapping of fields");
		}
		for (Object key : map.keySet()) {
			if (!FIELDS.contains(String.valueOf(key))) {
				throw new EventFormatException(file, "has an unknown field '" + key + "'");
			}
		}
		Fields fields = new Fields(file, map);
		String id = fields.text("id");
		if (!id.matches(Event.ID_PATTERN)) {
			throw new EventFormatException(file, "field 'id' must be lowercase letters, digits and hyphens");
		}
		String zone = fields.text("zone");
		if (!ZONES.contains(zone)) {
			throw new EventFormatException(file, "field 'zone' must be Europe/Copenhagen or Europe/Stockholm");
		}
		LocalDateTime start = fields.time("start");
		LocalDateTime end = fields.time("end");
		if (!end.isAfter(start)) {
			throw new EventFormatException(file, "field 'end' must be after 'start'");
		}
		LocalDateTime deadline = fields.time("signup-deadline");
		if (deadline.isAfter(start)) {
			throw new EventFormatException(file, "field 'signup-deadline' must not be after 'start'");
		}
		int capacity = fields.number("capacity");
		if (capacity < 1 || capacity > 100_000) {
			throw new EventFormatException(file, "field 'capacity' must be between 1 and 100000");
		}
		String country = fields.text("country");
		if (!country.equals("DK") && !country.equals("SE")) {
			throw new EventFormatException(file, "field 'country' must be DK or SE");
		}
		Map<Language, String> title = fields.languages("title", true);
		Map<Language, String> description = fields.languages("description", false);
		Set<Audience> audience = new LinkedHashSet<>();
		for (String value : fields.list("audience")) {
			try {
				audience.add(Audience.valueOf(value.toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw new EventFormatException(file, "field 'audience' has '" + value
						+ "'; use students, graduates, researchers, partners or everyone");
			}
		}
		if (audience.isEmpty()) {
			audience.add(Audience.EVERYONE);
		}
		Status status;
		try {
			status = Status.valueOf(fields.text("status").toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new EventFormatException(file, "field 'status' must be open or cancelled");
		}
		ZoneId zoneId = ZoneId.of(zone);
		return new Event(id, title, description, start, end, zoneId, fields.text("venue"), fields.text("city"), country,
				capacity, deadline.atZone(zoneId).toInstant(), audience,
				Set.copyOf(fields.list("sectors").stream().map(s -> s.toLowerCase(Locale.ROOT)).toList()), status);
	}

	private record Fields(String file, Map<?, ?> map) {

		String text(String name) {
			Object value = this.map.get(name);
			if (value == null || String.valueOf(value).isBlank()) {
				throw new EventFormatException(this.file, "field '" + name + "' is missing");
			}
			return String.valueOf(value).strip();
		}

		int number(String name) {
			Object value = this.map.get(name);
			if (!(value instanceof Integer number)) {
				throw new EventFormatException(this.file, "field '" + name + "' must be a whole number");
			}
			return number;
		}

		LocalDateTime time(String name) {
			String value = text(name);
			try {
				return LocalDateTime.parse(value);
			}
			catch (DateTimeParseException ex) {
				throw new EventFormatException(this.file,
						"field '" + name + "' must be a local date and time like 2027-02-06T12:00, not '" + value + "'");
			}
		}

		List<String> list(String name) {
			Object value = this.map.get(name);
			if (value == null) {
				return List.of();
			}
			if (!(value instanceof Collection<?> items)) {
				throw new EventFormatException(this.file, "field '" + name + "' must be a list like [a, b]");
			}
			List<String> result = new ArrayList<>();
			items.forEach(item -> result.add(String.valueOf(item).strip()));
			return result;
		}

		Map<Language, String> languages(String name, boolean required) {
			Object value = this.map.get(name);
			if (value == null && !required) {
				return Map.of();
			}
			if (!(value instanceof Map<?, ?> texts)) {
				throw new EventFormatException(this.file, "field '" + name + "' must have en, sv and da texts");
			}
			Map<Language, String> result = new EnumMap<>(Language.class);
			for (Map.Entry<?, ?> entry : texts.entrySet()) {
				Language language = Language.fromCode(String.valueOf(entry.getKey()))
					.orElseThrow(() -> new EventFormatException(this.file,
							"field '" + name + "' has unknown language '" + entry.getKey() + "'"));
				result.put(language, String.valueOf(entry.getValue()).strip());
			}
			if (!result.containsKey(Language.EN)) {
				throw new EventFormatException(this.file, "field '" + name + "' needs an English (en) text");
			}
			return result;
		}

	}

}
