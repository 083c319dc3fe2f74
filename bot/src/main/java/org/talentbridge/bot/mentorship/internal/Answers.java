package org.talentbridge.bot.mentorship.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.talentbridge.bot.mentorship.MentorProfile;
import org.talentbridge.bot.mentorship.Sector;
import org.talentbridge.bot.mentorship.Side;

/**
 * Reads one answer of the registration form: the value as kept in the draft, or why it cannot be
 * used (a phrase key and its argument). Free text has a length limit per field and must not contain
 * a slash-command; fixed choices are read in English, Swedish and Danish.
 */
final class Answers {

	/** The longest answer per free-text field, in characters. */
	static final Map<String, Integer> MAX = Map.of("name", 100, "field", 100, "expertise", 300, "goals", 500,
			"city", 60, "contact", 200);

	/** Kept in a draft for "no contact details". */
	static final String NONE = "-";

	private static final Set<String> SKIP = Set.of("-", "skip", "no", "none", "hoppa över", "hoppa", "nej", "inga",
			"ingen", "spring over", "spring", "ingen tak", "nej tak", "nej tack");

	private static final Map<String, String> LANGUAGE_WORDS = Map.ofEntries(Map.entry("en", "en"),
			Map.entry("eng", "en"), Map.entry("english", "en"), Map.entry("engelska", "en"), Map.entry("engelsk", "en"),
			Map.entry("sv", "sv"), Map.entry("swedish", "sv"), Map.entry("svenska", "sv"), Map.entry("svensk", "sv"),
			Map.entry("da", "da"), Map.entry("danish", "da"), Map.entry("danska", "da"), Map.entry("dansk", "da"),
			Map.entry("other", "other"), Map.entry("annat", "other"), Map.entry("andet", "other"),
			Map.entry("german", "other"), Map.entry("tyska", "other"), Map.entry("tysk", "other"),
			Map.entry("french", "other"), Map.entry("franska", "other"), Map.entry("fransk", "other"),
			Map.entry("spanish", "other"), Map.entry("spanska", "other"), Map.entry("spansk", "other"),
			Map.entry("arabic", "other"), Map.entry("arabiska", "other"), Map.entry("arabisk", "other"),
			Map.entry("chinese", "other"), Map.entry("kinesiska", "other"), Map.entry("kinesisk", "other"),
			Map.entry("hindi", "other"), Map.entry("polish", "other"), Map.entry("polska", "other"),
			Map.entry("polsk", "other"), Map.entry("norwegian", "other"), Map.entry("norska", "other"),
			Map.entry("norsk", "other"), Map.entry("finnish", "other"), Map.entry("finska", "other"),
			Map.entry("finsk", "other"));

	private static final Set<String> ALL = Set.of("all", "alla", "alle");

	private Answers() {
	}

	/**
	 * @param value the answer as kept, when usable
	 * @param errorKey the phrase saying what is wrong, when not
	 * @param errorArgument its {0}
	 */
	record Answer(@Nullable String value, @Nullable String errorKey, Object errorArgument) {

		static Answer ok(String value) {
			return new Answer(value, null, "");
		}

		static Answer error(String key, Object argument) {
			return new Answer(null, key, argument);
		}

		boolean valid() {
			return this.value != null;
		}

	}

	static Answer read(String field, String raw) {
		String text = raw.strip().replaceAll("\\s+", " ");
		if (text.isEmpty()) {
			return Answer.error("mentorship.invalid.empty", "");
		}
		return switch (field) {
			case "sector" -> Sector.parse(text).map(s -> Answer.ok(s.code()))
				.orElse(Answer.error("mentorship.invalid.sector", text));
			case "side" -> Side.parse(text).map(s -> Answer.ok(s.name()))
				.orElse(Answer.error("mentorship.invalid.side", text));
			case "languages" -> languages(text);
			case "capacity" -> capacity(text);
			case "contact" -> SKIP.contains(text.toLowerCase(Locale.ROOT)) ? Answer.ok(NONE) : freeText(field, raw);
			default -> freeText(field, raw);
		};
	}

	private static Answer freeText(String field, String raw) {
		// Line breaks are kept in goals; elsewhere one line.
		String text = "goals".equals(field) ? raw.strip() : raw.strip().replaceAll("\\s+", " ");
		int max = MAX.getOrDefault(field, 100);
		if (text.codePointCount(0, text.length()) > max) {
			return Answer.error("mentorship.invalid.too-long", max);
		}
		if (text.startsWith("/") || text.codePoints().noneMatch(Character::isLetterOrDigit)) {
			return Answer.error("mentorship.invalid.empty", "");
		}
		if (("name".equals(field) || "city".equals(field))
				&& (text.codePoints().noneMatch(Character::isLetter) || text.contains("/"))) {
			return Answer.error("mentorship.invalid." + field, max);
		}
		return Answer.ok(text);
	}

	private static Answer languages(String text) {
		Set<String> found = new LinkedHashSet<>();
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
			if (ALL.contains(word)) {
				found.addAll(List.of("en", "sv", "da"));
			}
			String code = LANGUAGE_WORDS.get(word);
			if (code != null) {
				found.add(code);
			}
		}
		if (!(found.contains("en") || found.contains("sv") || found.contains("da"))) {
			return Answer.error("mentorship.invalid.languages", text);
		}
		return Answer.ok(String.join(",", MentorshipTexts.LANGUAGE_ORDER.stream().filter(found::contains).toList()));
	}

	private static Answer capacity(String text) {
		String digits = text.replaceAll("[^0-9]", "");
		if (digits.isEmpty() || digits.length() > 2) {
			return Answer.error("mentorship.invalid.capacity", MentorProfile.MAX_CAPACITY);
		}
		int n = Integer.parseInt(digits);
		return (n >= 1 && n <= MentorProfile.MAX_CAPACITY) ? Answer.ok(Integer.toString(n))
				: Answer.error("mentorship.invalid.capacity", MentorProfile.MAX_CAPACITY);
	}

}
