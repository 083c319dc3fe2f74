package org.talentbridge.bot.conversation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.Language;

/**
 * OpenNLP's language detector (103 languages, character n-grams) narrowed to the bot's three.
 * Detection on a few words is weak, so short messages give no verdict and the caller keeps what it
 * knew; Norwegian counts towards Danish, and the letters ä/ö or æ/ø settle Swedish against Danish
 * when the model cannot tell them apart.
 */
@Component
class LanguageDetector {

	static final int MIN_WORDS = 3;

	static final int MIN_LETTERS = 16;

	static final double MIN_SHARE = 0.6;

	/** Scandinavian only when clearly so: short English questions are full of Nordic names. */
	static final double MIN_NORDIC_SHARE = 0.8;

	/** Everyday words that occur in one of the two languages only; the surest sign on short messages. */
	private static final java.util.Set<String> SWEDISH_ONLY = java.util.Set.of("och", "är", "hur", "vad", "inte", "från",
			"jag", "också", "måste", "vill", "när", "vilken", "vilket", "mycket", "någon", "något", "bara", "varför",
			"ska", "behöver", "utan", "mitt", "nån", "nåt", "finns", "kommer");

	private static final java.util.Set<String> DANISH_ONLY = java.util.Set.of("og", "er", "hvordan", "hvad", "ikke", "fra",
			"jeg", "også", "skal", "vil", "hvornår", "hvilken", "hvilket", "meget", "nogen", "noget", "bare", "hvorfor",
			"behøver", "uden", "mit", "hvor", "hvis", "af", "findes", "kommer");

	private final LanguageDetectorModel model;

	private final ThreadLocal<LanguageDetectorME> detector;

	LanguageDetector() {
		try (InputStream in = LanguageDetector.class.getClassLoader().getResourceAsStream("langdetect-183.bin")) {
			if (in == null) {
				throw new IllegalStateException("OpenNLP language model langdetect-183.bin is not on the classpath");
			}
			this.model = new LanguageDetectorModel(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(this.model));
	}

	Optional<Language> detect(String text) {
		int letters = 0;
		boolean swedishLetters = false;
		boolean danishLetters = false;
		for (int i = 0; i < text.length(); i++) {
			char c = Character.toLowerCase(text.charAt(i));
			if (Character.isLetter(c)) {
				letters++;
				swedishLetters |= (c == 'ä' || c == 'ö');
				danishLetters |= (c == 'æ' || c == 'ø');
			}
		}
		int words = text.trim().split("\\s+").length;
		if (words < MIN_WORDS && letters < MIN_LETTERS) {
			return Optional.empty();
		}
		Map<Language, Double> share = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			share.put(language, 0.0);
		}
		for (opennlp.tools.langdetect.Language candidate : this.detector.get().predictLanguages(text)) {
			Language language = switch (candidate.getLang()) {
				case "eng" -> Language.EN;
				case "swe" -> Language.SV;
				case "dan", "nob", "nno", "nor" -> Language.DA;
				default -> null;
			};
			if (language != null) {
				share.merge(language, candidate.getConfidence(), Double::sum);
			}
		}
		double sv = share.get(Language.SV);
		double da = share.get(Language.DA);
		int swedishWords = 0;
		int danishWords = 0;
		for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
			swedishWords += SWEDISH_ONLY.contains(word) && !DANISH_ONLY.contains(word) ? 1 : 0;
			danishWords += DANISH_ONLY.contains(word) && !SWEDISH_ONLY.contains(word) ? 1 : 0;
		}
		if (swedishWords != danishWords && (swedishWords >= 2 || danishWords >= 2)) {
			// "hur ... och ... från" is Swedish whatever the n-grams say about the names around it.
			return Optional.of(swedishWords > danishWords ? Language.SV : Language.DA);
		}
		boolean undecidedNordic = Math.max(sv, da) < 3 * Math.min(sv, da);
		if (undecidedNordic && swedishWords != danishWords) {
			share.put(swedishWords > danishWords ? Language.SV : Language.DA, sv + da);
			share.put(swedishWords > danishWords ? Language.DA : Language.SV, 0.0);
		}
		else if (undecidedNordic && swedishLetters != danishLetters) {
			share.put(swedishLetters ? Language.SV : Language.DA, sv + da);
			share.put(swedishLetters ? Language.DA : Language.SV, 0.0);
		}
		double total = share.values().stream().mapToDouble(Double::doubleValue).sum();
		if (total <= 0) {
			return Optional.empty();
		}
		if (share.get(Language.EN) / total >= MIN_SHARE) {
			return Optional.of(Language.EN);
		}
		// Clearly Scandinavian: the likelier of the two beats falling back to English.
		double nordic = share.get(Language.SV) + share.get(Language.DA);
		if (nordic / total >= MIN_NORDIC_SHARE) {
			return Optional.of(share.get(Language.SV) >= share.get(Language.DA) ? Language.SV : Language.DA);
		}
		return Optional.empty();
	}

}
