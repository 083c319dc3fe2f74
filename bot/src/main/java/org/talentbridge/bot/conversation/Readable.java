package org.talentbridge.bot.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates, times, countries and languages as a person reads them, in their language: "22 November
 * 2026", "22. november 2026 kl. 10.00", "Sverige", never "2026-11-22T09:00:00Z" or "SE". Times are
 * the programme's (Europe/Copenhagen, also Skåne's). Counted phrases are {@link Phrases#count}.
 */
public final class Readable {

	/** Copenhagen and Skåne share it. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

	private Readable() {
	}

	/** The locale dates and names are written in: British English, Swedish, Danish. */
	public static Locale locale(Language language) {
		return switch (language) {
			case EN -> Locale.UK;
			case SV -> Locale.forLanguageTag("sv-SE");
			case DA -> Locale.forLanguageTag("da-DK");
		};
	}

	/** "22 November 2026", "22 november 2026", "22. november 2026". */
	public static String date(LocalDate date, Language language) {
		return date.format(DateTimeFormatter.ofPattern(language == Language.DA ? "d. MMMM yyyy" : "d MMMM yyyy",
				locale(language)));
	}

	/** The day in Copenhagen. */
	public static String date(Instant instant, Language language) {
		return date(instant.atZone(ZONE).toLocalDate(), language);
	}

	/** "22 November 2026 at 10:00", "22 november 2026 kl. 10:00", "22. november 2026 kl. 10.00", Copenhagen time. */
	public static String dateTime(Instant instant, Language language) {
		String time = instant.atZone(ZONE).format(DateTimeFormatter.ofPattern(switch (language) {
			case EN -> "'at' HH:mm";
			case SV -> "'kl.' HH:mm";
			case DA -> "'kl.' HH.mm";
		}, locale(language)));
		return date(instant, language) + " " + time;
	}

	/** The country's name for an ISO 3166 code ("SE": Sweden, Sverige, Sverige); an unknown code as it is. */
	public static String country(String code, Language language) {
		String upper = code.strip().toUpperCase(Locale.ROOT);
		if (!upper.matches("[A-Z]{2}")) {
			return code;
		}
		String name = new Locale("", upper).getDisplayCountry(locale(language));
		return (name.isBlank() || name.equals(upper)) ? code : name;
	}

	/** A language's name in another: Swedish in English is "Swedish", in Danish "svensk". */
	public static String language(Language named, Language in) {
		return named.locale().getDisplayLanguage(locale(in));
	}

}
