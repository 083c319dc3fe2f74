package org.talentbridge.bot.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import org.talentbridge.bot.conversation.IntentTraining;
import org.talentbridge.bot.conversation.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real knowledge base in knowledge-base/: its content rules and how search treats it. */
class KnowledgeBaseTests {

	static final Clock CLOCK = Clock.systemUTC();

	static final KnowledgeBase knowledgeBase = create("");

	static KnowledgeBase create(String path) {
		return new KnowledgeBase(new KnowledgeProperties(path, 3, 3), CLOCK,
				new StaticListableBeanFactory().getBeanProvider(IntentTraining.class));
	}

	@Test
	void coversEveryTopicWithAtLeast45ArticlesInThreeLanguages() {
		List<Article> articles = knowledgeBase.articles();
		assertThat(articles).hasSizeGreaterThanOrEqualTo(45);
		assertThat(articles).extracting(Article::country).contains("DK", "SE", "cross-border", "region");
		for (Article article : articles) {
			for (Language language : Language.values()) {
				assertThat(article.section(language)).as(article.id() + " in " + language).isPresent();
				assertThat(article.questions().get(language)).as(article.id() + " questions in " + language)
					.isNotEmpty();
			}
			assertThat(article.sources()).allSatisfy(url -> assertThat(url).startsWith("https://"));
			assertThat(article.checked()).isAfter(LocalDate.of(2026, 1, 1));
		}
	}

	@Test
	void answersAreShort() {
		for (Article article : knowledgeBase.articles()) {
			article.sections().forEach((language, section) -> assertThat(section.body().split("\\s+").length)
				.as(article.id() + " " + language + " word count")
				.isBetween(30, 200));
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"How do I get a CPR number?                       | dk-cpr-registration",
			"cpr nr                                           | dk-cpr-registration",
			"personumer                                       | se-personnummer",
			"Hur får jag personnumret?                        | se-personnummer",
			"hur får man ett personnummer                     | se-personnummer",
			"sundhedskortet er ikke kommet                     | dk-health-card-and-doctor",
			"skattekort                                       | dk-tax-card",
			"bostadskö malmö                                   | se-housing-queues",
			"etablerings kort                                 | dk-establishment-card" })
	void findsTheArticleDespiteFormsAndTypos(String question, String expected) {
		SearchResult result = knowledgeBase.search(question, Language.EN);
		assertThat(result.answer()).as(question).hasValueSatisfying(m -> assertThat(m.article().id()).isEqualTo(expected));
	}

