package org.talentbridge.bot.knowledge.internal;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.GetExParams;

import org.talentbridge.bot.store.Keys;

/** One string per trained decision; it expires when no start has asked for it for 90 days. */
@Component
class RedisTrainedDecisions implements TrainedDecisions {

	private static final Logger log = LoggerFactory.getLogger(RedisTrainedDecisions.class);

	private static final long TTL_SECONDS = 90L * 24 * 3600;

	private final JedisPooled redis;

	RedisTrainedDecisions(JedisPooled redis) {
		this.redis = redis;
	}

	static String key(String fingerprint) {
		return Keys.of("knowledge", "decision", fingerprint);
	}

	@Override
	public Optional<String> find(String fingerprint) {
		try {
			return Optional.ofNullable(this.redis.getEx(key(fingerprint), GetExParams.getExParams().ex(TTL_SECONDS)));
		}
		catch (JedisException ex) {
			// Without the kept one the decision is trained, as on a first start.
			log.warn("Could not read the kept answer decision: {}", ex.getClass().getSimpleName());
			return Optional.empty();
		}
	}

	@Override
	public void keep(String fingerprint, String encoded) {
		try {
			this.redis.setex(key(fingerprint), TTL_SECONDS, encoded);
		}
		catch (JedisException ex) {
			log.warn("Could not keep the trained answer decision: {}", ex.getClass().getSimpleName());
		}
	}

}
