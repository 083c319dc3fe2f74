package org.talentbridge.bot.conversation.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.Response;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.UserProfiles.UserProfile;
import org.talentbridge.bot.store.Keys;

/**
 * The per-message Redis work of the conversation, in two round trips: one before answering (flood
 * counter and profile) and one after (history and last-seen time).
 */
@Component
class ConversationStore {

	private final JedisPooled redis;

	private final Clock clock;

	private final ConversationProperties properties;

	ConversationStore(JedisPooled redis, Clock clock, ConversationProperties properties) {
		this.redis = redis;
		this.clock = clock;
		this.properties = properties;
	}

	static String floodKey(String userId, long minute) {
		return Keys.of("conversation", "flood", userId, Long.toString(minute));
	}

	static String historyKey(String userId) {
		return Keys.of("conversation", "history", userId);
	}

	/** Counts this message against the person's minute and reads their profile. */
	Arrival arrive(String userId) {
		long minute = this.clock.millis() / 60_000;
		String floodKey = floodKey(userId, minute);
		try (AbstractPipeline pipeline = this.redis.pipelined()) {
			Response<Long> count = pipeline.incr(floodKey);
			pipeline.expire(floodKey, 120);
			Response<Map<String, String>> profile = pipeline.hgetAll(RedisUserProfiles.key(userId));
			pipeline.sync();
			Map<String, String> hash = profile.get();
			UserProfile user = hash.isEmpty() ? new UserProfile(userId, null, false)
					: RedisUserProfiles.fromHash(userId, hash);
			return new Arrival(count.get(), user);
		}
	}

	/**
	 * Keeps the last turns, so a person who takes over later can see what was said, and a language
	 * learned from a message; many turns in one round trip.
	 */
	void remember(List<Turn> turns) {
		long now = this.clock.millis();
		long ttl = this.properties.historyTtl().toSeconds();
		try (AbstractPipeline pipeline = this.redis.pipelined()) {
			for (Turn turn : turns) {
				String key = historyKey(turn.userId());
				pipeline.rpush(key, line(now, "in", turn.language(), turn.in()));
				for (String text : turn.out()) {
					pipeline.rpush(key, line(now, "out", turn.language(), text));
				}
				pipeline.ltrim(key, -this.properties.historySize(), -1);
				pipeline.expire(key, ttl);
				Map<String, String> profile = new java.util.HashMap<>();
				profile.put("lastSeen", Long.toString(now));
				if (turn.learned() != null) {
					profile.put("language", turn.learned().code());
					profile.put("languageChosen", "false");
				}
				pipeline.hset(RedisUserProfiles.key(turn.userId()), profile);
			}
			pipeline.sync();
		}
	}

	/** One message and the replies to it, waiting to be written to the history. */
	record Turn(String userId, Language language, String in, List<String> out, @Nullable Language learned) {
	}

	private static String line(long at, String direction, Language language, String text) {
		return at + "|" + direction + "|" + language.code() + "|" + text;
	}

	record Arrival(long messagesThisMinute, UserProfile user) {
	}

}
