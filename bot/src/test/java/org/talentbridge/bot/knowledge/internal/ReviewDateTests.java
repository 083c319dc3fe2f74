package org.talentbridge.bot.knowledge.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.talentbridge.bot.knowledge.Article;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stale articles cannot ship unnoticed: this fails on the first day after an article's
 * valid-until, on the real date, until a person re-reads its sources and moves both dates on.
 */
class ReviewDateTests {

	@Test
	void noArticleIsPastItsReviewDate() {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
		List<Article> articles = KnowledgeSource.resolve("../knowledge-base").load(today).articles();
		assertThat(articles).isNotEmpty();
		assertThat(articles.stream().filter(a -> a.overdueOn(today)).map(a -> a.file() + " (valid-until " + a.validUntil() + ")"))
			.as("articles to re-check against their sources, then set 'checked' to that day and 'valid-until' at most a year on")
			.isEmpty();
	}

}
