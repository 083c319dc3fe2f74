package org.talentbridge.bot.conversation;

/**
 * A platform's public announcements channel, configured by staff: a Discord server channel, a
 * Telegram channel with the bot as admin. One post there reaches everyone who follows it, where a
 * direct message to each would be hundreds of messages (and Discord's anti-spam blocks those).
 * Implemented by a channel when one is configured.
 */
public interface AnnouncementChannel {

	Channel channel();

	/** Where posts go, as staff see it: "#announcements", "@talentbridge_news". */
	String name();

	/**
	 * Posts the text once, split only where the platform's length limit needs it.
	 * @throws RuntimeException when the platform refuses or cannot be reached
	 */
	void post(String text);

}
