package org.talentbridge.bot.conversation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.Language;

/**
 * OpenNLP's language detector (103 languages, character n-grams) narrowed to the bot's three, with
 * everyday words as a second opinion. The model's probabilities are spread thin over all its
 * languages and names ("Copenhagen", "Malmö") pull them about, while "hur", "hvordan" or "how" are
 * a sure sign; so each such word adds to its language's log-probability, and a verdict needs a clear
 * margin. Short messages give no verdict, so the caller keeps what it knew: a lone "hej" or "ok"
 * must not flip anyone's language.
 */
@Component
class LanguageDetector implements org.springframework.beans.factory.SmartInitializingSingleton {

	static final int MIN_WORDS = 3;

	static final int MIN_LETTERS = 16;

	/** Log-score lead the winner needs (about 1.35 times as likely). */
	static final double MARGIN = 0.3;

	/** What one everyday word of a language is worth, in log-probability. */
	static final double WORD_WEIGHT = 1.0;

	private static final Map<Language, Set<String>> EVERYDAY_WORDS = Map.of(
			Language.EN, Set.of("the", "is", "are", "how", "what", "where", "when", "why", "which", "who", "can", "could",
					"do", "does", "did", "my", "you", "your", "and", "to", "of", "with", "have", "has", "should", "would",
					"need", "get", "there", "this", "that", "it", "from", "about", "much", "many", "work"),
			Language.SV, Set.of("och", "är", "hur", "vad", "inte", "från", "jag", "också", "måste", "vill", "när",
					"vilken", "vilket", "mycket", "någon", "något", "bara", "varför", "ska", "behöver", "utan", "mitt",
					"nån", "nåt", "finns", "kommer", "hos", "får", "efter", "mig", "anmäl", "anmäla", "till", "på",
					"evenemang", "evenemangen"),
			Language.DA, Set.of("og", "er", "hvordan", "hvad", "ikke", "fra", "jeg", "også", "skal", "vil", "hvornår",
					"hvilken", "hvilket", "meget", "nogen", "noget", "bare", "hvorfor", "behøver", "uden", "mit", "hvor",
					"hvis", "af", "findes", "kommer", "hos", "får", "efter", "mig", "tilmeld", "tilmelde", "til", "på",
					"arrangementer", "arrangementerne"));

	/** Read on its own thread (a second of a start): the first detection waits for it. */
	private final java.util.concurrent.CompletableFuture<LanguageDetectorModel> model;

	private final ThreadLocal<LanguageDetectorME> detector;

	LanguageDetector() {
		this.model = java.util.concurrent.CompletableFuture.supplyAsync(LanguageDetector::read, runnable -> {
			Thread thread = new Thread(runnable, "language-model");
			thread.setDaemon(true);
			thread.start();
		});
		this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(this.model.join()));
	}

	/** Ready means read: a missing model stops the start. */
	@Override
	public void afterSingletonsInstantiated() {
		this.model.join();
	}

	private static LanguageDetectorModel read() {
		try (InputStream in = LanguageDetector.class.getClassLoader().getResourceAsStream("langdetect-183.bin")) {
			if (in == null) {
				throw new IllegalStateException("OpenNLP language model langdetect-183.bin is not on the classpath");
			}
			return new LanguageDetectorModel(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Optional<Language> detect(String text) {
		String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
		int letters = 0;
		int wordCount = 0;
		for (String word : words) {
			letters += word.length();
			wordCount += word.isEmpty() ? 0 : 1;
		}
		if (wordCount < MIN_WORDS && letters < MIN_LETTERS) {
			return Optional.empty();
		}
		Map<Language, Integer> everyday = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			int count = 0;
			for (String word : words) {
				if (EVERYDAY_WORDS.get(language).contains(word) && onlyIn(language, word)) {
					count++;
				}
			}
			everyday.put(language, count);
		}
		Optional<Language> clear = leader(everyday, 2);
		if (clear.isPresent()) {
			// Two more everyday words than any other language outweigh anything the n-grams say.
			return clear;
		}
		Map<Language, Double> probability = new EnumMap<>(Language.class);
		for (opennlp.tools.langdetect.Language candidate : this.detector.get().predictLanguages(text)) {
			Language language = switch (candidate.getLang()) {
				case "eng" -> Language.EN;
				case "swe" -> Language.SV;
				// Norwegian is the model's usual mistake for Danish.
				case "dan", "nob", "nno" -> Language.DA;
				default -> null;
			};
			if (language != null) {
				probability.merge(language, candidate.getConfidence(), Math::max);
			}
		}
		Map<Language, Double> score = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			double p = probability.getOrDefault(language, 1e-6);
			score.put(language, Math.log(p) + WORD_WEIGHT * everyday.get(language));
		}
		return leader(score, MARGIN);
	}

	/** The language ahead of all others by at least {@code margin}, if any. */
	private static Optional<Language> leader(Map<Language, ? extends Number> scores, double margin) {
		Language best = null;
		double bestScore = Double.NEGATIVE_INFINITY;
		double second = Double.NEGATIVE_INFINITY;
		for (Map.Entry<Language, ? extends Number> entry : scores.entrySet()) {
			double value = entry.getValue().doubleValue();
			if (value > bestScore) {
				second = bestScore;
				bestScore = value;
				best = entry.getKey();
			}
			else if (value > second) {
				second = value;
			}
		}
		return (bestScore - second >= margin) ? Optional.ofNullable(best) : Optional.empty();
	}

	private static boolean onlyIn(Language language, String word) {
		for (Language other : Language.values()) {
			if (other != language && EVERYDAY_WORDS.get(other).contains(word)) {
				return false;
			}
		}
		return true;
	}

}
