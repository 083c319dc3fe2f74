package org.talentbridge.bot.events.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import org.springframework.scheduling.annotation.Scheduled;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.exceptions.JedisException;

import org.talentbridge.bot.events.Event;
import org.talentbridge.bot.knowledge.KnowledgeBase;
import org.talentbridge.bot.store.Keys;

/**
 * Loads the curated events at startup. A file is written to the catalog when its event is new or
 * the file changed since it was last loaded; otherwise changes staff made through the API stay.
 */
@Component
class EventSeeder implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(EventSeeder.class);

	static final String LOADED_KEY = Keys.of("events", "loaded-files");

	private final KnowledgeBase knowledgeBase;

	private final RedisEventCatalog catalog;

	private final JedisPooled redis;

	EventSeeder(KnowledgeBase knowledgeBase, RedisEventCatalog catalog, JedisPooled redis) {
		this.knowledgeBase = knowledgeBase;
		this.catalog = catalog;
		this.redis = redis;
	}

	private volatile Map<Event, String> unloaded = Map.of();

	/** A broken file stops startup; an unreachable Redis only delays loading until it is back. */
	@Override
	public void afterPropertiesSet() {
		Map<Event, String> events = new java.util.LinkedHashMap<>();
		Map<String, String> seen = new java.util.HashMap<>();
		for (Map.Entry<String, String> file : this.knowledgeBase.files("events/*.yml").entrySet()) {
			Event event = EventFiles.parse(file.getKey(), file.getValue());
			String earlier = seen.putIfAbsent(event.id(), file.getKey());
			if (earlier != null) {
				throw new EventFormatException(file.getKey(), "uses the id '" + event.id() + "' of " + earlier);
			}
			events.put(event, fingerprint(file.getValue()));
		}
		this.unloaded = events;
		load();
	}

	@Scheduled(fixedDelay = 30, initialDelay = 30, timeUnit = java.util.concurrent.TimeUnit.SECONDS)
	void load() {
		Map<Event, String> events = this.unloaded;
		if (events.isEmpty()) {
			return;
		}
		try {
			int written = 0;
			for (Map.Entry<Event, String> entry : events.entrySet()) {
				Event event = entry.getKey();
				if (!entry.getValue().equals(this.redis.hget(LOADED_KEY, event.id()))) {
					this.catalog.save(event);
					this.redis.hset(LOADED_KEY, event.id(), entry.getValue());
					written++;
				}
			}
			this.unloaded = Map.of();
			log.info("Events: {} files, {} new or changed", events.size(), written);
		}
		catch (JedisException ex) {
			log.warn("Events not loaded yet, Redis is unreachable; trying again in 30 s");
		}
	}

	private static String fingerprint(String content) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
