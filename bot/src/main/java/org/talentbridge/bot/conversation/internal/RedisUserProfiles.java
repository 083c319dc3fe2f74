package org.talentbridge.bot.conversation.internal;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.UserProfiles;
import org.talentbridge.bot.store.Keys;

/** A hash per person: {@code tb:conversation:user:<userId>}. */
@Component
class RedisUserProfiles implements UserProfiles {

	private final JedisPooled redis;

	RedisUserProfiles(JedisPooled redis) {
		this.redis = redis;
	}

	static String key(String userId) {
		return Keys.of("conversation", "user", userId);
	}

	@Override
	public Optional<UserProfile> find(String userId) {
		return Optional.of(this.redis.hgetAll(key(userId))).filter(h -> !h.isEmpty()).map(h -> fromHash(userId, h));
	}

	static UserProfile fromHash(String userId, Map<String, String> hash) {
		Language language = Language.fromCode(hash.get("language")).orElse(null);
		return new UserProfile(userId, language, "true".equals(hash.get("languageChosen")));
	}

	@Override
	public void setLanguage(String userId, Language language, boolean chosen) {
		this.redis.hset(key(userId), languageFields(language, chosen));
	}

	static Map<String, String> languageFields(Language language, boolean chosen) {
		return Map.of("language", language.code(), "languageChosen", Boolean.toString(chosen));
	}

}
