package org.talentbridge.bot.nudges.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import org.talentbridge.bot.conversation.Language;

/** Reads the nudge campaigns strictly: a broken file stops startup with the file and field named. */
final class NudgeFiles {

	static final Set<String> DEGREES = Set.of("bachelor", "master", "phd", "other");

	private static final Set<String> FIELDS = Set.of("id", "offset-days", "from", "conditions", "articles", "events", "text",
			"text-without-date");

	private NudgeFiles() {
	}

	static Nudge parse(String file, String yaml, Set<String> articleIds) {
		Object root;
		try {
			root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
		}
		catch (YAMLException ex) {
			throw problem(file, "is not valid YAML: " + ex.getMessage().lines().findFirst().orElse(""));
		}
		if (!(root instanceof Map<?, ?> map)) {
			throw problem(file, "must be a YAML mapping of fields");
		}
		for (Object key : map.keySet()) {
			if (!FIELDS.contains(String.valueOf(key))) {
				throw problem(file, "has an unknown field '" + key + "'");
			}
		}
		String id = String.valueOf(map.get("id"));
		if (!id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
			throw problem(file, "field 'id' must be lowercase letters, digits and hyphens");
		}
		if (!(map.get("offset-days") instanceof Integer offset) || Math.abs(offset) > 730) {
			throw problem(file, "field 'offset-days' must be a whole number of days between -730 and 730");
		}
		Map<?, ?> conditions = (map.get("conditions") instanceof Map<?, ?> c) ? c : Map.of();
		Set<String> countries = new LinkedHashSet<>();
		Object country = conditions.get("country");
		if (country != null && !"any".equals(String.valueOf(country))) {
			if (!Set.of("DK", "SE").contains(String.valueOf(country))) {
				throw problem(file, "field 'conditions.country' must be DK, SE or any");
			}
			countries.add(String.valueOf(country));
		}
		Boolean eu = null;
		Object euValue = conditions.get("eu");
		if (euValue instanceof Boolean b) {
			eu = b;
		}
		else if (euValue != null && !"any".equals(String.valueOf(euValue))) {
			throw problem(file, "field 'conditions.eu' must be true, false or any");
		}
		Set<String> degrees = new LinkedHashSet<>();
		Object degree = conditions.get("degree");
		if (degree instanceof Collection<?> list) {
			for (Object d : list) {
				if (!DEGREES.contains(String.valueOf(d))) {
					throw problem(file, "field 'conditions.degree' has '" + d + "'; use bachelor, master, phd, other or any");
				}
				degrees.add(String.valueOf(d));
			}
		}
		else if (degree != null && !"any".equals(String.valueOf(degree))) {
			throw problem(file, "field 'conditions.degree' must be a list or any");
		}
		List<String> articles = new ArrayList<>();
		if (map.get("articles") instanceof Collection<?> list) {
			for (Object a : list) {
				if (!articleIds.contains(String.valueOf(a))) {
					throw problem(file, "field 'articles' names '" + a + "', which is no article");
				}
				articles.add(String.valueOf(a));
			}
		}
		Map<Language, String> text = texts(file, map, "text");
		Nudge.From from = Nudge.From.GRADUATION;
		if (map.get("from") != null) {
			String value = String.valueOf(map.get("from"));
			from = java.util.Arrays.stream(Nudge.From.values())
				.filter(f -> f.value.equals(value))
				.findFirst()
				.orElseThrow(() -> problem(file, "field 'from' must be graduation or study-permit-expiry"));
		}
		Map<Language, String> withoutDate = Map.of();
		if (from == Nudge.From.STUDY_PERMIT_EXPIRY) {
			if (!countries.equals(Set.of("SE")) || !Boolean.FALSE.equals(eu)) {
				// Only non-EU graduates in Sweden are asked for the date.
				throw problem(file, "field 'from: study-permit-expiry' needs conditions country: SE and eu: false");
			}
			withoutDate = texts(file, map, "text-without-date");
		}
		else if (map.get("text-without-date") != null) {
			throw problem(file, "field 'text-without-date' is only for nudges from: study-permit-expiry");
		}
		return new Nudge(id, offset, countries, eu, degrees, text, articles, Boolean.TRUE.equals(map.get("events")), from,
				withoutDate);
	}

	private static Map<Language, String> texts(String file, Map<?, ?> map, String field) {
		Map<Language, String> text = new EnumMap<>(Language.class);
		if (!(map.get(field) instanceof Map<?, ?> texts)) {
			throw problem(file, "field '" + field + "' must have en, sv and da texts");
		}
		for (Language language : Language.values()) {
			Object value = texts.get(language.code());
			if (value == null || String.valueOf(value).isBlank()) {
				throw problem(file, "field '" + field + "' needs a " + language.code() + " text");
			}
			text.put(language, String.valueOf(value).strip());
		}
		return text;
	}

	private static IllegalStateException problem(String file, String what) {
		return new IllegalStateException("Nudge file nudges/" + file + " " + what);
	}

}
