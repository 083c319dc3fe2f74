package org.talentbridge.bot.channel.telegram;

import java.nio.charset.StandardCharsets;

import redis.clients.jedis.JedisPooled;

import org.talentbridge.bot.channel.internal.ButtonValues;

/** Telegram allows 64 bytes of callback data per button; longer values go behind a short key. */
class RedisButtonValues extends ButtonValues {

	static final String PREFIX = ButtonValues.PREFIX;

	RedisButtonValues(JedisPooled redis) {
		super(redis, "telegram");
	}

	@Override
	protected boolean fits(String value) {
		return value.getBytes(StandardCharsets.UTF_8).length <= TelegramAdapter.MAX_CALLBACK_BYTES;
	}

	/** The callback data for a value. */
	String callbackData(String value) {
		return encode(value);
	}

}
