package org.talentbridge.bot.guide.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import org.talentbridge.bot.conversation.Language;

/**
 * Reads the guide's steps strictly, like the articles: a broken file stops startup with the file,
 * the step and the field named. A file is a YAML list of steps, in the order they are done.
 */
final class GuideFiles {

	static final int MAX_TEXT = 300;

	private static final Set<String> FIELDS = Set.of("id", "phase", "kind", "when", "article", "text");

	private GuideFiles() {
	}

	static List<GuideStep> parse(String file, String yaml, Set<String> articleIds) {
		Object root;
		try {
			root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
		}
		catch (YAMLException ex) {
			throw problem(file, null, "is not valid YAML: " + ex.getMessage().lines().findFirst().orElse(""));
		}
		if (!(root instanceof List<?> list)) {
			throw problem(file, null, "must be a YAML list of steps");
		}
		List<GuideStep> steps = new ArrayList<>();
		int index = 0;
		for (Object item : list) {
			index++;
			if (!(item instanceof Map<?, ?> map)) {
				throw problem(file, "#" + index, "must be a mapping of fields");
			}
			steps.add(step(file, index, map, articleIds));
		}
		return steps;
	}

	private static GuideStep step(String file, int index, Map<?, ?> map, Set<String> articleIds) {
		Object rawId = map.get("id");
		String id = (rawId != null) ? String.valueOf(rawId) : "";
		if (!id.matches("[a-z0-9][a-z0-9-]{0,31}")) {
			throw problem(file, "#" + index, "field 'id' must be 1 to 32 lowercase letters, digits and hyphens");
		}
		for (Object key : map.keySet()) {
			if (!FIELDS.contains(String.valueOf(key))) {
				throw problem(file, id, "has an unknown field '" + key + "'");
			}
		}
		GuideStep.Phase phase = GuideStep.Phase.of(String.valueOf(map.get("phase")))
			.orElseThrow(() -> problem(file, id, "field 'phase' must be before-arrival, first-weeks or first-months"));
		Object kind = map.get("kind");
		if (kind != null && !Set.of("step", "warning").contains(String.valueOf(kind))) {
			throw problem(file, id, "field 'kind' must be step or warning");
		}
		String article = String.valueOf(map.get("article"));
		if (map.get("article") == null || !articleIds.contains(article)) {
			throw problem(file, id, "field 'article' names '" + map.get("article") + "', which is no article");
		}
		return new GuideStep(id, phase, "warning".equals(String.valueOf(kind)), when(file, id, map.get("when")), article,
				text(file, id, map.get("text")), file);
	}

	/** A mapping of conditions, or a list of such mappings of which any may hold. */
	private static List<Map<String, Set<String>>> when(String file, String id, Object value) {
		if (value == null) {
			return List.of();
		}
		List<?> alternatives = (value instanceof List<?> list) ? list : List.of(value);
		if (alternatives.isEmpty()) {
			throw problem(file, id, "field 'when' is an empty list; leave it out for a step that always applies");
		}
		List<Map<String, Set<String>>> when = new ArrayList<>();
		for (Object alternative : alternatives) {
			if (!(alternative instanceof Map<?, ?> conditions) || conditions.isEmpty()) {
				throw problem(file, id, "field 'when' must be a mapping such as {live: [SE], work: [DK]}, or a list of them");
			}
			Map<String, Set<String>> condition = new LinkedHashMap<>();
			for (Map.Entry<?, ?> entry : conditions.entrySet()) {
				String field = String.valueOf(entry.getKey());
				List<String> allowed = Situation.VALUES.get(field);
				if (allowed == null) {
					throw problem(file, id, "field 'when' asks about '" + field + "'; use " + String.join(", ", Situation.VALUES.keySet()));
				}
				Collection<?> values = (entry.getValue() instanceof Collection<?> c) ? c : List.of(String.valueOf(entry.getValue()));
				if (values.isEmpty()) {
					throw problem(file, id, "field 'when." + field + "' has no values");
				}
				Set<String> set = new LinkedHashSet<>();
				for (Object v : values) {
					if (!allowed.contains(String.valueOf(v))) {
						throw problem(file, id, "field 'when." + field + "' has '" + v + "'; use " + String.join(", ", allowed));
					}
					set.add(String.valueOf(v));
				}
				condition.put(field, Set.copyOf(set));
			}
			when.add(Map.copyOf(condition));
		}
		return List.copyOf(when);
	}

	private static Map<Language, String> text(String file, String id, Object value) {
		if (!(value instanceof Map<?, ?> texts)) {
			throw problem(file, id, "field 'text' must have en, sv and da texts");
		}
		for (Object key : texts.keySet()) {
			if (Language.fromCode(String.valueOf(key)).filter(l -> l.code().equals(String.valueOf(key))).isEmpty()) {
				throw problem(file, id, "field 'text' has the language '" + key + "'; use en, sv and da");
			}
		}
		Map<Language, String> text = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			Object line = texts.get(language.code());
			if (line == null || String.valueOf(line).isBlank()) {
				throw problem(file, id, "field 'text' needs a " + language.code() + " text");
			}
			String stripped = String.valueOf(line).strip().replaceAll("\\s+", " ");
			if (stripped.length() > MAX_TEXT) {
				throw problem(file, id, "field 'text." + language.code() + "' is longer than " + MAX_TEXT + " characters");
			}
			text.put(language, stripped);
		}
		return Map.copyOf(text);
	}

	private static IllegalStateException problem(String file, @org.jspecify.annotations.Nullable String step, String what) {
		return new IllegalStateException(
				"Guide file guide/" + file + ((step != null) ? ", step '" + step + "'," : "") + " " + what);
	}

}
