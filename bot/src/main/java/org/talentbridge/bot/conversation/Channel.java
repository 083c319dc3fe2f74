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

}
