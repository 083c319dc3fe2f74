package org.talentbridge.bot.mentorship.internal;

import java.util.Map;

import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;

import org.talentbridge.bot.conversation.Response;
import org.talentbridge.bot.store.Keys;

/**
 * A registration being filled in, one answer at a time: {@code tb:mentorship:draft:<role>:<user>},
 * a hash of the answers so far. Nothing is a profile before the person agrees; a draft left alone
 * disappears after the same half hour the conversation waits for an answer.
 */
@Component
class Drafts {

	private static final int KEEP_SECONDS = Response.EXPECTING_FOR_MINUTES * 60;

	private final JedisPooled redis;

	Drafts(JedisPooled redis) {
		this.redis = redis;
	}

	static String key(Role role, String userId) {
		return Keys.of("mentorship", "draft", role.command(), userId);
	}

	Map<String, String> get(Role role, String userId) {
		return this.redis.hgetAll(key(role, userId));
	}

	boolean exists(Role role, String userId) {
		return this.redis.exists(key(role, userId));
	}

	void start(Role role, String userId) {
		String key = key(role, userId);
		this.redis.del(key);
		// A marker field, so an empty draft exists too.
		this.redis.hset(key, "started", "1");
		this.redis.expire(key, KEEP_SECONDS);
	}

	void put(Role role, String userId, String field, String value) {
		String key = key(role, userId);
		this.redis.hset(key, field, value);
		this.redis.expire(key, KEEP_SECONDS);
	}

	void clear(Role role, String userId) {
		this.redis.del(key(role, userId));
	}

	void forget(String userId) {
		for (Role role : Role.values()) {
			clear(role, userId);
		}
	}

}
