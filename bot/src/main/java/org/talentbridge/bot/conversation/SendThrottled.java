package org.talentbridge.bot.conversation;

/**
 * Thrown by an {@link Outbox} when the platform asks the bot to slow down before it messages more
 * people, as Discord does with error 40003 ("You are opening direct messages too fast"): nothing
 * was sent, and the same message may go out after a pause.
 */
public class SendThrottled extends RuntimeException {

	public SendThrottled(String message) {
		super(message, null, false, false);
	}

}
