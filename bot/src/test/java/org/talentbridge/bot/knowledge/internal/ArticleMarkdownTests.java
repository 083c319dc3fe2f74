package org.talentbridge.bot.knowledge.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.knowledge.Article;
import org.talentbridge.bot.knowledge.ArticleDraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Articles written back as files read as the same articles, and a draft is checked as a file is. */
class ArticleMarkdownTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	@Test
	void everyArticleWrittenBackReadsTheSame() throws Exception {
		try (Stream<Path> files = Files.list(Path.of("../knowledge-base/articles"))) {
			List<Path> all = files.filter(f -> f.toString().endsWith(".md")).toList();
			assertThat(all).hasSizeGreaterThan(50);
			for (Path file : all) {
				String name = "articles/" + file.getFileName();
				Article read = ArticleMarkdown.parse(name, Files.readString(file), TODAY);
				Article again = ArticleMarkdown.parse(name, ArticleMarkdown.write(read), TODAY);
				assertThat(ArticleDraft.of(again)).as(name).isEqualTo(ArticleDraft.of(read));
			}
		}
	}

	@Test
	void awkwardTextIsQuotedSoItReadsBackAsTyped() {
		List<String> questions = List.of("no", "yes", "2027?", "what: now", "say \"hi\" # here", "- dash first", "[brackets]",
				"¿qué?", "back\\slash", "on");
		ArticleDraft draft = new ArticleDraft("dk-awkward", "DK", null, null, List.of("a, b", "plain"), List.of("https://example.org/a#b"),
				"2026-11-01", "2027-10-01", Map.of(Language.EN, new ArticleDraft.Text("A title: with colon", "Body.", questions)));
		Article article = ArticleMarkdown.parse("articles/dk-awkward.md", ArticleMarkdown.write(draft), TODAY);
		assertThat(article.questions().get(Language.EN)).isEqualTo(questions);
		assertThat(article.topics()).containsExactly("a, b", "plain");
		assertThat(article.sources()).containsExactly("https://example.org/a#b");
		assertThat(article.section(Language.EN).orElseThrow().title()).isEqualTo("A title: with colon");
	}

	@Test
	void aDraftIsRefusedWithTheFieldNamedAsInAFile() {
		ArticleDraft draft = new ArticleDraft("dk-x", "DK", null, null, List.of("x"), List.of("https://example.org"), "2026-11-01",
				"2027-10-01", Map.of(Language.EN, new ArticleDraft.Text("Title", "Body.", List.of())));
		assertThatThrownBy(() -> ArticleMarkdown.parse("articles/dk-x.md", ArticleMarkdown.write(draft), TODAY))
			.hasMessage("Knowledge base: articles/dk-x.md: field 'questions' must map languages (en, sv, da) to lists of questions");
		ArticleDraft noTopics = new ArticleDraft("dk-x", "DK", null, null, List.of(), List.of("https://example.org"), "2026-11-01",
				"2027-10-01", Map.of(Language.EN, new ArticleDraft.Text("Title", "Body.", List.of("q"))));
		assertThatThrownBy(() -> ArticleMarkdown.parse("articles/dk-x.md", ArticleMarkdown.write(noTopics), TODAY))
			.hasMessage("Knowledge base: articles/dk-x.md: field 'topics' is missing");
	}

}
