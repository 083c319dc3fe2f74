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

	private static final String LATEST = "latest";

	/** Trained on the knowledge base as packaged, when the jar was built: a fresh store's first start need not wait. */
	static final String PACKAGED = "knowledge/answer-decision.txt";

	static String key(String fingerprint) {
		return Keys.of("knowledge", "decision", fingerprint);
	}

	@Override
	public Optional<String> find(String fingerprint) {
		try {
			String kept = this.redis.getEx(key(fingerprint), GetExParams.getExParams().ex(TTL_SECONDS));
			if (kept != null) {
				return Optional.of(kept);
			}
		}
		catch (JedisException ex) {
			// Without the kept one the decision is trained, as on a first start.
			log.warn("Could not read the kept answer decision: {}", ex.getClass().getSimpleName());
		}
		return packaged().filter(p -> p.fingerprint().equals(fingerprint)).map(Packaged::encoded);
	}

	@Override
	public Optional<String> latest() {
		try {
			String latest = this.redis.get(key(LATEST));
			if (latest != null) {
				return Optional.of(latest);
			}
		}
		catch (JedisException ex) {
			log.warn("Could not read the kept answer decision: {}", ex.getClass().getSimpleName());
		}
		return packaged().map(Packaged::encoded);
	}

	/** The fingerprint of the content it was trained on, on the first line, then the decision. */
	static Optional<Packaged> packaged() {
		return org.talentbridge.bot.store.PackagedModel.read(PACKAGED).map(p -> new Packaged(p.fingerprint(), p.model()));
	}

	record Packaged(String fingerprint, String encoded) {
	}

	@Override
	public void keep(String fingerprint, String encoded) {
		try {
			this.redis.setex(key(fingerprint), TTL_SECONDS, encoded);
			this.redis.setex(key(LATEST), TTL_SECONDS, encoded);
		}
		catch (JedisException ex) {
			log.warn("Could not keep the trained answer decision: {}", ex.getClass().getSimpleName());
		}
	}

}
