package org.talentbridge.bot.channel.discord;

import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.SetParams;

import org.talentbridge.bot.store.Keys;

/**
 * Which Discord messages and interactions an instance has taken on. Every instance with the token
 * has a gateway session of its own and Discord sends each message to all of them: the first to
 * claim its id in Redis ({@code SET NX}, one round trip) answers, the others let it be.
 */
interface DiscordClaims {

	/** Every event is this instance's: one instance alone, or a test. */
	DiscordClaims ALL = (kind, id) -> true;

	/** True for the one instance that answers this event, false on every other. */
	boolean claim(String kind, String id);

	static DiscordClaims redis(JedisPooled redis) {
		return new Redis(redis);
	}

	/** {@code tb:channel:discord:claim:<kind>:<id>}, kept a day: longer than Discord replays a resumed session. */
	final class Redis implements DiscordClaims {

		static final long KEEP_SECONDS = 24 * 3600;

		private final JedisPooled redis;

		Redis(JedisPooled redis) {
			this.redis = redis;
		}

		static String key(String kind, String id) {
			return Keys.of("channel", "discord", "claim", kind, id);
		}

		@Override
		public boolean claim(String kind, String id) {
			return "OK".equals(this.redis.set(key(kind, id), "1", SetParams.setParams().nx().ex(KEEP_SECONDS)));
		}

	}

}
