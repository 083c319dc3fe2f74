package org.talentbridge.bot.channel.discord;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.SetParams;

import org.talentbridge.bot.store.Keys;

/**
 * Discord allows 100 characters of custom_id per button. Longer values are kept in Redis under a
 * short key, which is what the button carries.
 */
class DiscordButtonValues {

	static final String PREFIX = "b:";

	/** Discord's limit for a component's custom_id. */
	static final int MAX_ID_LENGTH = 100;

	private static final long KEEP_SECONDS = 30L * 24 * 3600;

	private final JedisPooled redis;

	DiscordButtonValues(JedisPooled redis) {
		this.redis = redis;
	}

	/** The custom_id for a value: the value itself if it fits, else a short key. */
	String customId(String value) {
		if (!value.isEmpty() && value.length() <= MAX_ID_LENGTH && !value.startsWith(PREFIX)) {
			return value;
		}
		String key = PREFIX + digest(value);
		this.redis.set(redisKey(key), value, SetParams.setParams().ex(KEEP_SECONDS));
		return key;
	}

	/** The value behind a custom_id; empty when a short key has expired. */
	Optional<String> value(String customId) {
		if (!customId.startsWith(PREFIX)) {
			return Optional.of(customId);
		}
		return Optional.ofNullable(this.redis.get(redisKey(customId)));
	}

	private static String redisKey(String key) {
		return Keys.of("channel", "discord", "button", key.substring(PREFIX.length()));
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
