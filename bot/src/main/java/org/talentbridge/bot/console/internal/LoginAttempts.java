package org.talentbridge.bot.console.internal;

import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;

import org.talentbridge.bot.console.ConsoleProperties;
import org.talentbridge.bot.store.Keys;

/** Wrong passwords per account and address, in Redis so every instance counts them together. */
@Component
public class LoginAttempts {

	private final JedisPooled redis;

	private final ConsoleProperties properties;

	public LoginAttempts(JedisPooled redis, ConsoleProperties properties) {
		this.redis = redis;
		this.properties = properties;
	}

	static String key(String username, String address) {
		return Keys.of("console", "failed-logins", username.toLowerCase(java.util.Locale.ROOT) + "@" + address);
	}

	public boolean locked(String username, String address) {
		String count = this.redis.get(key(username, address));
		return count != null && Integer.parseInt(count) >= this.properties.maxFailedLogins();
	}

	public void failed(String username, String address) {
		String key = key(username, address);
		this.redis.incr(key);
		this.redis.expire(key, this.properties.lockout().toSeconds());
	}

	public void succeeded(String username, String address) {
		this.redis.del(key(username, address));
	}

}
