package org.talentbridge.bot.channel.telegram;

import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.SetParams;

import org.talentbridge.bot.store.Keys;

/**
 * Which Telegram updates were handled: each update id is claimed once (so a redelivery after a
 * restart is not answered twice), and the highest id is kept so polling resumes after it.
 */
class RedisUpdateLog {

	static final String OFFSET = Keys.of("channel", "telegram", "offset");

	private static final long KEEP_SECONDS = 7L * 24 * 3600;

	private final JedisPooled redis;

	RedisUpdateLog(JedisPooled redis) {
		this.redis = redis;
	}

	/** True the first time an update id is seen, false for every redelivery. */
	boolean claim(int updateId) {
		String key = Keys.of("channel", "telegram", "update", Integer.toString(updateId));
		return "OK".equals(this.redis.set(key, "1", SetParams.setParams().nx().ex(KEEP_SECONDS)));
	}

	void handled(int updateId) {
		// Only ever moves forward.
		this.redis.eval("local c = tonumber(redis.call('GET', KEYS[1]) or '0') "
				+ "if tonumber(ARGV[1]) > c then redis.call('SET', KEYS[1], ARGV[1]) end return 1", 1, OFFSET,
				Integer.toString(updateId));
	}

	int lastHandled() {
		String value = this.redis.get(OFFSET);
		return (value == null) ? 0 : Integer.parseInt(value);
	}

}
