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
public final class CountryWords {

	// Before INSTANCE, whose words are folded as it is built.
	private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

	public static final CountryWords INSTANCE = new CountryWords(Resources.lines("country-words.txt"));

	static final double NAMED = 1.4;

	static final double OTHER = 0.7;

	static final double LANGUAGE = 1.1;

	private final Map<String, String> countryOf = new HashMap<>();

	private static final int COMMUTE_REACH = 4;

	private static final Map<String, String> COMMUTE_WORDS = new HashMap<>();

	static {
		for (String line : Resources.lines("commute-words.txt")) {
			String[] parts = line.split(":", 2);
			for (String word : parts[1].trim().split("\\s+")) {
				COMMUTE_WORDS.put(fold(word), parts[0].trim());
			}
		}
	}

	CountryWords(List<String> lines) {
		for (String line : lines) {
			String[] parts = line.split(":", 2);
			for (String word : parts[1].trim().split("\\s+")) {
				this.countryOf.put(fold(word), parts[0].trim());
			}
		}
	}

	/** The countries (DK, SE) a text names, by country, language or place words. */
	public Set<String> countriesIn(String text) {
		return countries(Synonyms.words(text));
	}

	Set<String> countries(List<String> tokens) {
		return countriesOf(folded(tokens));
	}

	/** Each token as {@link #fold} leaves it: a question's tokens are folded once for all that is asked of them. */
	static List<String> folded(List<String> tokens) {
		List<String> folded = new java.util.ArrayList<>(tokens.size());
		for (String token : tokens) {
			folded.add(fold(token));
		}
		return folded;
	}

	/** As {@link #countries}, from {@link #folded} tokens. */
	Set<String> countriesOf(List<String> folded) {
		Set<String> countries = new HashSet<>();
		for (String token : folded) {
			String country = this.countryOf.get(token);
			if (country != null) {
				countries.add(country);
			}
		}
		return countries;
	}

	/**
	 * Where a question says someone lives and works, as an article's {@code commute} ("SE-DK"), or
	 * null: "I live in Malmö and work in Copenhagen" is SE-DK, and so is "bor i Lund, vilken skatt
	 * betalar jag på min danska lön?", where the other country named is taken for the work.
	 */
	String commute(List<String> tokens) {
		List<String> folded = folded(tokens);
		return commute(folded, countriesOf(folded));
	}

	/** As {@link #commute(List)}, from the {@link #folded} tokens and the countries they name. */
	String commute(List<String> folded, Set<String> named) {
		if (named.size() != 2) {
			return null;
		}
		String live = null;
		String work = null;
		for (int i = 0; i < folded.size(); i++) {
			String kind = COMMUTE_WORDS.get(folded.get(i));
			if (kind == null) {
				continue;
			}
			for (int j = i + 1; j < Math.min(folded.size(), i + 1 + COMMUTE_REACH); j++) {
				String country = this.countryOf.get(folded.get(j));
				if (country != null) {
					if ("live".equals(kind) && live == null) {
						live = country;
					}
					else if ("work".equals(kind) && work == null) {
						work = country;
					}
					break;
				}
			}
		}
		if (live == null && work != null) {
			live = other(work);
		}
		if (work == null && live != null) {
			work = other(live);
		}
		return (live != null && !live.equals(work)) ? live + "-" + work : null;
	}

	private static String other(String country) {
		return "DK".equals(country) ? "SE" : "DK";
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
		if (ascii(lower)) {
			return lower;
		}
		return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFKD))
			.replaceAll("")
			.replace("ø", "o")
			.replace("æ", "ae");
	}

	/** Every word of every message is folded: no stream, and the pattern compiled once. */
	private static boolean ascii(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (word.charAt(i) >= 128) {
				return false;
			}
		}
		return true;
	}

}
