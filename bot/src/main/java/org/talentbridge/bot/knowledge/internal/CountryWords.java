package org.talentbridge.bot.knowledge.internal;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.talentbridge.bot.conversation.Language;

/**
 * Which country a question is about, from the places it names: "a Swedish work permit" should rank
 * the Swedish article above the Danish one. Naming both countries favours the cross-border articles.
 * Without a name, the language asked in tips the balance slightly.
 */
final class CountryWords {

	static final CountryWords INSTANCE = new CountryWords(Resources.lines("country-words.txt"));

	static final double NAMED = 1.4;

	static final double OTHER = 0.7;

	static final double LANGUAGE = 1.1;

	private final Map<String, String> countryOf = new HashMap<>();

	CountryWords(List<String> lines) {
		for (String line : lines) {
			String[] parts = line.split(":", 2);
			for (String word : parts[1].trim().split("\\s+")) {
				this.countryOf.put(fold(word), parts[0].trim());
			}
		}
	}

	Set<String> countries(List<String> tokens) {
		Set<String> countries = new HashSet<>();
		for (String token : tokens) {
			String country = this.countryOf.get(fold(token));
			if (country != null) {
				countries.add(country);
			}
		}
		return countries;
	}

	boolean isPlace(String word) {
		return this.countryOf.containsKey(fold(word));
	}

	double prior(String articleCountry, Set<String> named, Language language) {
		if (named.size() == 2) {
			return "cross-border".equals(articleCountry) ? NAMED : 1.0;
		}
		if (named.size() == 1) {
			String country = named.iterator().next();
			if (articleCountry.equals(country)) {
				return NAMED;
			}
			return ("DK".equals(articleCountry) || "SE".equals(articleCountry)) ? OTHER : 1.0;
		}
		if ((language == Language.SV && "SE".equals(articleCountry))
				|| (language == Language.DA && "DK".equals(articleCountry))) {
			return LANGUAGE;
		}
		return 1.0;
	}

	static String fold(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (lower.chars().allMatch(c -> c < 128)) {
			return lower;
		}
		return Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "")
			.replace("ø", "o")
			.replace("æ", "ae");
	}

}
