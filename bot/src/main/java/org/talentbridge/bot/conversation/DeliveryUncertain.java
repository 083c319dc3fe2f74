package org.talentbridge.bot.conversation;

/**
 * Thrown by an {@link Outbox} when the message may have reached the platform: the request went out
 * and no answer came in time (a read timeout, a connection dropped mid-answer), or part of a
 * message in several pieces went. Sending it again could give the person the same message twice,
 * so it is not sent again.
 */
public class DeliveryUncertain extends RuntimeException {

	public DeliveryUncertain(String message, Throwable cause) {
		super(message, cause, false, false);
	}

}
