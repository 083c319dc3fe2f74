package org.talentbridge.bot.nudges.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;

import org.talentbridge.bot.store.Keys;

/**
 * Due nudges in a sorted set scored by due time ({@code user|nudge}). A sender claims due entries
 * with one script that moves them to a "sending" hash, so two instances never take the same one;
 * a nudge is marked sent before it goes out and the mark is checked, so it never goes out twice.
 * Entries left in "sending" by a crash go back to the queue after a while.
 */
@Component
class NudgeSchedule {

	static final String DUE_KEY = Keys.of("nudges", "due");

	static final String SENDING_KEY = Keys.of("nudges", "sending");

	/** Entry to the number of attempts that failed, while it waits to be tried again. */
	static final String ATTEMPTS_KEY = Keys.of("nudges", "attempts");

	// KEYS: due, sending. ARGV: now, limit.
	private static final String CLAIM = """
			local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
			for _, entry in ipairs(due) do
			  redis.call('ZREM', KEYS[1], entry)
			  redis.call('HSET', KEYS[2], entry, ARGV[1])
			end
			return due
			""";

	private final JedisPooled redis;

	NudgeSchedule(JedisPooled redis) {
		this.redis = redis;
	}

	static String sentKey(String userId) {
		return Keys.of("nudges", "sent", userId);
	}

	static String entry(String userId, String nudgeId) {
		return userId + "|" + nudgeId;
	}

	void plan(String userId, String nudgeId, Instant due) {
		this.redis.zadd(DUE_KEY, due.toEpochMilli(), entry(userId, nudgeId));
	}

	boolean alreadySent(String userId, String nudgeId) {
		return this.redis.sismember(sentKey(userId), nudgeId);
	}

	/** Removes everything queued for the person (their plan changed, they opted out or left). */
	void clear(String userId, List<String> nudgeIds) {
		if (nudgeIds.isEmpty()) {
			return;
		}
		String[] entries = nudgeIds.stream().map(id -> entry(userId, id)).toArray(String[]::new);
		this.redis.zrem(DUE_KEY, entries);
		this.redis.hdel(SENDING_KEY, entries);
		this.redis.hdel(ATTEMPTS_KEY, entries);
	}

	/** Counts a failed attempt at the entry; returns how many there were. */
	long failedAttempt(String entry) {
		return this.redis.hincrBy(ATTEMPTS_KEY, entry, 1);
	}

	@SuppressWarnings("unchecked")
	List<String> claim(Instant now, int limit) {
		return (List<String>) this.redis.eval(CLAIM, List.of(DUE_KEY, SENDING_KEY),
				List.of(Long.toString(now.toEpochMilli()), Integer.toString(limit)));
	}

	/** Marks the nudge sent; false when it already was, and must not go out again. */
	boolean markSent(String userId, String nudgeId) {
		return this.redis.sadd(sentKey(userId), nudgeId) == 1;
	}

	void unmarkSent(String userId, String nudgeId) {
		this.redis.srem(sentKey(userId), nudgeId);
	}

	void finished(String entry) {
		this.redis.hdel(SENDING_KEY, entry);
		this.redis.hdel(ATTEMPTS_KEY, entry);
	}

	void later(String entry, Instant at) {
		this.redis.zadd(DUE_KEY, at.toEpochMilli(), entry);
		this.redis.hdel(SENDING_KEY, entry);
	}

	/** Claims older than {@code after} belong to an instance that stopped: queue them again. */
	int requeueStale(Instant now, Duration after) {
		int requeued = 0;
		for (Map.Entry<String, String> claim : this.redis.hgetAll(SENDING_KEY).entrySet()) {
			if (Long.parseLong(claim.getValue()) < now.minus(after).toEpochMilli()) {
				later(claim.getKey(), now);
				requeued++;
			}
		}
		return requeued;
	}

	long pending() {
		return this.redis.zcard(DUE_KEY);
	}

	List<String> queuedFor(String userId) {
		List<String> mine = new ArrayList<>();
		for (String entry : this.redis.zrange(DUE_KEY, 0, -1)) {
			if (entry.startsWith(userId + "|")) {
				mine.add(entry.substring(userId.length() + 1));
			}
		}
		return mine;
	}

	void forget(String userId, List<String> nudgeIds) {
		clear(userId, nudgeIds);
		this.redis.del(sentKey(userId));
	}

}
