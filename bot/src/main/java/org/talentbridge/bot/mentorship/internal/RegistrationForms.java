package org.talentbridge.bot.mentorship.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.talentbridge.bot.conversation.Form;
import org.talentbridge.bot.conversation.FormField;
import org.talentbridge.bot.conversation.FormText;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.TypedAnswers;
import org.talentbridge.bot.mentorship.MentorProfile;
import org.talentbridge.bot.mentorship.Sector;
import org.talentbridge.bot.mentorship.Side;

/**
 * The registration's questions as form fields: free text with a length limit per field, fixed
 * choices read in English, Swedish and Danish, the side of the Öresund taken from a known city.
 * The values kept are those of the profiles: sector codes, "DK" or "SE", "en,sv" for languages.
 */
final class RegistrationForms {

	/** The longest answer per free-text field, in characters. */
	static final Map<String, Integer> MAX = Map.of("name", 100, "field", 100, "expertise", 300, "goals", 500,
			"city", 60, "contact", 200);

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

	/** The language buttons offered; anything else can be written. */
	private static final List<String> LANGUAGE_CHOICES = List.of("en", "sv", "da", "en,sv", "en,da", "en,sv,da");

	private final MentorshipTexts texts;

	RegistrationForms(MentorshipTexts texts) {
		this.texts = texts;
	}

	/** Registering: every question, then the profile shown and an explicit yes. */
	Form register(Role role, FormText summary, Form.Completion done) {
		return Form.builder(role.command(), phrase("mentorship.form." + role.command()))
			.fields(fields(role))
			.consent((language, answers) -> summary.in(language, answers) + "\n\n"
					+ this.texts.get(language, "mentorship.consent." + role.command()))
			.accept("yes", phrase("mentorship.consent.yes"))
			.decline(phrase("mentorship.consent.no"), phrase("mentorship.cancelled"))
			.restartWith("/" + role.command() + " start")
			.onComplete(done);
	}

	/**
	 * Changing a stored profile: started with the stored answers but the one to change, and
	 * applied at once (the person agreed to the profile being kept).
	 */
	Form change(Role role, Form.Completion done) {
		return Form.builder(role.command() + "-change", phrase("mentorship.form.change")).fields(fields(role)).onComplete(done);
	}

	private List<FormField> fields(Role role) {
		List<FormField> fields = new ArrayList<>();
		for (String name : role.fields()) {
			fields.add(field(name));
		}
		return fields;
	}

	private FormField field(String name) {
		FormText question = (language, answers) -> this.texts.get(language, "mentorship.ask." + name, MAX.getOrDefault(name, 0));
		return switch (name) {
			case "name" -> FormField.text(name, question)
				.validator((value, language) -> TypedAnswers.isName(value, MAX.get(name)) ? Optional.empty()
						: Optional.of(this.texts.get(language, "mentorship.invalid.name", MAX.get(name))))
				.offersDisplayName((value, language) -> this.texts.get(language, "mentorship.use-name", value))
				.build();
			case "sector" -> {
				FormField.Builder sector = FormField.choice(name, question)
					.parser(text -> Sector.parse(TypedAnswers.normalized(text)).map(Sector::code))
					.unreadable((text, language) -> this.texts.get(language, "mentorship.invalid.sector", text));
				Arrays.stream(Sector.values()).forEach(s -> sector.choice(s.code(), (language, a) -> this.texts.sector(language, s)));
				yield sector.build();
			}
			case "side" -> {
				FormField.Builder side = FormField.choice(name, question)
					.parser(text -> Side.parse(text).map(Side::name))
					.unreadable((text, language) -> this.texts.get(language, "mentorship.invalid.side", text));
				Arrays.stream(Side.values()).forEach(s -> side.choice(s.name(), (language, a) -> this.texts.side(language, s)));
				yield side.build();
			}
			case "capacity" -> {
				FormField.Builder capacity = FormField.choice(name, question)
					.parser(RegistrationForms::capacity)
					.unreadable((text, language) -> this.texts.get(language, "mentorship.invalid.capacity",
							MentorProfile.MAX_CAPACITY));
				for (int n = 1; n <= MentorProfile.MAX_CAPACITY; n++) {
					String count = Integer.toString(n);
					capacity.choice(count, (language, a) -> count);
				}
				yield capacity.build();
			}
			case "languages" -> {
				FormField.Builder languages = FormField.text(name, question)
					.parser(RegistrationForms::languages)
					.unreadable((text, language) -> this.texts.get(language, "mentorship.invalid.languages", text));
				for (String codes : LANGUAGE_CHOICES) {
					languages.choice(codes, (language, a) -> this.texts.languages(language, List.of(codes.split(","))));
				}
				yield languages.build();
			}
			case "city" -> FormField.text(name, question)
				.validator((value, language) -> problem(name, value, language))
				.fills("side", TypedAnswers::countryOfCity)
				.build();
			case "contact" -> FormField.text(name, question)
				.validator((value, language) -> problem(name, value, language))
				.optional(phrase("mentorship.skip"))
				.build();
			// Line breaks are kept in goals, and a question is a fair way to say what one wants help with.
			case "goals" -> FormField.text(name, question)
				.parser(text -> Optional.of(text.strip()).filter(t -> !t.isEmpty()))
				.validator((value, language) -> problem(name, value, language))
				.takesQuestions()
				.build();
			default -> FormField.text(name, question).validator((value, language) -> problem(name, value, language)).build();
		};
	}

	/** What is wrong with a free-text answer, in the person's language. */
	private Optional<String> problem(String field, String text, Language language) {
		int max = MAX.getOrDefault(field, 100);
		if (text.codePointCount(0, text.length()) > max) {
			return Optional.of(this.texts.get(language, "mentorship.invalid.too-long", max));
		}
		if (text.startsWith("/") || text.codePoints().noneMatch(Character::isLetterOrDigit)) {
			return Optional.of(this.texts.get(language, "mentorship.invalid.empty"));
		}
		if ("city".equals(field) && (text.codePoints().noneMatch(Character::isLetter) || text.contains("/"))) {
			return Optional.of(this.texts.get(language, "mentorship.invalid.city", max));
		}
		return Optional.empty();
	}

	private FormText phrase(String key) {
		return (language, answers) -> this.texts.get(language, key);
	}

	/** "English and Danish", "svenska, danska", "alla": the codes in a fixed order, "en,da". */
	static Optional<String> languages(String text) {
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
			return Optional.empty();
		}
		return Optional.of(String.join(",", MentorshipTexts.LANGUAGE_ORDER.stream().filter(found::contains).toList()));
	}

	/** "3", "3 mentees", "max 2": a number from 1 to {@link MentorProfile#MAX_CAPACITY}. */
	static Optional<String> capacity(String text) {
		String digits = text.replaceAll("[^0-9]", "");
		if (digits.isEmpty() || digits.length() > 2) {
			return Optional.empty();
		}
		int n = Integer.parseInt(digits);
		return (n >= 1 && n <= MentorProfile.MAX_CAPACITY) ? Optional.of(Integer.toString(n)) : Optional.empty();
	}

}
