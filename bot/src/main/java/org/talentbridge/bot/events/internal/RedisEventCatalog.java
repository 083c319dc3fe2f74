package org.talentbridge.bot.events.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;
import tools.jackson.databind.json.JsonMapper;

import org.talentbridge.bot.events.Event;
import org.talentbridge.bot.events.EventCatalog;
import org.talentbridge.bot.store.Keys;

/** One hash, event id to JSON: the catalog is small and read whole for lists. */
@Component
class RedisEventCatalog implements EventCatalog {

	static final String KEY = Keys.of("events", "catalog");

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final JedisPooled redis;

	private final Clock clock;

	RedisEventCatalog(JedisPooled redis, Clock clock) {
		this.redis = redis;
		this.clock = clock;
	}

	@Override
	public Optional<Event> find(String id) {
		if (!id.matches(Event.ID_PATTERN)) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.redis.hget(KEY, id)).map(RedisEventCatalog::read);
	}

	@Override
	public List<Event> all() {
		return this.redis.hvals(KEY)
			.stream()
			.map(RedisEventCatalog::read)
			.sorted(Comparator.comparing(Event::startsAt).thenComparing(Event::id))
			.toList();
	}

	@Override
	public List<Event> upcoming() {
		Instant now = this.clock.instant();
		return all().stream().filter(event -> event.endsAt().isAfter(now)).toList();
	}

	@Override
	public Event save(Event event) {
		this.redis.hset(KEY, event.id(), write(event));
		return event;
	}

	/** Saves only when the id is new; for seeding, which must not undo staff changes. */
	boolean saveIfAbsent(Event event) {
		return this.redis.hsetnx(KEY, event.id(), write(event)) == 1;
	}

	static String write(Event event) {
		return JSON.writeValueAsString(event);
	}

	static Event read(String json) {
		return JSON.readValue(json, Event.class);
	}

}
