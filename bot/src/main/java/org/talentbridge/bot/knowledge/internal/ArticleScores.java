package org.talentbridge.bot.knowledge.internal;

import java.util.List;

/**
 * What one word of a question adds to each article's BM25 score: the articles that match it and
 * their score, as Lucene's disjunction-max over boosted term queries would give it.
 *
 * <p>Worked out once per word from the index's own statistics and similarity, and kept with the
 * word. Running Lucene queries over a few dozen articles spent most of an answer's time and
 * allocation opening term and postings readers; adding a handful of short arrays costs nothing.
 *
 * @param docs the articles that match, ascending
 * @param values the score of each, in the order of {@code docs}
 */
record ArticleScores(int[] docs, float[] values) {

	static final ArticleScores NONE = new ArticleScores(new int[0], new float[0]);

	boolean isEmpty() {
		return this.docs.length == 0;
	}

	ArticleScores boosted(float boost) {
		float[] boosted = new float[this.values.length];
		for (int i = 0; i < boosted.length; i++) {
			boosted[i] = this.values[i] * boost;
		}
		return new ArticleScores(this.docs, boosted);
	}

	void addTo(double[] sums) {
		for (int i = 0; i < this.docs.length; i++) {
			sums[this.docs[i]] += this.values[i];
		}
	}

	/**
	 * The best of several readings of one word, per article, plus {@code tieBreaker} times the
	 * others, as Lucene's {@code DisjunctionMaxQuery} scores them.
	 */
	static ArticleScores best(List<ArticleScores> alternatives, float tieBreaker, int articles) {
		if (alternatives.size() == 1) {
			return alternatives.get(0);
		}
		float[] max = new float[articles];
		float[] sum = new float[articles];
		boolean[] matched = new boolean[articles];
		int count = 0;
		for (ArticleScores alternative : alternatives) {
			for (int i = 0; i < alternative.docs.length; i++) {
				int doc = alternative.docs[i];
				float value = alternative.values[i];
				if (!matched[doc]) {
					matched[doc] = true;
					count++;
				}
				max[doc] = Math.max(max[doc], value);
				sum[doc] += value;
			}
		}
		int[] docs = new int[count];
		float[] values = new float[count];
		int at = 0;
		for (int doc = 0; doc < articles; doc++) {
			if (matched[doc]) {
				docs[at] = doc;
				values[at++] = max[doc] + (sum[doc] - max[doc]) * tieBreaker;
			}
		}
		return new ArticleScores(docs, values);
	}

}
