package org.talentbridge.bot.conversation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import redis.clients.jedis.AbstractPipeline;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.talentbridge.bot.conversation.ConversationContext;
import org.talentbridge.bot.conversation.ConversationContext.OpenForm;
import org.talentbridge.bot.store.Keys;

/**
 * One Redis hash per person, {@code tb:conversation:context:<userId>}, holding what the
 * conversation is about: the topic of the last answer ({@code article}, {@code question},
 * {@code at}) and the open form ({@code form}, {@code form.step}, {@code form.values} as JSON,
 * {@code form.until}). Read in the arrival round trip, written right after the reply (the next
 * message may follow within milliseconds), and expiring after {@link ConversationContext#FOR_MINUTES}
 * minutes of silence.
 */
final class ContextStore {

	static final long TTL_SECONDS = ConversationContext.FOR_MINUTES * 60L;

	static final String FORM = "form";

	static final String FORM_STEP = "form.step";

	static final String FORM_VALUES = "form.values";

	static final String FORM_UNTIL = "form.until";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {
	};

	private ContextStore() {
	}

	static String key(String userId) {
		return Keys.of("conversation", "context", userId);
	}

	/** The context in the hash; {@code staleForm} when it holds a form that timed out, to be removed. */
	record Read(ConversationContext context, boolean staleForm) {
	}

	static Read read(Map<String, String> hash, Clock clock) {
		ConversationContext.Topic topic = topic(hash, clock);
		OpenForm form = form(hash);
		boolean stale = form != null && !form.until().isAfter(clock.instant());
		return new Read(new ConversationContext(topic, stale ? null : form), stale || (form == null && hash.containsKey(FORM)));
	}

	private static ConversationContext.@Nullable Topic topic(Map<String, String> hash, Clock clock) {
		String article = hash.get("article");
		if (article == null) {
			return null;
		}
		Instant at = Instant.ofEpochMilli(parseLong(hash.get("at")));
		if (at.plusSeconds(TTL_SECONDS).isBefore(clock.instant())) {
			return null;
		}
		return new ConversationContext.Topic(article, hash.getOrDefault("question", ""), at);
	}

	private static @Nullable OpenForm form(Map<String, String> hash) {
		String id = hash.get(FORM);
		String step = hash.get(FORM_STEP);
		if (id == null || step == null) {
			return null;
		}
		try {
			Map<String, String> values = JSON.readValue(hash.getOrDefault(FORM_VALUES, "{}"), VALUES);
			return new OpenForm(id, step, values, Instant.ofEpochMilli(parseLong(hash.get(FORM_UNTIL))));
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/**
	 * Adds the writes to a pipeline: a reply without an article keeps the old topic; the form is
	 * kept, replaced or removed as {@code form} says.
	 */
	static void write(AbstractPipeline pipeline, String userId, ConversationContext.@Nullable Topic topic,
			FormChange form) {
		if (topic == null && form.kind() == FormChange.Kind.KEEP) {
			return;
		}
		Map<String, String> fields = new HashMap<>();
		if (topic != null) {
			fields.put("article", topic.articleId());
			fields.put("question", topic.question());
			fields.put("at", Long.toString(topic.at().toEpochMilli()));
		}
		OpenForm open = form.form();
		if (open != null) {
			fields.put(FORM, open.formId());
			fields.put(FORM_STEP, open.step());
			fields.put(FORM_VALUES, JSON.writeValueAsString(open.values()));
			fields.put(FORM_UNTIL, Long.toString(open.until().toEpochMilli()));
		}
		String key = key(userId);
		if (form.kind() == FormChange.Kind.CLOSE) {
			pipeline.hdel(key, List.of(FORM, FORM_STEP, FORM_VALUES, FORM_UNTIL).toArray(String[]::new));
		}
		if (!fields.isEmpty()) {
			pipeline.hset(key, fields);
			pipeline.expire(key, TTL_SECONDS);
		}
	}

	/** What becomes of the person's open form after a message. */
	record FormChange(Kind kind, @Nullable OpenForm form) {

		static final FormChange KEEP = new FormChange(Kind.KEEP, null);

		static final FormChange CLOSE = new FormChange(Kind.CLOSE, null);

		static FormChange open(OpenForm form) {
			return new FormChange(Kind.OPEN, form);
		}

		enum Kind {

			KEEP, OPEN, CLOSE

		}

	}

	private static long parseLong(@Nullable String value) {
		try {
			return (value != null) ? Long.parseLong(value) : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
