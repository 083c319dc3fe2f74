package org.talentbridge.bot.conversation;

/** Thrown by an {@link Outbox} when the platform says the person blocked the bot (Telegram's 403). */
public class RecipientBlocked extends RuntimeException {

	public RecipientBlocked(String message) {
		super(message, null, false, false);
	}

}
