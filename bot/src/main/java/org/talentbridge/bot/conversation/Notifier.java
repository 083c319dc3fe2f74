package org.talentbridge.bot.conversation;

/** Sends the bot's own messages to people, each in the channel they talk to the bot in. */
public interface Notifier {

	/**
	 * @return whether the message went out; false when the person's channel is off or refused it
	 * (the reason is logged, never the person's data)
	 */
	boolean send(String userId, Response response);

}
