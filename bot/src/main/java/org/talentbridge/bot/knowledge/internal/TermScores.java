package org.talentbridge.bot.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;

/**
 * Each term's score in each document, as a Lucene term query of boost 1 scores it: the searcher's
 * similarity (BM25) over the index's statistics and norms. Worked out on first use and kept, since
 * the index never changes; not all up front, since the folds of the training would work out tens
 * of thousands of terms they never use.
 */
final class TermScores {

	private final IndexSearcher searcher;

	private final Map<Term, ArticleScores> scores = new ConcurrentHashMap<>();

	private final Map<String, CollectionStatistics> fields = new ConcurrentHashMap<>();

	TermScores(IndexSearcher searcher) {
		this.searcher = searcher;
	}

	/**
	 * The documents that have the term, with its score in each; empty when none has it. Only the
	 * index's own terms are kept, so words people make up cannot grow the map; a kept term is read
	 * without taking the lock that computing one holds.
	 */
	ArticleScores of(Term term) {
		ArticleScores known = this.scores.get(term);
		if (known != null) {
			return known;
		}
		ArticleScores scored = scored(term);
		if (scored != ArticleScores.NONE) {
			this.scores.putIfAbsent(term, scored);
		}
		return scored;
	}

	/** How many terms are kept. */
	int kept() {
		return this.scores.size();
	}

	private ArticleScores scored(Term term) {
		try {
			TermStates states = TermStates.build(this.searcher, term, true);
			if (states.docFreq() == 0) {
				return ArticleScores.NONE;
			}
			CollectionStatistics collection = this.fields.computeIfAbsent(term.field(), this::collection);
			TermStatistics statistics = this.searcher.termStatistics(term, states.docFreq(), states.totalTermFreq());
			Similarity.SimScorer similarity = this.searcher.getSimilarity().scorer(1f, collection, statistics);
			List<Integer> docs = new ArrayList<>();
			List<Float> values = new ArrayList<>();
			for (LeafReaderContext leaf : this.searcher.getIndexReader().leaves()) {
				Terms terms = leaf.reader().terms(term.field());
				TermsEnum termsEnum = (terms != null) ? terms.iterator() : null;
				if (termsEnum == null || !termsEnum.seekExact(term.bytes())) {
					continue;
				}
				PostingsEnum postings = termsEnum.postings(null, PostingsEnum.FREQS);
				NumericDocValues norms = leaf.reader().getNormValues(term.field());
				for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
					// As Lucene's LeafSimScorer reads the norm.
					long norm = (norms == null) ? 1L : norms.advanceExact(doc) ? norms.longValue() : 0L;
					docs.add(leaf.docBase + doc);
					values.add(similarity.score(postings.freq(), norm));
				}
			}
			int[] found = new int[docs.size()];
			float[] scores = new float[docs.size()];
			for (int i = 0; i < found.length; i++) {
				found[i] = docs.get(i);
				scores[i] = values.get(i);
			}
			return new ArticleScores(found, scores);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private CollectionStatistics collection(String field) {
		try {
			return this.searcher.collectionStatistics(field);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
