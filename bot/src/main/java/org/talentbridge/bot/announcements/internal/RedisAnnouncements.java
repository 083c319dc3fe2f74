package org.talentbridge.bot.announcements.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;

import org.talentbridge.bot.announcements.Announcement;
import org.talentbridge.bot.announcements.Announcement.Status;
import org.talentbridge.bot.announcements.Segment;
import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.store.Keys;

/** A hash per announcement with its counters, an index by creation time, and the set of people it reached. */
@Component
class RedisAnnouncements {

	static final String INDEX_KEY = Keys.of("announcements", "all");

	static final String SEQUENCE_KEY = Keys.of("announcements", "sequence");

	private final JedisPooled redis;

	RedisAnnouncements(JedisPooled redis) {
		this.redis = redis;
	}

	static String key(String id) {
		return Keys.of("announcements", "announcement", id);
	}

	static String deliveredKey(String id) {
		return Keys.of("announcements", "delivered", id);
	}

	/** People a send is under way to: the platform has the message, or is about to. */
	static String sendingKey(String id) {
		return Keys.of("announcements", "sending", id);
	}

	/** Person to failed attempts, while a delivery waits to be tried again. */
	static String retryingKey(String id) {
		return Keys.of("announcements", "retrying", id);
	}

	String nextId() {
		return "a" + this.redis.incr(SEQUENCE_KEY);
	}

	void save(Announcement a) {
		Map<String, String> hash = new HashMap<>();
		a.text().forEach((language, text) -> hash.put("text." + language.code(), text));
		hash.put("segment", a.segment().kind().name());
		if (a.segment().value() != null) {
			hash.put("segmentValue", a.segment().value());
		}
		hash.put("channels", String.join(",", a.segment().channels().stream().map(Channel::prefix).sorted().toList()));
		hash.put("posts", String.join(",", a.segment().posts().stream().map(Channel::prefix).sorted().toList()));
		hash.put("status", a.status().name());
		hash.put("createdAt", Long.toString(a.createdAt().toEpochMilli()));
		if (a.sendAt() != null) {
			hash.put("sendAt", Long.toString(a.sendAt().toEpochMilli()));
		}
		hash.put("total", Integer.toString(a.total()));
		this.redis.hset(key(a.id()), hash);
		this.redis.zadd(INDEX_KEY, a.createdAt().toEpochMilli(), a.id());
	}

	Optional<Announcement> find(String id) {
		if (!id.matches("a\\d{1,12}")) {
			return Optional.empty();
		}
		Map<String, String> h = this.redis.hgetAll(key(id));
		if (h.isEmpty()) {
			return Optional.empty();
		}
		Map<Language, String> text = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			String t = h.get("text." + language.code());
			if (t != null) {
				text.put(language, t);
			}
		}
		Segment segment = new Segment(Segment.Kind.valueOf(h.get("segment")), h.get("segmentValue"),
				channels(h.getOrDefault("channels", "")), channels(h.getOrDefault("posts", "")));
		return Optional.of(new Announcement(id, text, segment, Status.valueOf(h.get("status")),
				Instant.ofEpochMilli(Long.parseLong(h.get("createdAt"))),
				h.containsKey("sendAt") ? Instant.ofEpochMilli(Long.parseLong(h.get("sendAt"))) : null,
				number(h, "total"), number(h, "sent"), number(h, "failed"), number(h, "blocked"), number(h, "unknown"),
				(int) this.redis.hlen(retryingKey(id))));
	}

	private static Set<Channel> channels(String list) {
		Set<Channel> channels = new LinkedHashSet<>();
		for (String c : list.split(",")) {
			if (!c.isBlank()) {
				channels.add(Channel.valueOf(c.toUpperCase(Locale.ROOT)));
			}
		}
		return channels;
	}

	private static int number(Map<String, String> hash, String field) {
		String value = hash.get(field);
		return (value == null) ? 0 : Integer.parseInt(value);
	}

	List<Announcement> all() {
		List<Announcement> all = new ArrayList<>();
		for (String id : this.redis.zrevrange(INDEX_KEY, 0, 199)) {
			find(id).ifPresent(all::add);
		}
		return all;
	}

	void status(String id, Status status) {
		this.redis.hset(key(id), "status", status.name());
	}

	/** Counts one outcome; returns the announcement's outcomes so far. */
	long count(String id, String outcome) {
		this.redis.hincrBy(key(id), outcome, 1);
		List<String> counts = this.redis.hmget(key(id), "sent", "failed", "blocked", "unknown");
		return counts.stream().filter(c -> c != null).mapToLong(Long::parseLong).sum();
	}

	boolean delivered(String id, String userId) {
		return this.redis.sismember(deliveredKey(id), userId);
	}

	void markDelivered(String id, String userId) {
		this.redis.sadd(deliveredKey(id), userId);
	}

	/** Noted before each send, so a stop while the platform holds the message is not followed by a second send. */
	void sending(String id, String userId) {
		this.redis.sadd(sendingKey(id), userId);
	}

	/** Nothing went out (the platform asked to slow down first). */
	void notSending(String id, String userId) {
		this.redis.srem(sendingKey(id), userId);
	}

	boolean wasSending(String id, String userId) {
		return this.redis.sismember(sendingKey(id), userId);
	}

	/** Counts a failed attempt; returns how many there were. */
	long failedAttempt(String id, String userId) {
		this.redis.srem(sendingKey(id), userId);
		return this.redis.hincrBy(retryingKey(id), userId, 1);
	}

	/** The delivery is settled (sent, unknown, blocked or failed for good): no attempt is under way or due. */
	void settled(String id, String userId) {
		this.redis.srem(sendingKey(id), userId);
		this.redis.hdel(retryingKey(id), userId);
	}

	/** Removes the person from every announcement's delivery record. */
	void forget(String userId) {
		for (String id : this.redis.zrange(INDEX_KEY, 0, -1)) {
			this.redis.srem(deliveredKey(id), userId);
			this.redis.srem(sendingKey(id), userId);
			this.redis.hdel(retryingKey(id), userId);
		}
	}

}
