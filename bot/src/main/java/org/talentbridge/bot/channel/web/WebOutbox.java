package org.talentbridge.bot.channel.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.JedisPooled;
import tools.jackson.databind.json.JsonMapper;

import org.talentbridge.bot.channel.web.ChatApi.ReplyJson;
import org.talentbridge.bot.conversation.BotActivity;
import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Outbox;
import org.talentbridge.bot.conversation.PersonalData;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Response;
import org.talentbridge.bot.store.Keys;

/**
 * A browser cannot be reached, so the bot's own messages wait in a Redis list per person until the
 * page fetches them. Kept 30 days and at most 100 messages. The last few are also kept with their
 * time, so a reloaded page can show them again among the conversation's turns.
 */
@Component
class WebOutbox implements Outbox, PersonalData {

	static final int KEEP = 100;

	static final long KEEP_SECONDS = 30L * 24 * 3600;

	/** Proactive messages a reloaded page shows again, about as many as the conversation history keeps. */
	static final int SHOWN_AGAIN = 20;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JedisPooled redis;

	private final BotActivity activity;

	private final Clock clock;

	WebOutbox(JedisPooled redis, org.springframework.beans.factory.ObjectProvider<BotActivity> activity, Clock clock) {
		this.redis = redis;
		this.activity = activity.getIfAvailable(() -> BotActivity.NONE);
		this.clock = clock;
	}

	static String key(String platformId) {
		return Keys.of("channel", "web-inbox", Channel.WEB.userId(platformId));
	}

	/** The last answer's buttons, as versions before the history kept them wrote them; still deleted by forget. */
	static String lastRepliesKey(String platformId) {
		return Keys.of("channel", "web-last", Channel.WEB.userId(platformId));
	}

	static String recentKey(String platformId) {
		return Keys.of("channel", "web-sent", Channel.WEB.userId(platformId));
	}

	@Override
	public Channel channel() {
		return Channel.WEB;
	}

	@Override
	public void deliver(String platformId, Response response) {
		String key = key(platformId);
		String recent = recentKey(platformId);
		long now = this.clock.millis();
		try (AbstractPipeline pipeline = this.redis.pipelined()) {
			for (Reply reply : response.replies()) {
				ReplyJson json = ChatController.toJson(reply);
				pipeline.rpush(key, JSON.writeValueAsString(json));
				pipeline.rpush(recent, JSON.writeValueAsString(new Sent(now, json)));
			}
			pipeline.ltrim(key, -KEEP, -1);
			pipeline.expire(key, KEEP_SECONDS);
			pipeline.ltrim(recent, -SHOWN_AGAIN, -1);
			pipeline.expire(recent, KEEP_SECONDS);
			pipeline.sync();
		}
		catch (RuntimeException ex) {
			this.activity.delivered(Channel.WEB, BotActivity.Kind.MESSAGE, BotActivity.Result.FAILED);
			throw ex;
		}
		// Waiting for the page to fetch it, which is as far as the web chat can deliver.
		this.activity.delivered(Channel.WEB, BotActivity.Kind.MESSAGE, BotActivity.Result.SENT);
	}

	/** Takes the waiting messages; each is handed out once. */
	List<ReplyJson> take(String platformId) {
		List<String> waiting = this.redis.lpop(key(platformId), KEEP);
		List<ReplyJson> replies = new ArrayList<>();
		if (waiting != null) {
			for (String json : waiting) {
				replies.add(JSON.readValue(json, ReplyJson.class));
			}
		}
		return replies;
	}

	/** The last proactive messages with the time they were sent, oldest first; taken or not. */
	List<Sent> recent(String platformId) {
		List<Sent> sent = new ArrayList<>();
		for (String json : this.redis.lrange(recentKey(platformId), 0, -1)) {
			sent.add(JSON.readValue(json, Sent.class));
		}
		return sent;
	}

	/** A proactive message as it was sent, in milliseconds since the epoch. */
	record Sent(long at, ReplyJson reply) {
	}

	@Override
	public List<String> describe(String userId, Language language) {
		return List.of();
	}

	@Override
	public void forget(String userId) {
		if (Channel.of(userId).orElse(null) == Channel.WEB) {
			String platformId = Channel.platformId(userId);
			this.redis.del(key(platformId), recentKey(platformId), lastRepliesKey(platformId));
		}
	}

}
