package org.talentbridge.bot.knowledge.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How close a message comes to the nearest example question and to the nearest out-of-scope
 * phrase: the cosine of their words, each weighted by its rarity among all phrases. A message that
 * is one way of asking something the bot answers sits next to such a question; "can I bring my cat
 * to Malmö" sits next to the pets phrase, however many article words it has. Filler words do not
 * count. Same words and crude stems as {@link WordOdds}, so Swedish and Danish inflections meet.
 */
final class NearestPhrases {

	/** Each word's rarity and the phrases that have it. */
	private final Map<String, Word> words;

	/** One over the square root of each phrase's weight: a multiplication per phrase touched, not a root and a division. */
	private final double[] inverseNorms;

	private final boolean[] inScope;

	/** The article of each example question, by number; -1 for out-of-scope phrases. */
	private final int[] articles;

	private final Map<String, Integer> articleNumbers;

	private final double unknownRarity;

	private record Word(double rarity, int[] phrases) {
	}

	private NearestPhrases(Map<String, Word> words, double[] weights, boolean[] inScope, int[] articles,
			Map<String, Integer> articleNumbers, double unknownRarity) {
		this.words = words;
		this.inverseNorms = new double[weights.length];
		for (int phrase = 0; phrase < weights.length; phrase++) {
			this.inverseNorms[phrase] = 1 / Math.sqrt(weights[phrase]);
		}
		this.inScope = inScope;
		this.articles = articles;
		this.articleNumbers = articleNumbers;
		this.unknownRarity = unknownRarity;
		this.scratch = ThreadLocal.withInitial(() -> new Scratch(weights.length));
	}

	/**
	 * The closeness (0 to 1) of the nearest in-scope question and of the nearest out-of-scope
	 * phrase, and of each article's nearest question.
	 */
	record Nearest(double inScope, double outOfScope, Map<String, Integer> numbers, double[] articles) {

		static final Nearest NONE = new Nearest(0, 0, Map.of(), new double[0]);

		double article(String id) {
			Integer number = this.numbers.get(id);
			return (number != null && number < this.articles.length) ? this.articles[number] : 0;
		}
	}

	Nearest nearest(String text, Analyzers analyzers) {
		return nearest(WordOdds.features(text), analyzers);
	}

	/** As {@link #nearest(String, Analyzers)}, from the message's {@link WordOdds#features(String)}. */
	Nearest nearest(List<String> wordFeatures, Analyzers analyzers) {
		List<String> features = meaningful(wordFeatures, analyzers);
		if (features.isEmpty() || this.inverseNorms.length == 0) {
			return Nearest.NONE;
		}
		double total = 0;
		// Per thread and kept: only the phrases that share a word are looked at, and set back after.
		Scratch scratch = this.scratch.get();
		double[] matched = scratch.matched;
		int[] touched = scratch.touched;
		int count = 0;
		for (String feature : features) {
			Word word = this.words.get(feature);
			if (word == null) {
				total += this.unknownRarity;
				continue;
			}
			double weight = word.rarity();
			total += weight;
			for (int phrase : word.phrases()) {
				if (matched[phrase] == 0) {
					touched[count++] = phrase;
				}
				matched[phrase] += weight;
			}
		}
		double in = 0;
		double out = 0;
		double[] byArticle = new double[this.articleNumbers.size()];
		double inverseTotal = 1 / Math.sqrt(total);
		for (int t = 0; t < count; t++) {
			int phrase = touched[t];
			double closeness = matched[phrase] * inverseTotal * this.inverseNorms[phrase];
			matched[phrase] = 0;
			if (this.inScope[phrase]) {
				in = Math.max(in, closeness);
				byArticle[this.articles[phrase]] = Math.max(byArticle[this.articles[phrase]], closeness);
			}
			else {
				out = Math.max(out, closeness);
			}
		}
		return new Nearest(in, out, this.articleNumbers, byArticle);
	}

	private final ThreadLocal<Scratch> scratch;

	/** Each phrase is touched at most once per message, so {@code touched} never overflows. */
	private record Scratch(double[] matched, int[] touched) {

		Scratch(int phrases) {
			this(new double[phrases], new int[phrases]);
		}
	}

	/** Distinct words and stems that carry meaning. */
	private static List<String> meaningful(List<String> wordFeatures, Analyzers analyzers) {
		List<String> features = new ArrayList<>();
		for (String feature : wordFeatures) {
			if (!feature.endsWith("~") && analyzers.isFiller(feature)) {
				continue;
			}
			if (!features.contains(feature)) {
				features.add(feature);
			}
		}
		return features;
	}

	static Builder builder(Analyzers analyzers) {
		return new Builder(analyzers);
	}

	static final class Builder {

		private final Analyzers analyzers;

		private final List<List<String>> phrases = new ArrayList<>();

		private final List<String> articles = new ArrayList<>();

		private Builder(Analyzers analyzers) {
			this.analyzers = analyzers;
		}

		/** An example question of an article, or with a null article an out-of-scope phrase. */
		Builder add(String text, @org.jspecify.annotations.Nullable String articleId) {
			List<String> features = meaningful(WordOdds.features(text), this.analyzers);
			if (!features.isEmpty()) {
				this.phrases.add(features);
				this.articles.add(articleId);
			}
			return this;
		}

		NearestPhrases build() {
			int n = this.phrases.size();
			Map<String, List<Integer>> lists = new HashMap<>();
			for (int phrase = 0; phrase < n; phrase++) {
				for (String feature : this.phrases.get(phrase)) {
					lists.computeIfAbsent(feature, f -> new ArrayList<>()).add(phrase);
				}
			}
			Map<String, Word> words = new HashMap<>();
			lists.forEach((feature, list) -> words.put(feature,
					new Word(rarity(n, list.size()), list.stream().mapToInt(Integer::intValue).toArray())));
			double[] weights = new double[n];
			boolean[] scope = new boolean[n];
			int[] articleOf = new int[n];
			Map<String, Integer> numbers = new HashMap<>();
			for (int phrase = 0; phrase < n; phrase++) {
				for (String feature : this.phrases.get(phrase)) {
					weights[phrase] += words.get(feature).rarity();
				}
				String article = this.articles.get(phrase);
				scope[phrase] = article != null;
				articleOf[phrase] = (article != null) ? numbers.computeIfAbsent(article, a -> numbers.size()) : -1;
			}
			return new NearestPhrases(words, weights, scope, articleOf, Map.copyOf(numbers), rarity(n, 0));
		}

		private static double rarity(int phrases, int with) {
			return Math.log(1 + (phrases - with + 0.5) / (with + 0.5));
		}

	}

}
