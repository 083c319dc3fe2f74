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

/** Reads what the conversation wrote to Redis: history, daily counts; and sets follow-ups. */
@Component
class RedisConversationRecords implements ConversationHistory, ConversationStats, FollowUps {

	private final JedisPooled redis;

	private final ConversationStore store;

	RedisConversationRecords(JedisPooled redis, ConversationStore store) {
		this.redis = redis;
		this.store = store;
	}

	@Override
	public List<Line> recent(String userId) {
		List<Line> lines = new ArrayList<>();
		for (String raw : this.redis.lrange(ConversationStore.historyKey(userId), 0, -1)) {
			Line line = ConversationStore.parse(raw);
			if (line != null) {
				lines.add(line);
			}
		}
		return lines;
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
