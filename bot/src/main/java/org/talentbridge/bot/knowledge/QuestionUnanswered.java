package org.talentbridge.bot.knowledge;

import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Language;

/** Published when the bot could not answer a question; staff tools pick it up. */
public record QuestionUnanswered(String userId, Channel channel, String text, Language language) {
}
