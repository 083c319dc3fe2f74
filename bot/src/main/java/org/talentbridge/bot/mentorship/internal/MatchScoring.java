package org.talentbridge.bot.mentorship.internal;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

import org.talentbridge.bot.mentorship.MenteeProfile;
import org.talentbridge.bot.mentorship.MentorProfile;

/**
 * How well a mentor fits a mentee. A shared language (English, Swedish or Danish) is required; the
 * same sector counts most (10), then the same city (4) or else the same side of the Öresund (2), and
 * one point for each further shared language. Below {@link #MINIMUM} nothing but the language is
 * shared, and no match is proposed.
 */
final class MatchScoring {

	static final int SECTOR = 10;

	static final int CITY = 4;

	static final int SIDE = 2;

	static final int MINIMUM = 2;

	private MatchScoring() {
	}

	static OptionalInt score(MenteeProfile mentee, MentorProfile mentor) {
		if (mentee.userId().equals(mentor.userId())) {
			return OptionalInt.empty();
		}
		Set<String> shared = new HashSet<>(mentee.languages());
		shared.retainAll(mentor.languages());
		shared.remove("other");
		if (shared.isEmpty()) {
			return OptionalInt.empty();
		}
		int score = shared.size() - 1;
		if (mentee.sector() == mentor.sector()) {
			score += SECTOR;
		}
		if (city(mentee.city()).equals(city(mentor.city())) && mentee.side() == mentor.side()) {
			score += CITY;
		}
		else if (mentee.side() == mentor.side()) {
			score += SIDE;
		}
		return (score >= MINIMUM) ? OptionalInt.of(score) : OptionalInt.empty();
	}

	/** "Malmö", "malmo" and "MALMØ " are one city; "København" and "Copenhagen" too. */
	static String city(String name) {
		String folded = Normalizer.normalize(name.strip().toLowerCase(Locale.ROOT).replace("ø", "o").replace("æ", "ae"),
				Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return switch (folded) {
			case "kobenhavn", "copenhagen", "kopenhamn" -> "copenhagen";
			case "goteborg", "gothenburg" -> "gothenburg";
			case "helsingor", "elsinore" -> "helsingor";
			default -> folded;
		};
	}

}
