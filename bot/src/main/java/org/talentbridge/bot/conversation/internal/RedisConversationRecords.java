package org.talentbridge.bot.conversation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;

import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.ConversationHistory;
import org.talentbridge.bot.conversation.ConversationStats;
import org.talentbridge.bot.conversation.FollowUps;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Phrases;

/** Reads what the conversation wrote to Redis: history, daily counts; and sets follow-ups. */
@Component
class RedisConversationRecords implements ConversationHistory, ConversationStats, FollowUps {

	private final JedisPooled redis;

	private final ConversationStore store;

	private final Phrases phrases;

	RedisConversationRecords(JedisPooled redis, ConversationStore store, Phrases phrases) {
		this.redis = redis;
		this.store = store;
		this.phrases = phrases;
	}

	@Override
	public List<Line> recent(String userId) {
		this.store.settled(userId);
		List<String> raws = this.redis.lrange(ConversationStore.historyKey(userId), 0, -1);
		Map<String, String> replies = commonReplies(raws);
		List<Line> lines = new ArrayList<>();
		for (String raw : raws) {
			Line line = ConversationStore.parse(raw, replies, language -> this.phrases.get(language, "history.answer-gone"));
			if (line != null) {
				lines.add(line);
			}
		}
		return lines;
	}

	/** The common replies the lines name, by digest, in one round trip; none that is gone. */
	private Map<String, String> commonReplies(List<String> raws) {
		List<String> digests = new ArrayList<>();
		for (String raw : raws) {
			String digest = ConversationStore.digestIn(raw);
			if (digest != null && !digests.contains(digest)) {
				digests.add(digest);
			}
		}
		if (digests.isEmpty()) {
			return Map.of();
		}
		List<String> values = this.redis.mget(digests.stream().map(CommonReplies::key).toArray(String[]::new));
		Map<String, String> replies = new java.util.HashMap<>();
		for (int i = 0; i < digests.size(); i++) {
			if (values.get(i) != null) {
				replies.put(digests.get(i), values.get(i));
			}
		}
		return replies;
	}

	@Override
	public long messagesOn(LocalDate day) {
		String value = this.redis.hget(ConversationStore.dayKey(day), "messages");
		return (value != null) ? Long.parseLong(value) : 0;
	}

	@Override
	public Map<Channel, Long> peopleReached() {
		Map<Channel, Long> reached = new EnumMap<>(Channel.class);
		for (Channel channel : Channel.values()) {
			reached.put(channel, this.redis.pfcount(ConversationStore.reachedKey(channel)));
		}
		return reached;
	}

	@Override
	public void expect(String userId, String command) {
		this.store.settle(userId, command, false, null, ContextStore.FormChange.KEEP, null, null);
	}

}
