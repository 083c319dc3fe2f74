package org.talentbridge.bot.conversation;

/**
 * Thrown by an {@link Outbox} when the platform refused the message for good (Telegram's 400
 * "chat not found", Discord's missing permission): nothing arrived, and sending it again would be
 * refused again.
 */
public class DeliveryRefused extends RuntimeException {

	public DeliveryRefused(String message) {
		super(message, null, false, false);
	}

}
