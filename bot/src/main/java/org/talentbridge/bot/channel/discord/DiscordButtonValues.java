package org.talentbridge.bot.channel.discord;

import redis.clients.jedis.JedisPooled;

import org.talentbridge.bot.channel.internal.ButtonValues;

/** Discord allows 100 characters of custom_id per button; longer values go behind a short key. */
class DiscordButtonValues extends ButtonValues {

	static final String PREFIX = ButtonValues.PREFIX;

	/** Discord's limit for a component's custom_id. */
	static final int MAX_ID_LENGTH = 100;

	DiscordButtonValues(JedisPooled redis) {
		super(redis, "discord");
	}

	@Override
	protected boolean fits(String value) {
		return !value.isEmpty() && value.length() <= MAX_ID_LENGTH;
	}

	/** The custom_id for a value. */
	String customId(String value) {
		return encode(value);
	}

}
