package org.talentbridge.bot.conversation.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;

import org.talentbridge.bot.conversation.ConversationContext;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.conversation.PersonalData;
import org.talentbridge.bot.conversation.Readable;
import org.talentbridge.bot.conversation.UserProfiles;

/**
 * The conversation's own keys about a person: profile, recent history, the context (with a form
 * not finished yet) and the flood counter.
 */
@Component
class ConversationPersonalData implements PersonalData {

	private final JedisPooled redis;

	private final UserProfiles profiles;

	private final Phrases phrases;

	private final Clock clock;

	ConversationPersonalData(JedisPooled redis, UserProfiles profiles, Phrases phrases, Clock clock) {
		this.redis = redis;
		this.profiles = profiles;
		this.phrases = phrases;
		this.clock = clock;
	}

	@Override
	public List<String> describe(String userId, Language language) {
		List<String> lines = new ArrayList<>();
		this.profiles.find(userId)
			.ifPresent(profile -> lines.add(this.phrases.get(language, "mydata.profile", userId, language(profile, language))));
		long turns = this.redis.llen(ConversationStore.historyKey(userId));
		if (turns > 0) {
			lines.add(this.phrases.count(language, "mydata.history", turns));
		}
		ConversationContext.OpenForm form = ContextStore.read(this.redis.hgetAll(ContextStore.key(userId)), this.clock)
			.context()
			.form();
		if (form != null) {
			String answers = new java.util.TreeMap<>(form.values()).entrySet()
				.stream()
				.map(e -> e.getKey() + ": " + (e.getValue().isEmpty() ? "-" : e.getValue()))
				.collect(java.util.stream.Collectors.joining("; "));
			lines.add(this.phrases.get(language, "mydata.form", form.formId() + (answers.isEmpty() ? "" : "; " + answers)));
		}
		return lines;
	}

	/** "Swedish, as you chose", or that it is not set yet. */
	private String language(UserProfiles.UserProfile profile, Language reader) {
		Language kept = profile.language();
		if (kept == null) {
			return this.phrases.get(reader, "mydata.language.none");
		}
		return this.phrases.get(reader, profile.languageChosen() ? "mydata.language.chosen" : "mydata.language.detected",
				Readable.language(kept, reader));
	}

	@Override
	public void forget(String userId) {
		long minute = this.clock.millis() / 60_000;
		this.redis.del(RedisUserProfiles.key(userId), ConversationStore.historyKey(userId),
				RedisProactivePolicy.key(userId), ContextStore.key(userId));
		try (redis.clients.jedis.AbstractPipeline pipeline = this.redis.pipelined()) {
			for (long m = minute - 1; m <= minute + 1; m++) {
				pipeline.hdel(ConversationStore.floodKey(m), userId);
			}
			pipeline.sync();
		}
		this.redis.srem(ChannelNotifier.BLOCKED_KEY, userId);
		this.redis.zrem(RetentionSweeper.SEEN_KEY, userId);
	}

}
