package org.talentbridge.bot.handoff.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;
import tools.jackson.databind.json.JsonMapper;

import org.talentbridge.bot.conversation.ConversationHistory;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.handoff.InboxThread;
import org.talentbridge.bot.handoff.InboxThread.Message;
import org.talentbridge.bot.handoff.InboxThread.Status;
import org.talentbridge.bot.store.Keys;

/**
 * Per thread a hash and a list of messages (JSON); a sorted set of threads not closed, by the time
 * they started waiting; per person their open thread and all their threads.
 */
@Component
class RedisThreads {

	static final String INBOX_KEY = Keys.of("handoff", "inbox");

	static final String SEQUENCE_KEY = Keys.of("handoff", "sequence");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JedisPooled redis;

	private final Clock clock;

	RedisThreads(JedisPooled redis, Clock clock) {
		this.redis = redis;
		this.clock = clock;
	}

	static String key(String id) {
		return Keys.of("handoff", "thread", id);
	}

	static String messagesKey(String id) {
		return Keys.of("handoff", "messages", id);
	}

	static String openKey(String userId) {
		return Keys.of("handoff", "open", userId);
	}

	static String ofKey(String userId) {
		return Keys.of("handoff", "of", userId);
	}

	InboxThread open(String userId, Language language, List<ConversationHistory.Line> context, String question) {
		String id = "h" + this.redis.incr(SEQUENCE_KEY);
		long now = this.clock.millis();
		Map<String, String> hash = new HashMap<>();
		hash.put("userId", userId);
		hash.put("language", language.code());
		hash.put("status", Status.OPEN.name());
		hash.put("openedAt", Long.toString(now));
		hash.put("updatedAt", Long.toString(now));
		hash.put("context", JSON.writeValueAsString(context));
		this.redis.hset(key(id), hash);
		this.redis.set(openKey(userId), id);
		this.redis.sadd(ofKey(userId), id);
		this.redis.zadd(INBOX_KEY, now, id);
		add(id, new Message(Instant.ofEpochMilli(now), false, "talent", question));
		return find(id).orElseThrow();
	}

	void add(String id, Message message) {
		this.redis.rpush(messagesKey(id), JSON.writeValueAsString(message));
		this.redis.hset(key(id), "updatedAt", Long.toString(message.at().toEpochMilli()));
	}

	void status(String id, Status status) {
		this.redis.hset(key(id), "status", status.name());
		if (status == Status.CLOSED) {
			this.redis.zrem(INBOX_KEY, id);
			find(id).ifPresent(t -> {
				if (id.equals(this.redis.get(openKey(t.userId())))) {
					this.redis.del(openKey(t.userId()));
				}
			});
		}
		else if (status == Status.OPEN) {
			// Waiting for staff again: ordered by when the talent last wrote.
			this.redis.zadd(INBOX_KEY, this.clock.millis(), id);
		}
	}

	Optional<String> openOf(String userId) {
		return Optional.ofNullable(this.redis.get(openKey(userId)));
	}

	Optional<InboxThread> find(String id) {
		if (!id.matches("h\\d{1,12}")) {
			return Optional.empty();
		}
		Map<String, String> h = this.redis.hgetAll(key(id));
		if (h.isEmpty()) {
			return Optional.empty();
		}
		List<Message> messages = new ArrayList<>();
		for (String json : this.redis.lrange(messagesKey(id), 0, -1)) {
			messages.add(JSON.readValue(json, Message.class));
		}
		List<ConversationHistory.Line> context = List.of(JSON.readValue(h.getOrDefault("context", "[]"),
				ConversationHistory.Line[].class));
		return Optional.of(new InboxThread(id, h.get("userId"), Language.fromCode(h.get("language")).orElse(Language.EN),
				Status.valueOf(h.get("status")), Instant.ofEpochMilli(Long.parseLong(h.get("openedAt"))),
				Instant.ofEpochMilli(Long.parseLong(h.get("updatedAt"))), context, messages));
	}

	List<InboxThread> inbox() {
		List<InboxThread> threads = new ArrayList<>();
		for (String id : this.redis.zrange(INBOX_KEY, 0, 499)) {
			find(id).ifPresent(threads::add);
		}
		return threads;
	}

	List<String> threadsOf(String userId) {
		return new ArrayList<>(this.redis.smembers(ofKey(userId)));
	}

	void forget(String userId) {
		for (String id : threadsOf(userId)) {
			this.redis.del(key(id), messagesKey(id));
			this.redis.zrem(INBOX_KEY, id);
		}
		this.redis.del(ofKey(userId), openKey(userId));
	}

}
