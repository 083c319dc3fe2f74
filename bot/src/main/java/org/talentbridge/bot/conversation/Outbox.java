package org.talentbridge.bot.conversation;

/**
 * Implemented by each channel that can reach a person without being asked: the bot's own messages
 * such as reminders and "a seat is free for you" go out through it.
 */
public interface Outbox {

	Channel channel();

	/**
	 * Sends the replies to the person's private chat.
	 * @param platformId the person's id on the platform ("123" of "telegram:123")
	 * @throws RecipientBlocked when the person blocked the bot
	 * @throws SendThrottled when the platform asks to slow down before messaging more people
	 * @throws DeliveryRefused when the platform refused this message for good
	 * @throws DeliveryUncertain when the message may have arrived (no answer in time); not to be sent again
	 * @throws RuntimeException when the platform refused the message or could not be reached: it did not arrive
	 */
	void deliver(String platformId, Response response);

	/** A link that opens a chat with the bot and sends "/start &lt;payload&gt;", where the platform has one. */
	default java.util.Optional<String> deepLink(String payload) {
		return java.util.Optional.empty();
	}

}
