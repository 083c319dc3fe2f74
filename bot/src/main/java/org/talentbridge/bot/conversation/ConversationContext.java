package org.talentbridge.bot.conversation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What the conversation with one person is about right now, kept in Redis by the conversation
 * (so it holds across instances and restarts) and handed to features with every {@link Turn}.
 * Forgotten after {@link #FOR_MINUTES} minutes of silence.
 *
 * @param topic the article the bot answered last, if any
 */
public record ConversationContext(@Nullable Topic topic) {

	public static final int FOR_MINUTES = 30;

	public static final ConversationContext EMPTY = new ConversationContext(null);

	/**
	 * @param articleId the article of the last answer
	 * @param question the message it answered (empty when it came from a button)
	 * @param at when
	 */
	public record Topic(String articleId, String question, Instant at) {
	}

}
