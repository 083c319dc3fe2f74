package org.talentbridge.bot.announcements.internal;

import java.util.Set;

import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;

import org.talentbridge.bot.announcements.NewsSubscriptions;
import org.talentbridge.bot.store.Keys;

/** One hash: user id to the time they opted in. */
@Component
class RedisNewsSubscriptions implements NewsSubscriptions {

	static final String KEY = Keys.of("announcements", "subscribers");

	private final JedisPooled redis;

	private final java.time.Clock clock;

	RedisNewsSubscriptions(JedisPooled redis, java.time.Clock clock) {
		this.redis = redis;
		this.clock = clock;
	}

	@Override
	public void subscribe(String userId) {
		this.redis.hset(KEY, userId, Long.toString(this.clock.millis()));
	}

	@Override
	public void unsubscribe(String userId) {
		this.redis.hdel(KEY, userId);
	}

	@Override
	public boolean subscribed(String userId) {
		return this.redis.hexists(KEY, userId);
	}

	@Override
	public Set<String> subscribers() {
		return this.redis.hkeys(KEY);
	}

	java.util.Optional<java.time.Instant> since(String userId) {
		return java.util.Optional.ofNullable(this.redis.hget(KEY, userId))
			.map(ms -> java.time.Instant.ofEpochMilli(Long.parseLong(ms)));
	}

}
