package org.talentbridge.bot.conversation.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.Response;
import tools.jackson.databind.json.JsonMapper;

import org.talentbridge.bot.conversation.ConversationHistory;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.UserProfiles.UserProfile;
import org.talentbridge.bot.store.Keys;
import org.talentbridge.bot.store.SharedPipeline;

/**
 * The per-message Redis work of the conversation: one round trip before answering (flood counter,
 * profile, context) and at most one after (what the next message must find), each shared with the
 * other conversations' of the moment ({@link SharedPipeline}); the history, the
 * last-seen time and the day's figures follow later, in batches ({@link HistoryWriter}).
 */
@Component
class ConversationStore {

	static final String EXPECTING = "expecting";

	static final String EXPECTING_UNTIL = "expectingUntil";

	private final JedisPooled redis;

	private final SharedPipeline shared;

	private final Clock clock;

	private final ConversationProperties properties;

	private final PrivacyProperties privacy;

	ConversationStore(JedisPooled redis, SharedPipeline shared, Clock clock, ConversationProperties properties,
			PrivacyProperties privacy) {
		this.redis = redis;
		this.shared = shared;
		this.clock = clock;
		this.properties = properties;
		this.privacy = privacy;
	}

	/** One hash per minute: each person's messages in it, and one expiry for everyone. */
	static String floodKey(long minute) {
		return Keys.of("conversation", "flood", Long.toString(minute));
	}

	static final java.time.ZoneId STATS_ZONE = java.time.ZoneId.of("Europe/Copenhagen");

	static String dayKey(java.time.LocalDate day) {
		return Keys.of("conversation", "day", day.toString());
	}

	static String reachedKey(org.talentbridge.bot.conversation.Channel channel) {
		return Keys.of("conversation", "reached", channel.prefix());
	}

	static String historyKey(String userId) {
		return Keys.of("conversation", "history", userId);
	}

	/** The minute whose flood hash this instance has given its expiry. */
	private volatile long floodExpiring = -1;

	/**
	 * Counts this message against the person's minute and reads their profile and context. Who
	 * wrote when, and the day's figures, wait for {@link #remember}: nothing on the reply's path
	 * needs them.
	 */
	Arrival arrive(String userId) {
		long minute = this.clock.millis() / 60_000;
		String floodKey = floodKey(minute);
		boolean expire = minute != this.floodExpiring;
		return this.shared.run(pipeline -> {
			Response<Long> count = pipeline.hincrBy(floodKey, userId, 1);
			if (expire) {
				pipeline.expire(floodKey, 120);
			}
			Response<Map<String, String>> profile = pipeline.hgetAll(RedisUserProfiles.key(userId));
			Response<Map<String, String>> context = pipeline.hgetAll(ContextStore.key(userId));
			return () -> {
				if (expire) {
					this.floodExpiring = minute;
				}
				Map<String, String> hash = profile.get();
				UserProfile user = hash.isEmpty() ? new UserProfile(userId, null, false)
						: RedisUserProfiles.fromHash(userId, hash);
				String expecting = hash.get(EXPECTING);
				if (expecting != null && parseLong(hash.get(EXPECTING_UNTIL)) < this.clock.millis()) {
					expecting = null;
				}
				ContextStore.Read read = ContextStore.read(context.get(), this.clock);
				return new Arrival(count.get(), user, expecting, read.context(), read.staleForm());
			};
		});
	}

