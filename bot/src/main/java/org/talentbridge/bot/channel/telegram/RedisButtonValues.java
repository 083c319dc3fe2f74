package org.talentbridge.bot.channel.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.SetParams;

import org.talentbridge.bot.store.Keys;

/**
 * Telegram allows 64 bytes of callback data per button. Longer values (a whole example question)
 * are kept in Redis under a short key, which is what the button carries.
 */
class RedisButtonValues {

	static final String PREFIX = "b:";

	private static final long KEEP_SECONDS = 30L * 24 * 3600;

	private final JedisPooled redis;

	RedisButtonValues(JedisPooled redis) {
		this.redis = redis;
	}

	/** The callback data for a value: the value itself if it fits, else a short key. */
	String callbackData(String value) {
		if (value.getBytes(StandardCharsets.UTF_8).length <= TelegramAdapter.MAX_CALLBACK_BYTES
				&& !value.startsWith(PREFIX)) {
			return value;
		}
		String key = PREFIX + digest(value);
		this.redis.set(redisKey(key), value, SetParams.setParams().ex(KEEP_SECONDS));
		return key;
	}

	/** The value behind callback data; empty when a short key has expired. */
	Optional<String> value(String callbackData) {
		if (!callbackData.startsWith(PREFIX)) {
			return Optional.of(callbackData);
		}
		return Optional.ofNullable(this.redis.get(redisKey(callbackData)));
	}

	private static String redisKey(String key) {
		return Keys.of("channel", "telegram", "button", key.substring(PREFIX.length()));
	}

	private static String digest(String value) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
