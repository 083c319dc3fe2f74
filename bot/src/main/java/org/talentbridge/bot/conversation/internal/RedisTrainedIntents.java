package org.talentbridge.bot.conversation.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.GetExParams;

import org.talentbridge.bot.store.Keys;
import org.talentbridge.bot.store.PackagedModel;

/**
 * One value per trained model; it expires when no start has asked for it for 90 days. The jar
 * carries the model trained on the phrases it packages, for a fresh store's first start.
 */
@Component
class RedisTrainedIntents implements TrainedIntents {

	private static final Logger log = LoggerFactory.getLogger(RedisTrainedIntents.class);

	private static final long TTL_SECONDS = 90L * 24 * 3600;

	/** The fingerprint of the phrases on the first line, then the model in Base64. */
	static final String PACKAGED = "conversation/intent-model.txt";

	private final JedisPooled redis;

	RedisTrainedIntents(JedisPooled redis) {
		this.redis = redis;
	}

	static String key(String fingerprint) {
		return Keys.of("conversation", "intents", fingerprint);
	}

	@Override
	public Optional<byte[]> find(String fingerprint) {
		try {
			byte[] kept = this.redis.getEx(key(fingerprint).getBytes(StandardCharsets.UTF_8),
					GetExParams.getExParams().ex(TTL_SECONDS));
			if (kept != null) {
				return Optional.of(kept);
			}
		}
		catch (JedisException ex) {
			// Without the kept one the model is trained, as on a first start.
			log.warn("Could not read the kept intent model: {}", ex.getClass().getSimpleName());
		}
		return packaged().filter(p -> p.fingerprint().equals(fingerprint)).map(Packaged::model);
	}

	@Override
	public void keep(String fingerprint, byte[] model) {
		try {
			this.redis.setex(key(fingerprint).getBytes(StandardCharsets.UTF_8), TTL_SECONDS, model);
		}
		catch (JedisException ex) {
			log.warn("Could not keep the trained intent model: {}", ex.getClass().getSimpleName());
		}
	}

	static Optional<Packaged> packaged() {
		try {
			return PackagedModel.read(PACKAGED)
				.map(p -> new Packaged(p.fingerprint(), Base64.getMimeDecoder().decode(p.model())));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** What {@code PACKAGED} holds. */
	static String encode(String fingerprint, byte[] model) {
		return PackagedModel.write(fingerprint, Base64.getMimeEncoder(76, new byte[] { (byte) 10 }).encodeToString(model));
	}

	record Packaged(String fingerprint, byte[] model) {
	}

}
