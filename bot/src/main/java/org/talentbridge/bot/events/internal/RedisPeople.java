package org.talentbridge.bot.events.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;

import org.talentbridge.bot.store.Keys;

/**
 * What signing up remembers about a person: the name and e-mail they agreed to have stored (reused
 * for their next signup), and whether they want reminders. A signup being filled in is a form of
 * the conversation, not kept here.
 */
@Component
class RedisPeople {

	static final String NO_REMINDERS_KEY = Keys.of("events", "no-reminders");

	private final JedisPooled redis;

	private final Clock clock;

	RedisPeople(JedisPooled redis, Clock clock) {
		this.redis = redis;
		this.clock = clock;
	}

	static String personKey(String userId) {
		return Keys.of("events", "person", userId);
	}

	Optional<Person> person(String userId) {
		Map<String, String> hash = this.redis.hgetAll(personKey(userId));
		if (hash.isEmpty() || hash.get("name") == null) {
			return Optional.empty();
		}
		return Optional.of(new Person(hash.get("name"), hash.get("email"), Long.parseLong(hash.getOrDefault("consentAt", "0"))));
	}

	void consented(String userId, String name, @Nullable String email) {
		Map<String, String> hash = new HashMap<>();
		hash.put("name", name);
		hash.put("consentAt", Long.toString(this.clock.millis()));
		String key = personKey(userId);
		if (email != null) {
			hash.put("email", email);
		}
		else {
			this.redis.hdel(key, "email");
		}
		this.redis.hset(key, hash);
	}

	void reminders(String userId, boolean wanted) {
		if (wanted) {
			this.redis.srem(NO_REMINDERS_KEY, userId);
		}
		else {
			this.redis.sadd(NO_REMINDERS_KEY, userId);
		}
	}

	boolean wantsReminders(String userId) {
		return !this.redis.sismember(NO_REMINDERS_KEY, userId);
	}

	void forget(String userId) {
		this.redis.del(personKey(userId));
		this.redis.srem(NO_REMINDERS_KEY, userId);
	}

	/** Stored with the person's consent, at {@code consentAt} (epoch millis). */
	record Person(String name, @Nullable String email, long consentAt) {
	}

}
