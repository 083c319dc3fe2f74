package org.talentbridge.bot.knowledge;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.talentbridge.bot.conversation.Language;

/**
 * An article as staff edit it: every field as typed, nothing checked yet. The loader's own checks
 * decide whether it is an article ({@link KnowledgeCuration}), so the same mistakes get the same
 * messages as in a file.
 *
 * @param checked and {@code validUntil} as typed (YYYY-MM-DD), so a wrong date is named, not lost
 * @param languages title, answer and example questions per language; English is required
 */
public record ArticleDraft(@Nullable String id, @Nullable String country, @Nullable String counterpart,
		@Nullable String commute, List<String> topics, List<String> sources, @Nullable String checked,
		@Nullable String validUntil, Map<Language, Text> languages) {

	public ArticleDraft {
		topics = (topics == null) ? List.of() : List.copyOf(topics);
		sources = (sources == null) ? List.of() : List.copyOf(sources);
		Map<Language, Text> copy = new EnumMap<>(Language.class);
		if (languages != null) {
			copy.putAll(languages);
		}
		languages = java.util.Collections.unmodifiableMap(copy);
	}

	/** One language: its title, the answer, and the ways people ask. */
	public record Text(@Nullable String title, @Nullable String answer, List<String> questions) {

		public Text {
			questions = (questions == null) ? List.of() : List.copyOf(questions);
		}

	}

	/** The draft of an article as it stands. */
	public static ArticleDraft of(Article article) {
		Map<Language, Text> languages = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			Article.Section section = article.sections().get(language);
			List<String> questions = article.questions().getOrDefault(language, List.of());
			if (section != null || !questions.isEmpty()) {
				languages.put(language, new Text((section != null) ? section.title() : null,
						(section != null) ? section.body() : null, questions));
			}
		}
		return new ArticleDraft(article.id(), article.country(), article.counterpart(), article.commute(), article.topics(),
				article.sources(), article.checked().toString(), article.validUntil().toString(), languages);
	}

	/** The same draft with another example question at the end of a language's list. */
	public ArticleDraft withQuestion(Language language, String question) {
		Map<Language, Text> changed = new EnumMap<>(Language.class);
		changed.putAll(this.languages);
		Text text = changed.getOrDefault(language, new Text(null, null, List.of()));
		List<String> questions = new java.util.ArrayList<>(text.questions());
		questions.add(question);
		changed.put(language, new Text(text.title(), text.answer(), questions));
		return new ArticleDraft(this.id, this.country, this.counterpart, this.commute, this.topics, this.sources, this.checked,
				this.validUntil, changed);
	}

	/** The same draft naming another counterpart (null: none). */
	public ArticleDraft withCounterpart(@Nullable String other) {
		return new ArticleDraft(this.id, this.country, other, this.commute, this.topics, this.sources, this.checked,
				this.validUntil, this.languages);
	}

}
