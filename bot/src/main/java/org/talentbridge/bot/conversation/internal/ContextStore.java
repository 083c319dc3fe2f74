package org.talentbridge.bot.conversation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import redis.clients.jedis.AbstractPipeline;

import org.talentbridge.bot.conversation.ConversationContext;
import org.talentbridge.bot.store.Keys;

/**
 * One Redis hash per person, {@code tb:conversation:context:<userId>}, holding what the
 * conversation is about. Read in the arrival round trip, written right after the reply (the next
 * message may follow within milliseconds), and expiring after {@link ConversationContext#FOR_MINUTES}
 * minutes of silence.
 */
final class ContextStore {

	static final long TTL_SECONDS = ConversationContext.FOR_MINUTES * 60L;

	private ContextStore() {
	}

	static String key(String userId) {
		return Keys.of("conversation", "context", userId);
	}

	static ConversationContext read(Map<String, String> hash, Clock clock) {
		String article = hash.get("article");
		if (article == null) {
			return ConversationContext.EMPTY;
		}
		Instant at = Instant.ofEpochMilli(parseLong(hash.get("at")));
		if (at.plusSeconds(TTL_SECONDS).isBefore(clock.instant())) {
			return ConversationContext.EMPTY;
		}
		return new ConversationContext(
				new ConversationContext.Topic(article, hash.getOrDefault("question", ""), at));
	}

	/** Adds the writes of a new topic to a pipeline; a reply without an article keeps the old topic. */
	static void write(AbstractPipeline pipeline, String userId, ConversationContext.@Nullable Topic topic) {
		if (topic == null) {
			return;
		}
		Map<String, String> fields = new HashMap<>();
		fields.put("article", topic.articleId());
		fields.put("question", topic.question());
		fields.put("at", Long.toString(topic.at().toEpochMilli()));
		String key = key(userId);
		pipeline.hset(key, fields);
		pipeline.expire(key, TTL_SECONDS);
	}

	private static long parseLong(@Nullable String value) {
		try {
			return (value != null) ? Long.parseLong(value) : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
