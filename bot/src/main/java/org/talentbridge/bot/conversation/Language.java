package org.talentbridge.bot.conversation;

import java.util.Locale;
import java.util.Optional;

/** The languages the bot answers in. */
public enum Language {

	EN("en", "eng"), SV("sv", "swe"), DA("da", "dan");

	private final String code;

	private final String iso3;

	private final Locale locale;

	Language(String code, String iso3) {
		this.code = code;
		this.iso3 = iso3;
		this.locale = Locale.forLanguageTag(code);
	}

	/** ISO 639-1 code, as used in the API and in article files. */
	public String code() {
		return this.code;
	}

	/** ISO 639-3 code, as OpenNLP's language detector names languages. */
	public String iso3() {
		return this.iso3;
	}

	public Locale locale() {
		return this.locale;
	}

	/** Reads "en", "sv", "da" and regional forms such as "sv-SE" or "da_DK"; anything else is empty. */
	public static Optional<Language> fromCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String base = code.trim().toLowerCase(Locale.ROOT);
		int cut = base.indexOf('-') >= 0 ? base.indexOf('-') : base.indexOf('_');
		if (cut > 0) {
			base = base.substring(0, cut);
		}
		for (Language language : values()) {
			if (language.code.equals(base)) {
				return Optional.of(language);
			}
		}
		return Optional.empty();
	}

}