	private static long parseLong(@Nullable String value) {
		try {
			return (value != null) ? Long.parseLong(value) : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/**
	 * What the next message must find: the follow-up the reply waits for, the topic it was about,
	 * the open form and a language learned from the message. Written at once, in one round trip,
	 * not with the history: the person's next message (a button) may arrive within milliseconds.
	 */
	void settle(String userId, @Nullable String command, boolean wasExpecting,
			org.talentbridge.bot.conversation.ConversationContext.@Nullable Topic topic, ContextStore.FormChange form,
			@Nullable Language learned) {
		if (command == null && !wasExpecting && topic == null && form.kind() == ContextStore.FormChange.Kind.KEEP
				&& learned == null) {
			return;
		}
		String key = RedisUserProfiles.key(userId);
		this.shared.run(pipeline -> {
			if (learned != null) {
				pipeline.hset(key, RedisUserProfiles.languageFields(learned, false));
			}
			if (command != null) {
				long until = this.clock.millis() + java.time.Duration
					.ofMinutes(org.talentbridge.bot.conversation.Response.EXPECTING_FOR_MINUTES)
					.toMillis();
				pipeline.hset(key, Map.of(EXPECTING, command, EXPECTING_UNTIL, Long.toString(until)));
			}
			else if (wasExpecting) {
				pipeline.hdel(key, EXPECTING, EXPECTING_UNTIL);
			}
			ContextStore.write(pipeline, userId, topic, form);
			return () -> Boolean.TRUE;
		});
	}

	/**
	 * Keeps the last turns, so a person who takes over later can see what was said, and what every
	 * message leaves besides: who wrote when (for {@link RetentionSweeper}), that they have not
	 * blocked the bot, and the day's figures; many turns in one round trip, the bookkeeping in a few
	 * commands for all of them.
	 */
	void remember(List<Turn> turns) {
		long ttl = this.properties.historyTtl().toSeconds();
		Map<String, Double> seen = new java.util.HashMap<>();
		Map<String, Long> messagesByDay = new java.util.HashMap<>();
		Map<org.talentbridge.bot.conversation.Channel, java.util.Set<String>> reached = new java.util.EnumMap<>(
				org.talentbridge.bot.conversation.Channel.class);
		try (AbstractPipeline pipeline = this.redis.pipelined()) {
			for (Turn turn : turns) {
				seen.merge(turn.userId(), (double) turn.at(), Math::max);
				messagesByDay.merge(dayKey(java.time.Instant.ofEpochMilli(turn.at()).atZone(STATS_ZONE).toLocalDate()),
						1L, Long::sum);
				org.talentbridge.bot.conversation.Channel.of(turn.userId())
					.ifPresent(channel -> reached.computeIfAbsent(channel, c -> new java.util.HashSet<>()).add(turn.userId()));
				String in = turn.in();
				if (in == null) {
					continue;
				}
				String key = historyKey(turn.userId());
				String[] lines = new String[1 + turn.out().size()];
				lines[0] = line(turn.at(), IN, turn.language(), in);
				for (int i = 0; i < turn.out().size(); i++) {
					lines[i + 1] = line(turn.at(), turn.language(), turn.out().get(i));
				}
				pipeline.rpush(key, lines);
				pipeline.ltrim(key, -this.properties.historySize(), -1);
				pipeline.expire(key, ttl);
				// Not the learned language: the conversation wrote it at once, and written again here, late,
				// it could undo a "/language" the person chose meanwhile.
				// It also makes the profile exist from the first message, so "/mydata" can say what is not known yet.
				pipeline.hset(RedisUserProfiles.key(turn.userId()), "lastSeen", Long.toString(turn.at()));
				// The profile outlives silence by the retention period, and no longer.
				pipeline.expire(RedisUserProfiles.key(turn.userId()), this.privacy.retention().toSeconds());
			}
			if (!seen.isEmpty()) {
				// Who wrote when: after the retention period of silence, RetentionSweeper forgets them.
				pipeline.zadd(RetentionSweeper.SEEN_KEY, seen);
				// Someone who writes has not blocked the bot (any more).
				pipeline.srem(ChannelNotifier.BLOCKED_KEY, seen.keySet().toArray(String[]::new));
			}
			messagesByDay.forEach((day, count) -> {
				pipeline.hincrBy(day, "messages", count);
				pipeline.expire(day, 400L * 24 * 3600);
			});
			reached.forEach((channel, users) -> pipeline.pfadd(reachedKey(channel), users.toArray(String[]::new)));
			pipeline.sync();
		}
	}

	/**
	 * One message and the replies to it, at the time of the message, waiting to be written; a
	 * message without history (one past the flood limit, an empty one) has no {@code in}.
	 */
	record Turn(String userId, long at, Language language, @Nullable String in, List<Out> out) {

		static Turn unrecorded(String userId, long at, Language language) {
			return new Turn(userId, at, language, null, List.of());
		}

	}

	/** A reply as the history keeps it: its text, buttons and file, without the file's content. */
	record Out(String text, List<Reply.Button> buttons, ConversationHistory.@Nullable File file) {

		Out {
			buttons = List.copyOf(buttons);
		}

		static Out of(Reply reply) {
			Reply.Attachment attachment = reply.attachment();
			return new Out(reply.text(), reply.buttons(),
					(attachment != null) ? new ConversationHistory.File(attachment.fileName(), attachment.link()) : null);
		}

		boolean offers() {
			return !this.buttons.isEmpty() || this.file != null;
		}

	}

	/**
	 * The directions of a history line: the person's message, a reply, a reply with buttons or a file
	 * (their JSON, a line break, then the text as it is), and the older form of that (all of it as JSON).
	 */
	static final String IN = "in", OUT = "out", OFFERS = "offers", OFFER = "offer";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** What a reply offers, without its text: escaping an article's text as JSON cost more than the rest of the line. */
	private record Offered(List<Reply.Button> buttons, ConversationHistory.@Nullable File file) {
	}

	private static String line(long at, String direction, Language language, String text) {
		return at + "|" + direction + "|" + language.code() + "|" + text;
	}

	/** A reply's line; one that offers buttons or a file keeps them, so a reloaded web chat offers them again. */
	static String line(long at, Language language, Out out) {
		if (!out.offers()) {
			return line(at, OUT, language, out.text());
		}
		// JSON has no raw line break, so the first one ends it.
		return line(at, OFFERS, language, JSON.writeValueAsString(new Offered(out.buttons(), out.file())) + "\n" + out.text());
	}

	/** A history line as {@link #remember} wrote it; null for one it cannot read. */
	static ConversationHistory.@Nullable Line parse(String raw) {
		String[] parts = raw.split("\\|", 4);
		if (parts.length != 4) {
			return null;
		}
		try {
			java.time.Instant at = java.time.Instant.ofEpochMilli(Long.parseLong(parts[0]));
			Language language = Language.fromCode(parts[2]).orElse(Language.EN);
			if (OFFERS.equals(parts[1])) {
				int end = parts[3].indexOf('\n');
				if (end < 0) {
					return null;
				}
				Offered offered = JSON.readValue(parts[3].substring(0, end), Offered.class);
				return new ConversationHistory.Line(at, false, language, parts[3].substring(end + 1),
						(offered.buttons() != null) ? offered.buttons() : List.of(), offered.file());
			}
			if (OFFER.equals(parts[1])) {
				Out out = JSON.readValue(parts[3], Out.class);
				return new ConversationHistory.Line(at, false, language, out.text(), out.buttons(), out.file());
			}
			return new ConversationHistory.Line(at, IN.equals(parts[1]), language, parts[3]);
		}
		catch (NumberFormatException | tools.jackson.core.JacksonException ex) {
			return null;
		}
	}

	/**
	 * @param expecting the command the person's next plain message continues, see
	 * {@link org.talentbridge.bot.conversation.Response#expecting()}
	 * @param staleForm the context holds a form that timed out, to be removed
	 */
	record Arrival(long messagesThisMinute, UserProfile user, @Nullable String expecting,
			org.talentbridge.bot.conversation.ConversationContext context, boolean staleForm) {
	}

}