	/** Two small words are not joined into another word: "to get" is not "toget" (the train), "I'd" no ID. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "I want to get a tax card in Denmark | dk-tax-card",
			"I'd like to get a tax card | dk-tax-card" })
	void joinsOnlyWordsOfMeaning(String question, String expected) {
		SearchResult result = knowledgeBase.search(question, Language.EN);
		assertThat(result.matches()).as(question).isNotEmpty();
		assertThat(result.matches().get(0).article().id()).as(question).isEqualTo(expected);
		assertThat(result.matches().stream().map(m -> m.article().id()).limit(3)).as(question)
			.doesNotContain("xb-commuting-train", "se-id-card");
	}

	@Test
	void malmoIsMalmoInEverySpelling() {
		List<String> ids = knowledgeBase.search("live in Malmö work in Copenhagen tax", Language.EN)
			.matches()
			.stream()
			.map(m -> m.article().id())
			.toList();
		for (String spelling : List.of("Malmø", "malmo", "MALMÖ")) {
			assertThat(knowledgeBase.search("live in " + spelling + " work in Copenhagen tax", Language.EN)
				.matches()
				.stream()
				.map(m -> m.article().id())
				.toList()).as(spelling).isEqualTo(ids);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "what is the weather in malmö tomorrow", "best pizza in copenhagen", "asdf qwerty zxcv",
			"who won the football match", "recept på köttbullar", "hvem er statsminister" })
	void doesNotAnswerWhatItDoesNotKnow(String question) {
		assertThat(knowledgeBase.search(question, Language.EN).answered()).as(question).isFalse();
	}

	@Test
	void emptyAndPunctuationOnlyQuestionsFindNothing() {
		assertThat(knowledgeBase.search("", Language.EN).matches()).isEmpty();
		assertThat(knowledgeBase.search("?!? ...", Language.EN).matches()).isEmpty();
	}

	@Test
	void reloadAppliesChangedFilesAndKeepsTheOldOnesOnError(@TempDir Path folder) throws IOException {
		Path articles = Files.createDirectories(folder.resolve("articles"));
		TestKnowledgeBases.copyAlone("dk-mitid", articles);
		KnowledgeBase small = create(folder.toString());
		assertThat(small.articles()).hasSize(1);

		TestKnowledgeBases.copyAlone("se-bankid", articles);
		assertThat(small.reload()).isEqualTo(2);
		assertThat(small.find("se-bankid")).isPresent();

		Files.writeString(articles.resolve("broken.md"), "no front matter");
		assertThatThrownBy(small::reload).hasMessageContaining("articles/broken.md");
		assertThat(small.articles()).hasSize(2);
	}

	@Test
	void aMissingFolderIsNamed(@TempDir Path folder) {
		assertThatThrownBy(() -> create(folder.resolve("nowhere").toString())).hasMessageContaining("nowhere")
			.hasMessageContaining("KNOWLEDGE_BASE_DIR");
	}

	/**
	 * "Checked in the future" means after the real date: an application clock set back (as tests
	 * do) does not turn an article checked today into a typo, while a date after today still is one.
	 */
	@Test
	void aCheckedDateIsInTheFutureOnlyAfterTheRealDate(@TempDir Path folder) throws IOException {
		Clock past = Clock.fixed(LocalDate.of(2026, 1, 2).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
		var training = new StaticListableBeanFactory().getBeanProvider(IntentTraining.class);
		assertThat(new KnowledgeBase(new KnowledgeProperties("", 3, 3), past, training).articles()).isNotEmpty();
		Path articles = Files.createDirectories(folder.resolve("articles"));
		TestKnowledgeBases.copyOutOfScope(folder);
		TestKnowledgeBases.copyAlone("dk-mitid", articles);
		LocalDate ahead = LocalDate.now(Clock.systemUTC()).plusDays(2);
		String text = Files.readString(articles.resolve("dk-mitid.md"));
		Files.writeString(articles.resolve("dk-mitid.md"), text.replaceFirst("(?m)^checked: .*$", "checked: " + ahead)
			.replaceFirst("(?m)^valid-until: .*$", "valid-until: " + ahead.plusMonths(6)));
		assertThatThrownBy(() -> new KnowledgeBase(new KnowledgeProperties(folder.toString(), 3, 3), past, training))
			.hasMessageContaining("field 'checked' is in the future");
	}

	/** The console dates a new article "today" in Copenhagen; after midnight there, UTC is still on yesterday. */
	@Test
	void theDayArticlesAreCheckedAgainstIsCopenhagens() {
		LocalDate later = LocalDate.now(Clock.systemUTC()).plusDays(10);
		Clock lateEvening = Clock.fixed(later.atTime(23, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
		var training = new StaticListableBeanFactory().getBeanProvider(IntentTraining.class);
		assertThat(new KnowledgeBase(new KnowledgeProperties("", 3, 3), lateEvening, training).today())
			.isEqualTo(later.plusDays(1));
	}

	@Test
	void dueForReviewListsTheArticlesWhoseReviewDateComesByTheDaySoonestFirst() {
		LocalDate latest = knowledgeBase.articles().stream().map(Article::validUntil).max(LocalDate::compareTo).orElseThrow();
		LocalDate earliest = knowledgeBase.articles().stream().map(Article::validUntil).min(LocalDate::compareTo).orElseThrow();
		assertThat(knowledgeBase.dueForReview(earliest.minusDays(1))).isEmpty();
		assertThat(knowledgeBase.dueForReview(earliest)).isNotEmpty().allMatch(a -> a.validUntil().equals(earliest));
		List<Article> all = knowledgeBase.dueForReview(latest);
		assertThat(all).hasSameSizeAs(knowledgeBase.articles());
		assertThat(all).extracting(Article::validUntil).isSorted();
	}

}
