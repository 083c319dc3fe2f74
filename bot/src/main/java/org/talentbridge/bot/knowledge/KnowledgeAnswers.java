package org.talentbridge.bot.knowledge;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.ConversationContext;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.knowledge.internal.FollowUpWords;

/**
 * Finds the article that answers a message, taking what the conversation was about into account:
 * a complete question is answered on its own; one that continues the last answer ("what about in
 * Sweden?", "is it free?", "og omvendt?") is answered with the counterpart on the other side, or
 * the article the last topic and the new words find together.
 */
@Component
class KnowledgeAnswers {

	private final KnowledgeBase knowledgeBase;

	KnowledgeAnswers(KnowledgeBase knowledgeBase) {
		this.knowledgeBase = knowledgeBase;
	}

	/**
	 * @param article the answer, if any
	 * @param search the message searched on its own, for suggestions and related topics
	 */
	record Found(Optional<Article> article, SearchResult search) {
	}

	Found find(String question, Language language, ConversationContext context) {
		return find(question, language, context, true);
	}

	/**
	 * @param details whether a message that merely refers back ("that helps, thanks") may continue the
	 * last topic; without, only another country or the other way round does
	 */
	Found find(String question, Language language, ConversationContext context, boolean details) {
		SearchResult alone = this.knowledgeBase.search(question, language);
		ConversationContext.Topic topic = context.topic();
		Optional<Article> last = (topic != null) ? this.knowledgeBase.find(topic.articleId()) : Optional.empty();
		Optional<Article> followed = last.flatMap(article -> followUp(article, question, language, alone, details));
		if (followed.isPresent()) {
			return new Found(followed, alone);
		}
		return new Found(alone.answer().map(Match::article), alone);
	}

	/**
	 * The answer to a message that continues the last one: the counterpart when another country is
	 * named or the other way round is asked for; for a detail ("is it free?", "what do I need to
	 * bring?") the article the last topic and the new words find together, else the last one; for a
	 * new aspect ("and if I drive instead?") the article the new words find on their own. Empty when
	 * the message is a complete question of its own, or asks for a country the knowledge base has
	 * nothing on for that topic.
	 */
	private Optional<Article> followUp(Article last, String question, Language language, SearchResult alone,
			boolean details) {
		FollowUpWords words = FollowUpWords.INSTANCE;
		FollowUpWords.Kind kind = words.of(question);
		if (kind == FollowUpWords.Kind.NONE) {
			// A short question in words the articles use, with no answer of its own: a detail of the last topic.
			if (alone.answered() || !words.isShort(question) || !alone.allWordsKnown() || !words.asks(question)) {
				return Optional.empty();
			}
			kind = FollowUpWords.Kind.DETAIL;
		}
		Optional<Article> counterpart = Optional.ofNullable(last.counterpart()).flatMap(this.knowledgeBase::find);
		if (kind == FollowUpWords.Kind.OTHER_WAY && counterpart.isPresent()) {
			return counterpart;
		}
		Set<String> named = this.knowledgeBase.countriesNamed(question);
		boolean elsewhere = named.size() == 1 && !named.contains(last.country());
		if (elsewhere && counterpart.isPresent() && named.contains(counterpart.get().country())) {
			return counterpart;
		}
		if (!details && !elsewhere) {
			return Optional.empty();
		}
		SearchResult together = this.knowledgeBase.search(title(last, language) + " " + question, language);
		if (elsewhere) {
			// The same topic in a country the last answer was not about: only an article of that place will do.
			return together.answer()
				.map(Match::article)
				.filter(a -> named.contains(a.country()) || "cross-border".equals(a.country()));
		}
		if (kind == FollowUpWords.Kind.ASPECT && alone.answered()) {
			return alone.answer().map(Match::article);
		}
		// A detail asks about what was just answered: the last article keeps it while the words together
		// still find it among the best two; only a clearly better neighbour takes over.
		boolean lastStillFits = together.matches()
			.stream()
			.limit(2)
			.anyMatch(match -> match.article().id().equals(last.id()));
		return Optional.of(lastStillFits ? last : together.answer().map(Match::article).orElse(last));
	}

	private static String title(Article article, Language language) {
		return article.section(language).or(() -> article.section(Language.EN)).orElseThrow().title();
	}

}
