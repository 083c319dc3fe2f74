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
 * profile, context) and one after that the reply does not wait for (what the next message must
 * find, and the turn's history), each shared with the other conversations' of the moment
 * ({@link SharedPipeline}); who wrote when and the day's figures follow later, in batches
 * ({@link SeenWriter}).
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

	private final CommonReplies common = new CommonReplies();

	/** What {@link #settle} sent and Redis does not have yet, by person. */
	private final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.CompletableFuture<Void>> settling = new java.util.concurrent.ConcurrentHashMap<>();

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ConversationStore.class);

	/** The minute whose flood hash this instance has given its expiry. */
	private volatile long floodExpiring = -1;

	/**
	 * Counts this message against the person's minute and reads their profile and context. Who
	 * wrote when, and the day's figures, wait for {@link #remember}: nothing on the reply's path
	 * needs them.
	 */
	Arrival arrive(String userId) {
		settled(userId);
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
	 * What the next message must find (the follow-up the reply waits for, the topic it was about,
	 * the open form, a language learned from the message) and the turn's history. A turn that opens,
	 * moves or closes a form, or sets or ends a follow-up, is in Redis before the reply goes: the
	 * button the person presses next, on any instance, is read by it. Any other turn is sent with the
	 * round trip under way or the next one, without waiting for it (a thread parked per round trip
	 * cost more than the commands): on this instance the person's next message and their history
	 * wait until Redis has it ({@link #settled}); on another it is there long before the person could
	 * have read the reply and typed. With the reply's commands, a turn's history costs no round trip
	 * of its own, and no background batch of many turns' texts holds up the replies of the moment
	 * behind it in Redis.
	 */
	void settle(String userId, @Nullable String command, boolean wasExpecting,
			org.talentbridge.bot.conversation.ConversationContext.@Nullable Topic topic, ContextStore.FormChange form,
			@Nullable Language learned, @Nullable Turn turn) {
		if (turn == null && command == null && !wasExpecting && topic == null
				&& form.kind() == ContextStore.FormChange.Kind.KEEP && learned == null) {
			return;
		}
		String key = RedisUserProfiles.key(userId);
		// Made here, on the caller's thread: the commands may be queued by the thread that leads the shared round trip.
		Map<String, String> repliesDue = new java.util.HashMap<>(2);
		String[] lines = (turn != null) ? lines(turn, repliesDue) : null;
		SharedPipeline.Commands<Boolean> commands = pipeline -> settle(pipeline, key, userId, command, wasExpecting,
				topic, form, learned, turn, lines, repliesDue);
		if (command != null || wasExpecting || form.kind() != ContextStore.FormChange.Kind.KEEP) {
			// A form or a follow-up the next message is read by: a button pressed at once, even on another
			// instance, must find it.
			try {
				this.shared.run(commands);
			}
			catch (RuntimeException ex) {
				repliesDue.values().forEach(this.common::notWritten);
				throw ex;
			}
			return;
		}
		java.util.concurrent.CompletableFuture<Void> sent = this.shared.send(commands);
		this.settling.put(userId, sent);
		sent.whenComplete((done, failure) -> {
			this.settling.remove(userId, sent);
			if (failure != null) {
				repliesDue.values().forEach(this.common::notWritten);
				// The reply has gone; what it leaves is lost, as a failed round trip before the reply would have lost it.
				log.warn("Keeping a turn in Redis failed: {}", failure.toString());
			}
		});
	}

	/**
	 * Waits until what {@link #settle} sent for the person is in Redis: their next message, or a look
	 * at their history, on this instance reads it whichever leader sends it and when.
	 */
	void settled(String userId) {
		java.util.concurrent.CompletableFuture<Void> pending = this.settling.get(userId);
		if (pending != null) {
			try {
				pending.join();
			}
			catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException ex) {
				// Logged where it failed; the message is answered from what Redis has.
			}
		}
	}

	private java.util.function.Supplier<Boolean> settle(AbstractPipeline pipeline, String key, String userId,
			@Nullable String command, boolean wasExpecting,
			org.talentbridge.bot.conversation.ConversationContext.@Nullable Topic topic, ContextStore.FormChange form,
			@Nullable Language learned, @Nullable Turn turn, String @Nullable [] lines, Map<String, String> repliesDue) {
		long historyTtl = this.properties.historyTtl().toSeconds();
		Map<String, String> profile = new java.util.HashMap<>(4);
		if (learned != null) {
			profile.putAll(RedisUserProfiles.languageFields(learned, false));
		}
		if (lines != null) {
			// It also makes the profile exist from the first message, so "/mydata" can say what is not known yet.
			profile.put("lastSeen", Long.toString(turn.at()));
		}
		if (command != null) {
			long until = this.clock.millis() + java.time.Duration
				.ofMinutes(org.talentbridge.bot.conversation.Response.EXPECTING_FOR_MINUTES)
				.toMillis();
			profile.put(EXPECTING, command);
			profile.put(EXPECTING_UNTIL, Long.toString(until));
		}
		else if (wasExpecting) {
			pipeline.hdel(key, EXPECTING, EXPECTING_UNTIL);
		}
		if (!profile.isEmpty()) {
			pipeline.hset(key, profile);
		}
		ContextStore.write(pipeline, userId, topic, form);
		if (lines == null) {
			return () -> Boolean.TRUE;
		}
		// The profile outlives silence by the retention period, and no longer.
		pipeline.expire(key, this.privacy.retention().toSeconds());
		// A day longer than the history, so the reply outlives the lines that name it.
		repliesDue.forEach((digest, reply) -> pipeline.setex(CommonReplies.key(digest), historyTtl + 86_400, reply));
		String history = historyKey(userId);
		pipeline.rpush(history, lines);
		pipeline.ltrim(history, -this.properties.historySize(), -1);
		pipeline.expire(history, historyTtl);
		return () -> Boolean.TRUE;
	}

	/** The turn's lines; a common reply is named by its digest, and added to {@code repliesDue} when it is to be written. */
	private String[] lines(Turn turn, Map<String, String> repliesDue) {
		String[] lines = new String[1 + turn.out().size()];
		lines[0] = line(turn.at(), IN, turn.language(), turn.in());
		for (int i = 0; i < turn.out().size(); i++) {
			Out out = turn.out().get(i);
			if (out.common()) {
				String reply = offered(out);
				CommonReplies.Named named = this.common.name(reply, turn.at());
				if (named.due()) {
					repliesDue.put(named.digest(), reply);
				}
				lines[i + 1] = line(turn.at(), COMMON, turn.language(), named.digest());
			}
			else {
				lines[i + 1] = line(turn.at(), turn.language(), out);
			}
		}
		return lines;
	}

	/**
	 * What every message leaves besides its history: who wrote when (for {@link RetentionSweeper}),
	 * that they have not blocked the bot, and the day's figures; for many messages in a few commands.
	 */
	void remember(List<Seen> messages) {
		Map<String, Double> seen = new java.util.HashMap<>();
		Map<String, Long> messagesByDay = new java.util.HashMap<>();
		Map<org.talentbridge.bot.conversation.Channel, java.util.Set<String>> reached = new java.util.EnumMap<>(
				org.talentbridge.bot.conversation.Channel.class);
		for (Seen message : messages) {
			seen.merge(message.userId(), (double) message.at(), Math::max);
			messagesByDay.merge(dayKey(java.time.Instant.ofEpochMilli(message.at()).atZone(STATS_ZONE).toLocalDate()), 1L,
					Long::sum);
			org.talentbridge.bot.conversation.Channel.of(message.userId())
				.ifPresent(channel -> reached.computeIfAbsent(channel, c -> new java.util.HashSet<>()).add(message.userId()));
		}
		if (seen.isEmpty()) {
			return;
		}
		try (AbstractPipeline pipeline = this.redis.pipelined()) {
			// Who wrote when: after the retention period of silence, RetentionSweeper forgets them.
			pipeline.zadd(RetentionSweeper.SEEN_KEY, seen);
			// Someone who writes has not blocked the bot (any more).
			pipeline.srem(ChannelNotifier.BLOCKED_KEY, seen.keySet().toArray(String[]::new));
			messagesByDay.forEach((day, count) -> {
				pipeline.hincrBy(day, "messages", count);
				pipeline.expire(day, 400L * 24 * 3600);
			});
			reached.forEach((channel, users) -> pipeline.pfadd(reachedKey(channel), users.toArray(String[]::new)));
			pipeline.sync();
		}
	}

	/** That a person wrote, and when: every message, answered or not, with history or without. */
	record Seen(String userId, long at) {
	}

	/** One message and the replies to it, at the time of the message, for the history. */
	record Turn(String userId, long at, Language language, String in, List<Out> out) {
	}

	/**
	 * A reply as the history keeps it: its text, buttons and file, without the file's content.
	 *
	 * @param common the text is the same for everyone, kept once by {@link CommonReplies}
	 */
	record Out(String text, List<Reply.Button> buttons, ConversationHistory.@Nullable File file, boolean common) {

		Out {
			buttons = List.copyOf(buttons);
		}

		Out(String text, List<Reply.Button> buttons, ConversationHistory.@Nullable File file) {
			this(text, buttons, file, false);
		}

		static Out of(Reply reply) {
			Reply.Attachment attachment = reply.attachment();
			return new Out(reply.text(), reply.buttons(),
					(attachment != null) ? new ConversationHistory.File(attachment.fileName(), attachment.link()) : null,
					reply.common());
		}

		boolean offers() {
			return !this.buttons.isEmpty() || this.file != null;
		}

	}

	/**
	 * The directions of a history line: the person's message, a reply, a reply with buttons or a file
	 * (their JSON, a line break, then the text as it is), the older form of that (all of it as JSON),
	 * and a common reply (the digest of what an "offers" line would hold, kept by {@link CommonReplies}).
	 */
	static final String IN = "in", OUT = "out", OFFERS = "offers", OFFER = "offer", COMMON = "common";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** What a reply offers, without its text: escaping an article's text as JSON cost more than the rest of the line. */
	private record Offered(List<Reply.Button> buttons, ConversationHistory.@Nullable File file) {
	}

	/** A reply's line of the older form, all of it as JSON. */
	private record AllJson(String text, List<Reply.Button> buttons, ConversationHistory.@Nullable File file) {
	}

	private static String line(long at, String direction, Language language, String text) {
		return at + "|" + direction + "|" + language.code() + "|" + text;
	}

	/** A reply's line; one that offers buttons or a file keeps them, so a reloaded web chat offers them again. */
	static String line(long at, Language language, Out out) {
		if (!out.offers()) {
			return line(at, OUT, language, out.text());
		}
		return line(at, OFFERS, language, offered(out));
	}

	/** What a reply offers and its text: their JSON, then after the first line break (JSON has no raw one) the text as it is. */
	static String offered(Out out) {
		return JSON.writeValueAsString(new Offered(out.buttons(), out.file())) + "\n" + out.text();
	}

	/** The line of a common reply: its digest, see {@link CommonReplies}. */
	static String commonLine(long at, Language language, String digest) {
		return line(at, COMMON, language, digest);
	}

	/** The digest a history line names, or null for a line that holds its reply. */
	static @Nullable String digestIn(String raw) {
		String[] parts = raw.split("\\|", 4);
		return (parts.length == 4 && COMMON.equals(parts[1])) ? parts[3] : null;
	}

	/** A history line as {@link #settle} wrote it, without common replies; null for one it cannot read. */
	static ConversationHistory.@Nullable Line parse(String raw) {
		return parse(raw, Map.of(), language -> "");
	}

	/**
	 * A history line as {@link #settle} wrote it; null for one it cannot read.
	 *
	 * @param replies common replies by digest, as {@link #offered} made them
	 * @param missing what a line shows whose common reply is gone
	 */
	static ConversationHistory.@Nullable Line parse(String raw, Map<String, String> replies,
			java.util.function.Function<Language, String> missing) {
		String[] parts = raw.split("\\|", 4);
		if (parts.length != 4) {
			return null;
		}
		try {
			java.time.Instant at = java.time.Instant.ofEpochMilli(Long.parseLong(parts[0]));
			Language language = Language.fromCode(parts[2]).orElse(Language.EN);
			String offers = OFFERS.equals(parts[1]) ? parts[3] : COMMON.equals(parts[1]) ? replies.get(parts[3]) : null;
			if (COMMON.equals(parts[1]) && offers == null) {
				return new ConversationHistory.Line(at, false, language, missing.apply(language));
			}
			if (offers != null) {
				int end = offers.indexOf('\n');
				if (end < 0) {
					return null;
				}
				Offered offered = JSON.readValue(offers.substring(0, end), Offered.class);
				return new ConversationHistory.Line(at, false, language, offers.substring(end + 1),
						(offered.buttons() != null) ? offered.buttons() : List.of(), offered.file());
			}
			if (OFFER.equals(parts[1])) {
				AllJson out = JSON.readValue(parts[3], AllJson.class);
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
