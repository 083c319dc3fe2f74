package org.talentbridge.bot.nudges.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;

import org.talentbridge.bot.nudges.GraduateProfile;
import org.talentbridge.bot.nudges.Graduates;
import org.talentbridge.bot.store.Keys;

/**
 * A hash per graduate and an index of all graduates. The questions before consent are a form of
 * the conversation, so nothing half-filled is kept here.
 */
@Component
class RedisGraduates implements Graduates {

	static final String INDEX_KEY = Keys.of("nudges", "graduates");

	private final JedisPooled redis;

	RedisGraduates(JedisPooled redis) {
		this.redis = redis;
	}

	static String key(String userId) {
		return Keys.of("nudges", "graduate", userId);
	}

	@Override
	public Optional<GraduateProfile> find(String userId) {
		Map<String, String> hash = this.redis.hgetAll(key(userId));
		return hash.isEmpty() ? Optional.empty() : Optional.of(read(userId, hash));
	}

	@Override
	public List<GraduateProfile> all() {
		List<GraduateProfile> all = new ArrayList<>();
		for (String userId : this.redis.smembers(INDEX_KEY)) {
			find(userId).ifPresent(all::add);
		}
		return all;
	}

	@Override
	public long dueBy(Instant now) {
		return this.redis.zcount(NudgeSchedule.DUE_KEY, 0, now.toEpochMilli());
	}

	@Override
	public List<PlannedNudge> planned(Instant until) {
		List<PlannedNudge> planned = new ArrayList<>();
		for (redis.clients.jedis.resps.Tuple t : this.redis.zrangeByScoreWithScores(NudgeSchedule.DUE_KEY, 0,
				until.toEpochMilli())) {
			int bar = t.getElement().lastIndexOf('|');
			planned.add(new PlannedNudge(t.getElement().substring(0, bar), t.getElement().substring(bar + 1),
					Instant.ofEpochMilli((long) t.getScore())));
		}
		return planned;
	}

	private static GraduateProfile read(String userId, Map<String, String> hash) {
		return new GraduateProfile(userId, hash.getOrDefault("university", ""), hash.getOrDefault("degree", "master"),
				LocalDate.parse(hash.get("graduation")), hash.getOrDefault("country", "DK"),
				"true".equals(hash.get("eu")), hash.containsKey("permitExpires") ? LocalDate.parse(hash.get("permitExpires")) : null,
				instant(hash.get("optedInAt")), instant(hash.get("foundJobAt")));
	}

	private static Instant instant(String millis) {
		return (millis == null) ? null : Instant.ofEpochMilli(Long.parseLong(millis));
	}

	void save(GraduateProfile profile) {
		Map<String, String> hash = new HashMap<>();
		hash.put("university", profile.university());
		hash.put("degree", profile.degree());
		hash.put("graduation", profile.graduation().toString());
		hash.put("country", profile.country());
		hash.put("eu", Boolean.toString(profile.euCitizen()));
		if (profile.permitExpires() != null) {
			hash.put("permitExpires", profile.permitExpires().toString());
		}
		if (profile.optedInAt() != null) {
			hash.put("optedInAt", Long.toString(profile.optedInAt().toEpochMilli()));
		}
		if (profile.foundJobAt() != null) {
			hash.put("foundJobAt", Long.toString(profile.foundJobAt().toEpochMilli()));
		}
		String key = key(profile.userId());
		this.redis.del(key);
		this.redis.hset(key, hash);
		this.redis.sadd(INDEX_KEY, profile.userId());
	}

	void delete(String userId) {
		this.redis.del(key(userId));
		this.redis.srem(INDEX_KEY, userId);
	}

}
