package org.talentbridge.bot.knowledge.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.store.Keys;

/**
 * Staff versions in Redis, kept until someone removes them: a list of versions per article
 * ({@code tb:knowledge:edits:article:<id>}), the newest of each in one hash
 * ({@code tb:knowledge:edits:latest}), the "Not for us" phrases in a list, and the revision counter
 * ({@code tb:knowledge:edits:revision}) that every instance polls. A version is appended, made the
 * newest and counted in one script, so two staff members saving at once both keep their version.
 */
@Component
class RedisStaffEdits implements StaffEdits {

	static final String REVISION = Keys.of("knowledge", "edits", "revision");

	static final String LATEST = Keys.of("knowledge", "edits", "latest");

	static final String OUT_OF_SCOPE = Keys.of("knowledge", "edits", "out-of-scope");

	private static final String APPEND = "local n = redis.call('RPUSH', KEYS[1], ARGV[2]) "
			+ "redis.call('HSET', KEYS[2], ARGV[1], n .. '\\n' .. ARGV[2]) "
			+ "redis.call('INCR', KEYS[3]) return n";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JedisPooled redis;

	RedisStaffEdits(JedisPooled redis) {
		this.redis = redis;
	}

	static String versionsKey(String articleId) {
		return Keys.of("knowledge", "edits", "article", articleId);
	}

	@Override
	public long revision() {
		try {
			String value = this.redis.get(REVISION);
			return (value == null) ? 0 : Long.parseLong(value);
		}
		catch (redis.clients.jedis.exceptions.JedisException ex) {
			throw new Unavailable(ex);
		}
	}

	@Override
	public Map<String, Version> latest() {
		Map<String, Version> latest = new LinkedHashMap<>();
		Map<String, String> stored;
		try {
			stored = this.redis.hgetAll(LATEST);
		}
		catch (redis.clients.jedis.exceptions.JedisException ex) {
			throw new Unavailable(ex);
		}
		stored.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
			String value = entry.getValue();
			int newline = value.indexOf('\n');
			latest.put(entry.getKey(), version(entry.getKey(), Integer.parseInt(value.substring(0, newline)), value.substring(newline + 1)));
		});
		return latest;
	}

	@Override
	public List<Version> history(String articleId) {
		List<String> stored = this.redis.lrange(versionsKey(articleId), 0, -1);
		List<Version> versions = new ArrayList<>();
		for (int i = 0; i < stored.size(); i++) {
			versions.add(version(articleId, i + 1, stored.get(i)));
		}
		return versions;
	}

	@Override
	public Version append(String articleId, String who, Instant at, String what, String markdown, @Nullable String base) {
		ObjectNode node = JSON.createObjectNode();
		node.put("who", who);
		node.put("at", at.toEpochMilli());
		node.put("what", what);
		node.put("markdown", markdown);
		if (base != null) {
			node.put("base", base);
		}
		Object number = this.redis.eval(APPEND, List.of(versionsKey(articleId), LATEST, REVISION),
				List.of(articleId, JSON.writeValueAsString(node)));
		return new Version(articleId, ((Long) number).intValue(), who, at, what, markdown, base);
	}

	@Override
	public void addOutOfScope(Phrase phrase) {
		ObjectNode node = JSON.createObjectNode();
		node.put("language", phrase.language().code());
		node.put("text", phrase.text());
		node.put("who", phrase.who());
		node.put("at", phrase.at().toEpochMilli());
		this.redis.eval("redis.call('RPUSH', KEYS[1], ARGV[1]) return redis.call('INCR', KEYS[2])",
				List.of(OUT_OF_SCOPE, REVISION), List.of(JSON.writeValueAsString(node)));
	}

	@Override
	public List<Phrase> outOfScope() {
		List<Phrase> phrases = new ArrayList<>();
		List<String> all;
		try {
			all = this.redis.lrange(OUT_OF_SCOPE, 0, -1);
		}
		catch (redis.clients.jedis.exceptions.JedisException ex) {
			throw new Unavailable(ex);
		}
		for (String stored : all) {
			JsonNode node = JSON.readTree(stored);
			Language.fromCode(node.path("language").asString()).ifPresent(language -> phrases.add(new Phrase(language,
					node.path("text").asString(), node.path("who").asString(), Instant.ofEpochMilli(node.path("at").asLong()))));
		}
		return phrases;
	}

	private static Version version(String articleId, int number, String stored) {
		JsonNode node = JSON.readTree(stored);
		JsonNode base = node.get("base");
		return new Version(articleId, number, node.path("who").asString(), Instant.ofEpochMilli(node.path("at").asLong()),
				node.path("what").asString(), node.path("markdown").asString(),
				(base == null || base.isNull()) ? null : base.asString());
	}

}
