package org.talentbridge.bot.knowledge.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.talentbridge.bot.conversation.FoldedWords;

/**
 * Naive Bayes over words: how much more a message's words belong to the knowledge base's example
 * questions than to the out-of-scope phrases. A crude stem (the first five letters) lets Swedish
 * and Danish inflections meet. Counting only, so it is trained again for every fold in milliseconds.
 */
final class WordOdds {

	private static final int STEM = 5;

	private final Map<String, int[]> counts = new HashMap<>();

	private final long[] totals = new long[2];

	private final long[] documents = new long[2];

	/** Each word's log odds and the prior, made at the first question: the counts are done by then. */
	private volatile Weights weights;

	private record Weights(Map<String, Double> words, double prior) {
	}

	void add(String text, boolean inScope) {
		if (this.weights != null) {
			throw new IllegalStateException("Word odds are counted before they are asked");
		}
		int side = inScope ? 0 : 1;
		this.documents[side]++;
		for (String feature : features(text)) {
			this.counts.computeIfAbsent(feature, f -> new int[2])[side]++;
			this.totals[side]++;
		}
	}

	/** Log odds of in scope against out of scope, the prior included. */
	double logOdds(String text) {
		return logOdds(features(text));
	}

	/** As {@link #logOdds(String)}, from the message's {@link #features(String)}. */
	double logOdds(List<String> features) {
		Weights known = weights();
		double odds = known.prior();
		for (String feature : features) {
			Double weight = known.words().get(feature);
			if (weight != null) {
				odds += weight;
			}
		}
		return odds;
	}

	private Weights weights() {
		Weights known = this.weights;
		if (known == null) {
			synchronized (this) {
				known = this.weights;
				if (known == null) {
					int vocabulary = this.counts.size() + 1;
					Map<String, Double> words = new HashMap<>(this.counts.size() * 2);
					this.counts.forEach((feature, count) -> words.put(feature,
							Math.log((count[0] + 1.0) / (this.totals[0] + vocabulary))
									- Math.log((count[1] + 1.0) / (this.totals[1] + vocabulary))));
					known = new Weights(words, Math.log((this.documents[0] + 1.0) / (this.documents[1] + 1.0)));
					this.weights = known;
				}
			}
		}
		return known;
	}

	static List<String> features(String text) {
		List<String> features = new ArrayList<>();
		for (String word : FoldedWords.of(text)) {
			if (word.length() >= 2) {
				features.add(word);
				if (word.length() > STEM) {
					features.add(word.substring(0, STEM) + "~");
				}
			}
		}
		return features;
	}

}
