package org.talentbridge.bot.knowledge;

import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.ConversationContext;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.TopicProbe;

/** Asked before a message that names a topic, or follows up on one, is taken for small talk. */
@Component
class KnowledgeTopicProbe implements TopicProbe {

	private final KnowledgeAnswers answers;

	KnowledgeTopicProbe(KnowledgeAnswers answers) {
		this.answers = answers;
	}

	@Override
	public boolean answers(String text, Language language, ConversationContext context) {
		// Small talk that refers back ("that helps, thanks") stays small talk; another country does not.
		return this.answers.find(text, language, context, false).article().isPresent();
	}

}
