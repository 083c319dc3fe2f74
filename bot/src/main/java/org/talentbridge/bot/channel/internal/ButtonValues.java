package org.talentbridge.bot.channel.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.SetParams;

import org.talentbridge.bot.store.Keys;

/**
 * Platforms limit what a button can carry (Telegram 64 bytes, Discord 100 characters). A value
 * that does not fit (a whole example question) is kept in Redis for 30 days under a short key,
 * which is what the button carries instead.
 */
public abstract class ButtonValues {

	public static final String PREFIX = "b:";

	private static final long KEEP_SECONDS = 30L * 24 * 3600;

	private final JedisPooled redis;

	private final String platform;

	protected ButtonValues(JedisPooled redis, String platform) {
		this.redis = redis;
		this.platform = platform;
	}

	/** Whether the platform takes the value as it is. */
	protected abstract boolean fits(String value);

	/** What the button carries: the value itself if it fits, else a short key. */
	protected String encode(String value) {
		if (fits(value) && !value.startsWith(PREFIX)) {
			return value;
		}
		String key = PREFIX + digest(value);
		this.redis.set(redisKey(key), value, SetParams.setParams().ex(KEEP_SECONDS));
		return key;
	}

	/** The value behind what a button carried; empty when a short key has expired. */
	public Optional<String> value(String carried) {
		if (!carried.startsWith(PREFIX)) {
			return Optional.of(carried);
		}
		return Optional.ofNullable(this.redis.get(redisKey(carried)));
	}

	private String redisKey(String key) {
		return Keys.of("channel", this.platform, "button", key.substring(PREFIX.length()));
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
