package org.talentbridge.bot.guide.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person's answers: where they live and work or study, their citizenship, who comes with them,
 * and a role the first message may tell (researcher, accompanying partner), which is never asked.
 * The steps' conditions name these fields and values.
 */
record Situation(String live, String work, String citizen, String family, String role) {

	static final String LIVE = "live";

	static final String WORK = "work";

	static final String CITIZEN = "citizen";

	static final String FAMILY = "family";

	static final String ROLE = "role";

	/** The asked fields, in the order asked, then the role; each with its values. */
	static final Map<String, List<String>> VALUES = values();

	private static Map<String, List<String>> values() {
		Map<String, List<String>> values = new LinkedHashMap<>();
		values.put(LIVE, List.of("DK", "SE", "undecided"));
		values.put(WORK, List.of("DK", "SE", "both", "study-DK", "study-SE", "looking"));
		values.put(CITIZEN, List.of("nordic", "eu", "other"));
		values.put(FAMILY, List.of("none", "partner", "children", "both"));
		values.put(ROLE, List.of("none", "researcher", "accompanying"));
		return java.util.Collections.unmodifiableMap(values);
	}

	Situation {
		check(LIVE, live);
		check(WORK, work);
		check(CITIZEN, citizen);
		check(FAMILY, family);
		check(ROLE, role);
	}

	private static void check(String field, String value) {
		if (!VALUES.get(field).contains(value)) {
			throw new IllegalArgumentException("No " + field + " '" + value + "'");
		}
	}

	/** The situation in answers kept by name; null when one of the asked fields is missing or unknown. */
	static @org.jspecify.annotations.Nullable Situation of(Map<String, String> answers) {
		try {
			return new Situation(answers.getOrDefault(LIVE, ""), answers.getOrDefault(WORK, ""),
					answers.getOrDefault(CITIZEN, ""), answers.getOrDefault(FAMILY, ""),
					answers.getOrDefault(ROLE, "none").isEmpty() ? "none" : answers.getOrDefault(ROLE, "none"));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	String get(String field) {
		return switch (field) {
			case LIVE -> this.live;
			case WORK -> this.work;
			case CITIZEN -> this.citizen;
			case FAMILY -> this.family;
			case ROLE -> this.role;
			default -> throw new IllegalArgumentException("No field " + field);
		};
	}

	Map<String, String> asMap() {
		Map<String, String> map = new LinkedHashMap<>();
		VALUES.keySet().forEach(field -> map.put(field, get(field)));
		return map;
	}

	/** Whether one of the alternatives holds entirely; no alternatives means always. */
	boolean matches(List<Map<String, Set<String>>> alternatives) {
		if (alternatives.isEmpty()) {
			return true;
		}
		return alternatives.stream()
			.anyMatch(condition -> condition.entrySet().stream().allMatch(e -> e.getValue().contains(get(e.getKey()))));
	}

	/** A short key for counting people alike: "SE|DK|eu|none|none". */
	String key() {
		return String.join("|", this.live, this.work, this.citizen, this.family, this.role);
	}

}
