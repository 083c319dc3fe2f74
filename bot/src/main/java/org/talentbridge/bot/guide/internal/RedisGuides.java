package org.talentbridge.bot.guide.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;

import org.talentbridge.bot.store.Keys;

/**
 * One hash per person (their answers, when they started, the steps done, the reminder), an index
 * of everyone with a checklist, and the reminders due, in a sorted set by time. The questions
 * before the checklist are a form of the conversation, so nothing half-answered is kept here.
 */
@Component
class RedisGuides {

	static final String INDEX_KEY = Keys.of("guide", "people");

	static final String REMINDERS_KEY = Keys.of("guide", "reminders");

	private static final String DONE = "done.";

	private final JedisPooled redis;

	RedisGuides(JedisPooled redis) {
		this.redis = redis;
	}

	static String key(String userId) {
		return Keys.of("guide", "person", userId);
	}

	/**
	 * @param started when the checklist was made
	 * @param done the steps ticked off, with when
	 * @param remind whether the person asked for the reminder
	 * @param reminded when it went out; null before
	 */
	record Guide(String userId, Situation situation, Instant started, Map<String, Instant> done, boolean remind,
			@Nullable Instant reminded) {

		Guide {
			done = Map.copyOf(done);
		}

		boolean isDone(String stepId) {
			return this.done.containsKey(stepId);
		}

	}

	Optional<Guide> find(String userId) {
		Map<String, String> hash = this.redis.hgetAll(key(userId));
		if (hash.isEmpty()) {
			return Optional.empty();
		}
		Situation situation = Situation.of(hash);
		if (situation == null) {
			return Optional.empty();
		}
		Map<String, Instant> done = new LinkedHashMap<>();
		hash.forEach((field, value) -> {
			if (field.startsWith(DONE)) {
				done.put(field.substring(DONE.length()), Instant.ofEpochMilli(Long.parseLong(value)));
			}
		});
		return Optional.of(new Guide(userId, situation, Instant.ofEpochMilli(Long.parseLong(hash.get("started"))), done,
				"on".equals(hash.get("remind")),
				hash.containsKey("reminded") ? Instant.ofEpochMilli(Long.parseLong(hash.get("reminded"))) : null));
	}

	/** Keeps the answers; the steps already done stay ticked, and the first answers give the start. */
	void save(String userId, Situation situation, Instant now) {
		Map<String, String> hash = new HashMap<>(situation.asMap());
		if (!this.redis.exists(key(userId))) {
			hash.put("started", Long.toString(now.toEpochMilli()));
		}
		this.redis.hset(key(userId), hash);
		this.redis.sadd(INDEX_KEY, userId);
	}

	/** @return false when it was done already */
	boolean done(String userId, String stepId, Instant at) {
		return this.redis.hsetnx(key(userId), DONE + stepId, Long.toString(at.toEpochMilli())) == 1;
	}

	void undo(String userId, String stepId) {
		this.redis.hdel(key(userId), DONE + stepId);
	}

	void remind(String userId, boolean on, Instant due) {
		if (on) {
			this.redis.hset(key(userId), "remind", "on");
			if (!this.redis.hexists(key(userId), "reminded")) {
				this.redis.zadd(REMINDERS_KEY, due.toEpochMilli(), userId);
			}
		}
		else {
			this.redis.hdel(key(userId), "remind");
			this.redis.zrem(REMINDERS_KEY, userId);
		}
	}

	// KEYS: reminders. ARGV: now, limit, lease until. Due entries move to the lease's end, so another
	// instance does not take them, and come back by themselves if this one stops half-way.
	private static final String CLAIM = """
			local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
			for _, member in ipairs(due) do
			  redis.call('ZADD', KEYS[1], ARGV[3], member)
			end
			return due
			""";

	/** The people whose reminder is due; each is taken by one caller, until {@code leaseUntil}. */
	@SuppressWarnings("unchecked")
	List<String> claimDue(Instant now, int limit, Instant leaseUntil) {
		return (List<String>) this.redis.eval(CLAIM, List.of(REMINDERS_KEY), List.of(Long.toString(now.toEpochMilli()),
				Integer.toString(limit), Long.toString(leaseUntil.toEpochMilli())));
	}

	void finished(String userId) {
		this.redis.zrem(REMINDERS_KEY, userId);
	}

	void later(String userId, Instant at) {
		this.redis.zadd(REMINDERS_KEY, at.toEpochMilli(), userId);
	}

	/** Marks the reminder sent; false when it was already, so it never goes out twice. */
	boolean markReminded(String userId, Instant at) {
		return this.redis.exists(key(userId)) && this.redis.hsetnx(key(userId), "reminded", Long.toString(at.toEpochMilli())) == 1;
	}

	void unmarkReminded(String userId) {
		this.redis.hdel(key(userId), "reminded");
	}

	/** One more attempt at the reminder that certainly failed; how many there have been. */
	long failedAttempt(String userId) {
		return this.redis.hincrBy(key(userId), "reminderFailures", 1);
	}

	List<Guide> all() {
		List<Guide> all = new ArrayList<>();
		for (String userId : this.redis.smembers(INDEX_KEY)) {
			find(userId).ifPresent(all::add);
		}
		return all;
	}

	void delete(String userId) {
		this.redis.del(key(userId));
		this.redis.srem(INDEX_KEY, userId);
		this.redis.zrem(REMINDERS_KEY, userId);
	}

}
