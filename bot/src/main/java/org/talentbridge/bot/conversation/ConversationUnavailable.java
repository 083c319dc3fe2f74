package org.talentbridge.bot.conversation;

/**
 * The conversation cannot run right now because its store is unreachable. Channels tell the
 * person to try again shortly; nothing they sent was half-handled.
 */
public class ConversationUnavailable extends RuntimeException {

	public ConversationUnavailable(Throwable cause) {
		super("The conversation store is unreachable", cause);
	}

}
