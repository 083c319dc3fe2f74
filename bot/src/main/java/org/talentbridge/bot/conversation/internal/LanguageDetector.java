package org.talentbridge.bot.conversation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

	/** Compiled once: String.split would compile it for every message. */
	private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");

	/** Read on its own thread (a second of a start): the first detection waits for it. */
	private final java.util.concurrent.CompletableFuture<ModelScores> model;

	LanguageDetector() {
		this.model = java.util.concurrent.CompletableFuture.supplyAsync(() -> new ModelScores(read()), runnable -> {
			Thread thread = new Thread(runnable, "language-model");
			thread.setDaemon(true);
			thread.start();
		});
	}

	/** Ready means read: a missing model stops the start. */
	@Override
	public void afterSingletonsInstantiated() {
		this.model.join();
	}

	static LanguageDetectorModel read() {
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
		String[] words = NOT_LETTERS.split(text.toLowerCase(Locale.ROOT));
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
		double[] logProbability = this.model.join().scores(text);
		Map<Language, Double> score = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			score.put(language, logProbability[language.ordinal()] + WORD_WEIGHT * everyday.get(language));
		}
		return leader(score, MARGIN);
	}

	/**
	 * The model's log-probabilities of the bot's three languages, as OpenNLP's
	 * {@code LanguageDetectorME.predictLanguages} gives them (a maxent model over character n-gram
	 * counts), without ranking all 103 languages into objects for every message.
	 */
	static final class ModelScores {

		/** The model's languages for each of ours; Norwegian is its usual mistake for Danish. */
		private static final Map<Language, java.util.List<String>> CODES = Map.of(Language.EN, java.util.List.of("eng"),
				Language.SV, java.util.List.of("swe"), Language.DA, java.util.List.of("dan", "nob", "nno"));

		private final Map<String, opennlp.tools.ml.model.Context> parameters;

		private final int outcomes;

		private final int[][] ours = new int[Language.values().length][];

		private final ThreadLocal<opennlp.tools.langdetect.LanguageDetectorContextGenerator> contexts;

		/** Per language, its columns in {@link #narrow}. */
		private final int[][] narrowColumns = new int[Language.values().length][];

		/**
		 * Per n-gram, the parameters of our outcomes only, and last how far any outcome's parameter
		 * lies above the lowest of ours: what bounds how far below the best language ours can fall.
		 */
		private final GramRows narrow;

		/** The model's own text clean-up (e-mail addresses, links, mentions, numbers, repeated letters). */
		private final CleanUp cleanUp = new CleanUp();

		/** Columns of {@link #narrow} before the bound: our languages' codes. */
		private final int narrowCount;

		/** No probability of ours can underflow while the bound stays below this (e^-745 is a double's least). */
		static final double SAFE_BOUND = 700;

		@SuppressWarnings("unchecked")
		ModelScores(LanguageDetectorModel model) {
			opennlp.tools.ml.model.AbstractModel maxent = (opennlp.tools.ml.model.AbstractModel) model.getMaxentModel();
			this.parameters = (Map<String, opennlp.tools.ml.model.Context>) maxent.getDataStructures()[1];
			this.outcomes = maxent.getNumOutcomes();
			java.util.List<Integer> narrowOutcomes = new java.util.ArrayList<>();
			for (Language language : Language.values()) {
				this.ours[language.ordinal()] = CODES.get(language).stream().mapToInt(maxent::getIndex).toArray();
				int[] columns = new int[this.ours[language.ordinal()].length];
				for (int i = 0; i < columns.length; i++) {
					columns[i] = narrowOutcomes.size();
					narrowOutcomes.add(this.ours[language.ordinal()][i]);
				}
				this.narrowColumns[language.ordinal()] = columns;
			}
			this.narrowCount = narrowOutcomes.size();
			this.narrow = narrow(this.parameters, narrowOutcomes.stream().mapToInt(Integer::intValue).toArray(), this.outcomes);
			this.contexts = ThreadLocal.withInitial(() -> model.getFactory().getContextGenerator());
		}

		private static GramRows narrow(Map<String, opennlp.tools.ml.model.Context> parameters, int[] ours,
				int outcomes) {
			GramRows narrow = new GramRows(parameters.size(), ours.length + 1);
			parameters.forEach((gram, context) -> {
				double[] row = new double[ours.length + 1];
				int[] given = context.getOutcomes();
				double[] values = context.getParameters();
				// An outcome without a parameter has zero.
				double highest = (given.length < outcomes) ? 0 : Double.NEGATIVE_INFINITY;
				for (int j = 0; j < given.length; j++) {
					highest = Math.max(highest, values[j]);
					for (int k = 0; k < ours.length; k++) {
						if (given[j] == ours[k]) {
							row[k] = values[j];
						}
					}
				}
				double lowestOfOurs = Double.POSITIVE_INFINITY;
				for (int k = 0; k < ours.length; k++) {
					lowestOfOurs = Math.min(lowestOfOurs, row[k]);
				}
				row[ours.length] = highest - lowestOfOurs;
				narrow.put(gram, row);
			});
			return narrow;
		}

		/**
		 * By {@link Language#ordinal()}: the log-probabilities of {@link #logProbabilities} less one
		 * constant shared by all three, which no comparison between them sees. Only our outcomes
		 * are summed, not all 103; when the message is so long that one of ours might underflow to
		 * zero (where the model's own answer is negative infinity), the exact ones are computed.
		 */
		double[] scores(CharSequence text) {
			long[] grams = GramRows.distinctGrams(this.cleanUp.normalize(text));
			if (grams == null) {
				return logProbabilities(text);
			}
			double[] sums = new double[this.narrowCount];
			double bound = Math.log(this.outcomes);
			// Each distinct n-gram once, as the model's context generator gives them.
			double[] rows = this.narrow.rows;
			for (long gram : grams) {
				int row = this.narrow.row(gram);
				if (row >= 0) {
					for (int k = 0; k < sums.length; k++) {
						sums[k] += rows[row + k];
					}
					bound += rows[row + sums.length];
				}
			}
			if (bound >= SAFE_BOUND) {
				return logProbabilities(text);
			}
			double[] result = new double[Language.values().length];
			for (Language language : Language.values()) {
				double best = Double.NEGATIVE_INFINITY;
				for (int column : this.narrowColumns[language.ordinal()]) {
					best = Math.max(best, sums[column]);
				}
				result[language.ordinal()] = best;
			}
			return result;
		}

		/** By {@link Language#ordinal()}; negative infinity where the model's probability is zero. */
		double[] logProbabilities(CharSequence text) {
			Map<String, Integer> counts = new java.util.HashMap<>();
			for (CharSequence gram : this.contexts.get().getContext(text)) {
				counts.merge(gram.toString(), 1, Integer::sum);
			}
			// The sums the maxent model exponentiates; its uniform prior is the same for every language.
			double[] sums = new double[this.outcomes];
			counts.forEach((gram, count) -> {
				opennlp.tools.ml.model.Context context = this.parameters.get(gram);
				if (context != null) {
					int[] outcomes = context.getOutcomes();
					double[] values = context.getParameters();
					for (int j = 0; j < outcomes.length; j++) {
						sums[outcomes[j]] += values[j] * count;
					}
				}
			});
			double max = Double.NEGATIVE_INFINITY;
			for (double sum : sums) {
				max = Math.max(max, sum);
			}
			double normal = 0;
			for (double sum : sums) {
				normal += Math.exp(sum - max);
			}
			double logNormal = max + Math.log(normal);
			double[] result = new double[Language.values().length];
			for (Language language : Language.values()) {
				double best = Double.NEGATIVE_INFINITY;
				for (int outcome : this.ours[language.ordinal()]) {
					best = Math.max(best, sums[outcome] - logNormal);
				}
				// As the model's own probability: too small for a double is zero.
				result[language.ordinal()] = (Math.exp(best) == 0) ? Double.NEGATIVE_INFINITY : best;
			}
			return result;
		}

	}

	/**
	 * The clean-up of OpenNLP's language detector factory (emoji, links and e-mail addresses,
	 * mentions and emoticons, digits, repeated letters and spaces, in that order), each step taken
	 * only when the text has what it could change: most messages have none of it, and each step
	 * is one to three regular expressions over the whole message.
	 */
	static final class CleanUp {

		private final opennlp.tools.util.normalizer.CharSequenceNormalizer emoji = opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer
			.getInstance();

		private final opennlp.tools.util.normalizer.CharSequenceNormalizer links = opennlp.tools.util.normalizer.UrlCharSequenceNormalizer
			.getInstance();

		private final opennlp.tools.util.normalizer.CharSequenceNormalizer social = opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer
			.getInstance();

		private final opennlp.tools.util.normalizer.CharSequenceNormalizer digits = opennlp.tools.util.normalizer.NumberCharSequenceNormalizer
			.getInstance();

		private final opennlp.tools.util.normalizer.CharSequenceNormalizer shrink = opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer
			.getInstance();

		CharSequence normalize(CharSequence text) {
			CharSequence clean = text;
			if (mayHaveEmoji(clean)) {
				clean = this.emoji.normalize(clean);
			}
			if (mayHaveLink(clean)) {
				clean = this.links.normalize(clean);
			}
			if (mayHaveSocial(clean)) {
				clean = this.social.normalize(clean);
			}
			if (mayHaveDigits(clean)) {
				clean = this.digits.normalize(clean);
			}
			if (mayShrink(clean)) {
				clean = this.shrink.normalize(clean);
			}
			return clean;
		}

		/**
		 * What the emoji pattern matches: written with surrogates, its class reads as a range from
		 * U+D83C to U+10FC00, a hyphen and U+DFFF, so hyphens and everything from U+D83C up go.
		 */
		private static boolean mayHaveEmoji(CharSequence text) {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '-' || c >= 0xD83C) {
					return true;
				}
			}
			return false;
		}

		/** Links need "://", e-mail addresses an at sign. */
		private static boolean mayHaveLink(CharSequence text) {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '@' || (c == ':' && i + 2 < text.length() && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/')) {
					return true;
				}
			}
			return false;
		}

		/**
		 * Hash tags and mentions, "RT " and "RT:", emoticons such as ":-)" or "xD", laughter such as
		 * "haha" ({@code ([hj])+([aieou])+(\1+\2+)+} needs an h or j, vowels, an h or j, a vowel),
		 * all without regard to case as the model's patterns.
		 */
		private static boolean mayHaveSocial(CharSequence text) {
			int n = text.length();
			for (int i = 0; i < n; i++) {
				char c = lower(text.charAt(i));
				if (c == '#' || c == '@') {
					return true;
				}
				char next = (i + 1 < n) ? lower(text.charAt(i + 1)) : 0;
				if (c == 'r' && next == 't' && i + 2 < n && (text.charAt(i + 2) == ' ' || text.charAt(i + 2) == ':')) {
					return true;
				}
				if (c == ':' || c == ';' || c == 'x') {
					char face = (next == '-' && i + 2 < n) ? lower(text.charAt(i + 2)) : next;
					if (face == '(' || face == ')' || face == 'd' || face == 'o' || face == 'p') {
						return true;
					}
				}
				if ((c == 'h' || c == 'j') && laughterFrom(text, i + 1)) {
					return true;
				}
			}
			return false;
		}

		private static boolean laughterFrom(CharSequence text, int from) {
			int i = from;
			while (i < text.length() && vowel(lower(text.charAt(i)))) {
				i++;
			}
			if (i == from) {
				return false;
			}
			int hj = i;
			while (i < text.length() && (lower(text.charAt(i)) == 'h' || lower(text.charAt(i)) == 'j')) {
				i++;
			}
			return i > hj && i < text.length() && vowel(lower(text.charAt(i)));
		}

		private static boolean vowel(char c) {
			return c == 'a' || c == 'i' || c == 'e' || c == 'o' || c == 'u';
		}

		/** Java's {@code \d}: ASCII digits only. */
		private static boolean mayHaveDigits(CharSequence text) {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c >= '0' && c <= '9') {
					return true;
				}
			}
			return false;
		}

		/** Two white spaces in a row, a letter three times in a row, or something to trim at either end. */
		private static boolean mayShrink(CharSequence text) {
			int n = text.length();
			if (n == 0) {
				return false;
			}
			if (text.charAt(0) <= ' ' || text.charAt(n - 1) <= ' ') {
				return true;
			}
			for (int i = 0; i + 1 < n; i++) {
				char c = text.charAt(i);
				char next = text.charAt(i + 1);
				if (space(c) && space(next)) {
					return true;
				}
				if (i + 2 < n && lower(c) == lower(next) && lower(next) == lower(text.charAt(i + 2))) {
					return true;
				}
			}
			return false;
		}

		/** Java's {@code \s}. */
		private static boolean space(char c) {
			return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
		}

		private static char lower(char c) {
			return (c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c;
		}

	}

	/**
	 * The model's n-grams (one to three characters, lower case) packed into a long each, in an
	 * open-addressing table over one flat array of rows: scoring a message makes no String per
	 * n-gram and follows no pointer from a map entry to its row.
	 */
	static final class GramRows {

		private static final int MAX_GRAM = 3;

		private final long[] keys;

		private final int[] starts;

		final double[] rows;

		private final int width;

		private final int mask;

		private int size;

		GramRows(int expected, int width) {
			int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
			this.keys = new long[capacity];
			this.starts = new int[capacity];
			this.rows = new double[expected * width];
			this.width = width;
			this.mask = capacity - 1;
		}

		/** Longer n-grams than the model's context makes are never looked up, so they are left out. */
		void put(String gram, double[] row) {
			if (gram.isEmpty() || gram.length() > MAX_GRAM) {
				return;
			}
			long key = 0;
			for (int i = 0; i < gram.length(); i++) {
				key = (key << 16) | gram.charAt(i);
			}
			key |= ((long) gram.length()) << 48;
			int slot = slot(key);
			while (this.keys[slot] != 0 && this.keys[slot] != key) {
				slot = (slot + 1) & this.mask;
			}
			if (this.keys[slot] == 0) {
				this.keys[slot] = key;
				this.starts[slot] = this.size++ * this.width;
			}
			System.arraycopy(row, 0, this.rows, this.starts[slot], this.width);
		}

		/** Where the n-gram's row starts in {@link #rows}, or -1 if the model does not know it. */
		int row(long key) {
			int slot = slot(key);
			long seen;
			while ((seen = this.keys[slot]) != 0) {
				if (seen == key) {
					return this.starts[slot];
				}
				slot = (slot + 1) & this.mask;
			}
			return -1;
		}

		private int slot(long key) {
			long h = key * 0x9E3779B97F4A7C15L;
			return (int) (h ^ (h >>> 32)) & this.mask;
		}

		/**
		 * The distinct one-to-three character n-grams of the normalised text, lower case as
		 * OpenNLP's {@code StringUtil.toLowerCase} makes them; null for text with surrogate pairs,
		 * whose code points lower-case otherwise, so that the caller takes the model's own way.
		 */
		static long[] distinctGrams(CharSequence text) {
			int n = text.length();
			char[] chars = new char[n];
			for (int i = 0; i < n; i++) {
				char c = text.charAt(i);
				if (Character.isSurrogate(c)) {
					return null;
				}
				chars[i] = Character.toLowerCase(c);
			}
			long[] grams = new long[Math.max(n, 3 * n - 3)];
			int count = 0;
			for (int length = 1; length <= MAX_GRAM; length++) {
				for (int start = 0; start + length <= n; start++) {
					long key = 0;
					for (int i = start; i < start + length; i++) {
						key = (key << 16) | chars[i];
					}
					grams[count++] = key | ((long) length) << 48;
				}
			}
			java.util.Arrays.sort(grams, 0, count);
			int distinct = 0;
			for (int i = 0; i < count; i++) {
				if (distinct == 0 || grams[i] != grams[distinct - 1]) {
					grams[distinct++] = grams[i];
				}
			}
			return java.util.Arrays.copyOf(grams, distinct);
		}

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
