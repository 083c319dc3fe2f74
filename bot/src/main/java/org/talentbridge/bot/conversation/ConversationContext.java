package org.talentbridge.bot.conversation;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the conversation with one person is about right now, kept in Redis by the conversation
 * (so it holds across instances and restarts) and handed to features with every {@link Turn}.
 * Forgotten after {@link #FOR_MINUTES} minutes of silence.
 *
 * @param topic the article the bot answered last, if any
 * @param form the form the person is filling in, if any
 */
public record ConversationContext(@Nullable Topic topic, @Nullable OpenForm form) {

	public static final int FOR_MINUTES = 30;

	public static final ConversationContext EMPTY = new ConversationContext(null, null);

	public ConversationContext(@Nullable Topic topic) {
		this(topic, null);
	}

	/**
	 * @param articleId the article of the last answer
	 * @param question the message it answered (empty when it came from a button)
	 * @param at when
	 */
	public record Topic(String articleId, String question, Instant at) {
	}

	/**
	 * A {@link Form} being filled in.
	 *
	 * @param formId the form's id
	 * @param step the field asked now, or {@link Form#CONSENT}
	 * @param values the answers so far and the values the feature started it with
	 * @param until when it is forgotten unless the person writes again
	 */
	public record OpenForm(String formId, String step, Map<String, String> values, Instant until) {

		public OpenForm {
			values = Map.copyOf(values);
		}

	}

}
