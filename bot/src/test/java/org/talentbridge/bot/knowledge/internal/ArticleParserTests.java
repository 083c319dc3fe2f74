package org.talentbridge.bot.knowledge.internal;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.knowledge.Article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleParserTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static final String VALID = """
			---
			id: dk-example
			country: DK
			topics: [cpr, registration]
			sources:
			  - https://lifeindenmark.borger.dk/
			checked: 2026-11-20
			valid-until: 2027-06-30
			questions:
			  en:
			    - How do I register?
			  da:
			    - Hvordan registrerer jeg mig?
			---
			## en: Registering
			Go to Borgerservice.

			Bring your passport.

			## da: Registrering
			Gå til Borgerservice.
			""";

	static Article parse(String content) {
		return ArticleParser.parse("articles/dk-example.md", content, TODAY);
	}

	static String with(String from, String to) {
		assertThat(VALID).contains(from);
		return VALID.replace(from, to);
	}

	@Test
	void readsAllFields() {
		Article article = parse(VALID);
		assertThat(article.id()).isEqualTo("dk-example");
		assertThat(article.country()).isEqualTo("DK");
		assertThat(article.topics()).containsExactly("cpr", "registration");
		assertThat(article.checked()).isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(article.validUntil()).isEqualTo(LocalDate.of(2027, 6, 30));
		assertThat(article.overdueOn(LocalDate.of(2027, 6, 30))).isFalse();
		assertThat(article.overdueOn(LocalDate.of(2027, 7, 1))).isTrue();
		assertThat(article.questions().get(Language.DA)).containsExactly("Hvordan registrerer jeg mig?");
		assertThat(article.section(Language.EN)).hasValueSatisfying(s -> {
			assertThat(s.title()).isEqualTo("Registering");
			assertThat(s.body()).isEqualTo("Go to Borgerservice.\n\nBring your passport.");
		});
		assertThat(article.section(Language.SV)).isEmpty();
	}

	@Test
	void acceptsWindowsLineEndingsAndAByteOrderMark() {
		assertThat(parse("\uFEFF" + VALID.replace("\n", "\r\n")).id()).isEqualTo("dk-example");
	}

	@Nested
	class Rejects {

		@Test
		void missingFrontMatter() {
			assertThatThrownBy(() -> parse("## en: Title\ntext")).hasMessageContaining("articles/dk-example.md")
				.hasMessageContaining("front matter");
		}

		@Test
		void unclosedFrontMatter() {
			assertThatThrownBy(() -> parse("---\nid: dk-example\n")).hasMessageContaining("not closed");
		}

		@Test
		void invalidYaml() {
			assertThatThrownBy(() -> parse(with("topics: [cpr, registration]", "topics: [cpr, registration")))
				.hasMessageContaining("not valid YAML");
		}

		@Test
		void missingId() {
			assertThatThrownBy(() -> parse(with("id: dk-example\n", ""))).hasMessageContaining("field 'id' is missing");
		}

		@Test
		void idNotMatchingFileName() {
			assertThatThrownBy(() -> parse(with("id: dk-example", "id: dk-other")))
				.hasMessageContaining("field 'id'")
				.hasMessageContaining("dk-example.md");
		}

		@Test
		void badIdCharacters() {
			assertThatThrownBy(() -> parse(with("id: dk-example", "id: DK_Example"))).hasMessageContaining("field 'id'");
		}

		@Test
		void unknownCountry() {
			assertThatThrownBy(() -> parse(with("country: DK", "country: Denmark")))
				.hasMessageContaining("field 'country'")
				.hasMessageContaining("Denmark");
		}

		@Test
		void unknownField() {
			assertThatThrownBy(() -> parse(with("country: DK", "country: DK\nsource: https://x.dk")))
				.hasMessageContaining("unknown field 'source'");
		}

		@Test
		void nonHttpsSource() {
			assertThatThrownBy(() -> parse(with("https://lifeindenmark.borger.dk/", "http://example.com")))
				.hasMessageContaining("field 'sources'");
		}

		@Test
		void emptySources() {
			assertThatThrownBy(() -> parse(with("sources:\n  - https://lifeindenmark.borger.dk/", "sources: []")))
				.hasMessageContaining("field 'sources' must be a non-empty list");
		}

		@Test
		void futureCheckedDate() {
			assertThatThrownBy(() -> parse(with("checked: 2026-11-20", "checked: 2027-01-01")))
				.hasMessageContaining("field 'checked' is in the future");
		}

		@Test
		void malformedCheckedDate() {
			assertThatThrownBy(() -> parse(with("checked: 2026-11-20", "checked: last week")))
				.hasMessageContaining("field 'checked' must be a date");
		}

		@Test
		void missingReviewDate() {
			assertThatThrownBy(() -> parse(with("valid-until: 2027-06-30\n", "")))
				.hasMessageContaining("field 'valid-until' is missing");
		}

		@Test
		void malformedReviewDate() {
			assertThatThrownBy(() -> parse(with("valid-until: 2027-06-30", "valid-until: next summer")))
				.hasMessageContaining("field 'valid-until' must be a date");
		}

		@Test
		void aReviewDateBeforeTheCheckOrMoreThanAYearAfterIt() {
			assertThatThrownBy(() -> parse(with("valid-until: 2027-06-30", "valid-until: 2026-11-20")))
				.hasMessageContaining("field 'valid-until' must be after 'checked' and at most a year later");
			assertThatThrownBy(() -> parse(with("valid-until: 2027-06-30", "valid-until: 2027-11-21")))
				.hasMessageContaining("at most a year later");
			assertThat(parse(with("valid-until: 2027-06-30", "valid-until: 2027-11-20")).validUntil())
				.isEqualTo(LocalDate.of(2027, 11, 20));
		}

		@Test
		void missingEnglishQuestions() {
			assertThatThrownBy(() -> parse(with("  en:\n    - How do I register?\n", "")))
				.hasMessageContaining("questions.en");
		}

		@Test
		void unknownQuestionLanguage() {
			assertThatThrownBy(() -> parse(with("  da:", "  de:"))).hasMessageContaining("unknown language 'de'");
		}

		@Test
		void missingEnglishSection() {
			assertThatThrownBy(() -> parse(with("## en: Registering", "## sv: Registrering")))
				.hasMessageContaining("English section");
		}

		@Test
		void duplicateSection() {
			assertThatThrownBy(() -> parse(with("## da: Registrering", "## en: Registrering")))
				.hasMessageContaining("appears twice");
		}

		@Test
		void emptySection() {
			assertThatThrownBy(() -> parse(with("Gå til Borgerservice.", ""))).hasMessageContaining("'## da:' has no text");
		}

		@Test
		void textBeforeTheFirstSection() {
			assertThatThrownBy(() -> parse(with("## en: Registering", "Stray text\n## en: Registering")))
				.hasMessageContaining("text before the first");
		}

	}

}
