package org.talentbridge.bot.nudges.internal;

import java.util.Map;
import java.util.Optional;

import org.talentbridge.bot.conversation.TypedAnswers;

/**
 * Reads a degree as people write it: "MSc", "master's", "magister" and the Danish "kandidat" are a
 * master; "BSc" and the Swedish "kandidatexamen" a bachelor; "PhD", "doktor" a doctorate; an
 * academy profession degree ("erhvervsakademi") or a Swedish "yrkeshögskola" another degree, which
 * the Danish Establishment Card does not take.
 */
final class Degrees {

	private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("master", "master"),
			Map.entry("masters", "master"), Map.entry("msc", "master"), Map.entry("ma", "master"),
			Map.entry("mba", "master"), Map.entry("meng", "master"), Map.entry("mphil", "master"),
			Map.entry("magister", "master"), Map.entry("magisterexamen", "master"), Map.entry("masterexamen", "master"),
			Map.entry("mastergrad", "master"), Map.entry("masteruddannelse", "master"), Map.entry("kandidat", "master"),
			Map.entry("kandidatgrad", "master"), Map.entry("kandidatuddannelse", "master"),
			Map.entry("civilingenjor", "master"), Map.entry("civilingenjorsexamen", "master"),
			Map.entry("civilingenior", "master"), Map.entry("civilekonom", "master"),
			Map.entry("bachelor", "bachelor"), Map.entry("bachelors", "bachelor"), Map.entry("bsc", "bachelor"),
			Map.entry("ba", "bachelor"), Map.entry("beng", "bachelor"), Map.entry("kandidatexamen", "bachelor"),
			Map.entry("kandidatprogram", "bachelor"), Map.entry("bachelorgrad", "bachelor"),
			Map.entry("bacheloruddannelse", "bachelor"), Map.entry("professionsbachelor", "bachelor"),
			Map.entry("hogskoleexamen", "bachelor"), Map.entry("undergraduate", "bachelor"), Map.entry("phd", "phd"),
			Map.entry("doctorate", "phd"), Map.entry("doctoral", "phd"), Map.entry("doctor", "phd"),
			Map.entry("doktor", "phd"), Map.entry("doktorand", "phd"), Map.entry("doktorsexamen", "phd"),
			Map.entry("forskarutbildning", "phd"), Map.entry("licentiat", "phd"), Map.entry("phdstuderende", "phd"),
			Map.entry("erhvervsakademi", "other"), Map.entry("erhvervsakademiuddannelse", "other"),
			Map.entry("akademiuddannelse", "other"), Map.entry("yrkeshogskola", "other"),
			Map.entry("yrkeshogskoleexamen", "other"));

	private Degrees() {
	}

	/** "bachelor", "master", "phd" or "other", from the first word that names a degree. */
	static Optional<String> parse(String text) {
		String folded = TypedAnswers.folded(text).replaceAll("['’.\\-]", "");
		for (String word : folded.split("[^\\p{L}]+")) {
			String degree = WORDS.get(word);
			if (degree != null) {
				return Optional.of(degree);
			}
			if (word.startsWith("cand") && word.length() > 4) {
				// cand.scient, cand.polyt: the Danish master's degrees.
				return Optional.of("master");
			}
		}
		return Optional.empty();
	}

}
