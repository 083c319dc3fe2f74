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

	private final Map<String, int[]> postings;

	private final double[] weights;

	private final boolean[] inScope;

	/** The article of each example question; null for out-of-scope phrases. */
	private final String[] articles;

	private final Map<String, Double> rarity;

	private final double unknownRarity;

	private NearestPhrases(Map<String, int[]> postings, double[] weights, boolean[] inScope, String[] articles,
			Map<String, Double> rarity, double unknownRarity) {
		this.postings = postings;
		this.weights = weights;
		this.inScope = inScope;
		this.articles = articles;
		this.rarity = rarity;
		this.unknownRarity = unknownRarity;
	}

	/**
	 * The closeness (0 to 1) of the nearest in-scope question and of the nearest out-of-scope
	 * phrase, and of each article's nearest question.
	 */
	record Nearest(double inScope, double outOfScope, Map<String, Double> articles) {

		static final Nearest NONE = new Nearest(0, 0, Map.of());

		double article(String id) {
			return this.articles.getOrDefault(id, 0.0);
		}
	}

	Nearest nearest(String text, Analyzers analyzers) {
		List<String> features = features(text, analyzers);
		if (features.isEmpty() || this.weights.length == 0) {
			return Nearest.NONE;
		}
		double total = 0;
		double[] matched = new double[this.weights.length];
		for (String feature : features) {
			Double weight = this.rarity.get(feature);
			if (weight == null) {
				total += this.unknownRarity;
				continue;
			}
			total += weight;
			for (int phrase : this.postings.get(feature)) {
				matched[phrase] += weight;
			}
		}
		double in = 0;
		double out = 0;
		Map<String, Double> byArticle = new HashMap<>();
		for (int phrase = 0; phrase < matched.length; phrase++) {
			if (matched[phrase] > 0) {
				double closeness = matched[phrase] / Math.sqrt(total * this.weights[phrase]);
				if (this.inScope[phrase]) {
					in = Math.max(in, closeness);
					byArticle.merge(this.articles[phrase], closeness, Math::max);
				}
				else {
					out = Math.max(out, closeness);
				}
			}
		}
		return new Nearest(in, out, byArticle);
	}

	/** Distinct words and stems that carry meaning. */
	private static List<String> features(String text, Analyzers analyzers) {
		List<String> features = new ArrayList<>();
		for (String feature : WordOdds.features(text)) {
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
			List<String> features = features(text, this.analyzers);
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
			Map<String, int[]> postings = new HashMap<>();
			Map<String, Double> rarity = new HashMap<>();
			lists.forEach((feature, list) -> {
				postings.put(feature, list.stream().mapToInt(Integer::intValue).toArray());
				rarity.put(feature, rarity(n, list.size()));
			});
			double[] weights = new double[n];
			boolean[] scope = new boolean[n];
			for (int phrase = 0; phrase < n; phrase++) {
				for (String feature : this.phrases.get(phrase)) {
					weights[phrase] += rarity.get(feature);
				}
				scope[phrase] = this.articles.get(phrase) != null;
			}
			return new NearestPhrases(postings, weights, scope, this.articles.toArray(String[]::new), rarity,
					rarity(n, 0));
		}

		private static double rarity(int phrases, int with) {
			return Math.log(1 + (phrases - with + 0.5) / (with + 0.5));
		}

	}

}
