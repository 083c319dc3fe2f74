package org.talentbridge.bot.knowledge.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The kept per-word scores rank and score as Lucene's own queries over the same index do. */
class ArticleScoresTests {

	private static final String[][] DOCUMENTS = {
			{ "cpr number registration", "you get a cpr number when you register at the citizen service in copenhagen" },
			{ "personnummer", "the tax agency gives you a personnummer when you register in sweden for a year or more" },
			{ "tax card", "your employer needs your tax card and your cpr number before the first salary" },
			{ "housing", "housing queues in copenhagen and malmo are long so register early" },
			{ "number plates", "" } };

	private IndexSearcher searcher;

	private TermScores scores;

	@BeforeEach
	void index() throws Exception {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
			for (String[] fields : DOCUMENTS) {
				Document document = new Document();
				document.add(new TextField("title", fields[0], Field.Store.NO));
				if (!fields[1].isEmpty()) {
					document.add(new TextField("body", fields[1], Field.Store.NO));
				}
				writer.addDocument(document);
			}
		}
		this.searcher = new IndexSearcher(DirectoryReader.open(directory));
		this.scores = new TermScores(this.searcher);
	}

	@Test
	void aTermScoresAsATermQuery() throws Exception {
		assertSameAsLucene(new TermQuery(new Term("body", "cpr")), this.scores.of(new Term("body", "cpr")));
		assertSameAsLucene(new BoostQuery(new TermQuery(new Term("title", "number")), 2f),
				this.scores.of(new Term("title", "number")).boosted(2f));
	}

	@Test
	void theBestReadingOfAWordScoresAsADisjunctionMaxQuery() throws Exception {
		Query lucene = new DisjunctionMaxQuery(List.of(new BoostQuery(new TermQuery(new Term("title", "number")), 2f),
				new BoostQuery(new TermQuery(new Term("body", "number")), 0.7f),
				new BoostQuery(new TermQuery(new Term("body", "register")), 0.8f)), 0.1f);
		ArticleScores ours = ArticleScores.best(List.of(this.scores.of(new Term("title", "number")).boosted(2f),
				this.scores.of(new Term("body", "number")).boosted(0.7f),
				this.scores.of(new Term("body", "register")).boosted(0.8f)), 0.1f, DOCUMENTS.length);
		assertSameAsLucene(lucene, ours);
	}

	@Test
	void aTermNoDocumentHasScoresNothing() {
		assertThat(this.scores.of(new Term("body", "weather")).isEmpty()).isTrue();
		assertThat(this.scores.of(new Term("nofield", "cpr")).isEmpty()).isTrue();
	}

	@Test
	void theWordsOfAQuestionAddUpAsABooleanQueryOfOptionalClauses() throws Exception {
		BooleanQuery.Builder lucene = new BooleanQuery.Builder();
		List<ArticleScores> words = new ArrayList<>();
		for (String word : List.of("cpr", "tax", "copenhagen")) {
			lucene.add(new DisjunctionMaxQuery(List.of(new BoostQuery(new TermQuery(new Term("title", word)), 2f),
					new TermQuery(new Term("body", word))), 0.1f), BooleanClause.Occur.SHOULD);
			words.add(ArticleScores.best(List.of(this.scores.of(new Term("title", word)).boosted(2f),
					this.scores.of(new Term("body", word))), 0.1f, DOCUMENTS.length));
		}
		double[] sums = new double[DOCUMENTS.length];
		words.forEach(word -> word.addTo(sums));
		TopDocs top = this.searcher.search(lucene.build(), DOCUMENTS.length);
		assertThat(top.scoreDocs).isNotEmpty();
		int matched = 0;
		for (double sum : sums) {
			matched += (sum > 0) ? 1 : 0;
		}
		assertThat(matched).isEqualTo(top.scoreDocs.length);
		for (ScoreDoc hit : top.scoreDocs) {
			assertThat(sums[hit.doc]).isCloseTo(hit.score, within(1e-5));
		}
	}

	private void assertSameAsLucene(Query query, ArticleScores ours) throws Exception {
		TopDocs top = this.searcher.search(query, DOCUMENTS.length);
		assertThat(top.scoreDocs).isNotEmpty();
		assertThat(ours.docs()).hasSize(top.scoreDocs.length);
		double[] sums = new double[DOCUMENTS.length];
		ours.addTo(sums);
		for (ScoreDoc hit : top.scoreDocs) {
			assertThat(sums[hit.doc]).isCloseTo(hit.score, within(1e-5));
		}
	}

}
