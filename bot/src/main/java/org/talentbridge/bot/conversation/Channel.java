package org.talentbridge.bot.conversation;

import java.util.Locale;

/** Where a person talks to the bot. User ids are namespaced by channel: web:abc, telegram:123. */
public enum Channel {

	WEB, TELEGRAM, DISCORD;

	public String prefix() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String userId(String platformId) {
		return prefix() + ":" + platformId;
	}

	/** The channel of a user id such as "telegram:123". */
	public static java.util.Optional<Channel> of(String userId) {
		for (Channel channel : values()) {
			if (userId.startsWith(channel.prefix() + ":")) {
				return java.util.Optional.of(channel);
			}
		}
		return java.util.Optional.empty();
	}

	/** "123" of "telegram:123". */
	public static String platformId(String userId) {
		return userId.substring(userId.indexOf(':') + 1);
	}

}
