package org.talentbridge.bot.knowledge.internal;

import java.io.IOException;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TermScoresTests {

	@Test
	void keepsTheIndexsTermsAndNotTheWordsPeopleMakeUp() throws IOException {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
			Document document = new Document();
			document.add(new TextField("body", "personnummer from the tax agency", Field.Store.NO));
			writer.addDocument(document);
		}
		TermScores scores = new TermScores(new IndexSearcher(DirectoryReader.open(directory)));

		for (int i = 0; i < 1_000; i++) {
			assertThat(scores.of(new Term("body", "made-up-" + i))).isSameAs(ArticleScores.NONE);
		}
		ArticleScores known = scores.of(new Term("body", "personnummer"));

		assertThat(known).isNotSameAs(ArticleScores.NONE);
		assertThat(scores.of(new Term("body", "personnummer"))).isSameAs(known);
		assertThat(scores.kept()).isEqualTo(1);
	}

}
