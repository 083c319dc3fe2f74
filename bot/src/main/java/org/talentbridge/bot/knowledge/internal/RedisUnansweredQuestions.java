package org.talentbridge.bot.knowledge.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.Response;
import redis.clients.jedis.params.SetParams;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.knowledge.UnansweredQuestions;
import org.talentbridge.bot.store.Keys;

/**
 * A sorted set of question fingerprints by count ({@code tb:knowledge:unanswered}) and a hash per
 * question with its text, language, count and last time. The same words asked again, in any case
 * or punctuation, count as one question. The text is kept with e-mail addresses, phone numbers and
 * long digit runs masked ({@link QuestionMasks}); who asked is kept only as a hash, in a set per
 * question and a set of questions per asker, so /forget can take a person's questions away.
 */
@Component
class RedisUnansweredQuestions implements UnansweredQuestions, org.talentbridge.bot.conversation.PersonalData,
		org.springframework.context.SmartLifecycle {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RedisUnansweredQuestions.class);

	/** Beyond this many questions waiting, the asker writes theirs at once. */
	static final int CAPACITY = 10_000;

	/** How long a question or an answered count waits at most before it is written. */
	static final long FLUSH_MILLIS = 250;

	static final String INDEX = Keys.of("knowledge", "unanswered");

	private static final int KEEP = 10_000;

	private static final long TTL_SECONDS = 180L * 24 * 3600;

	private static final int MAX_TEXT = 1000;

	private final JedisPooled redis;

	private final Clock clock;

	private final org.talentbridge.bot.conversation.Phrases phrases;

	/**
	 * Off the reply's path: questions and answered counts wait here and are written together, a
	 * quarter of a second later at most, in one pipeline; every read here writes them first, and
	 * stopping the bot writes what is left.
	 */
	private final java.util.concurrent.BlockingQueue<Asked> waiting = new java.util.concurrent.ArrayBlockingQueue<>(CAPACITY);

	private final java.util.concurrent.atomic.LongAdder answeredWaiting = new java.util.concurrent.atomic.LongAdder();

	/** Unanswered messages counted but not kept for staff, written with the next batch as the answered ones. */
	private final java.util.concurrent.atomic.LongAdder notRecordedWaiting = new java.util.concurrent.atomic.LongAdder();

	private final Object writing = new Object();

	private volatile java.util.concurrent.@org.jspecify.annotations.Nullable ScheduledExecutorService writer;

	RedisUnansweredQuestions(JedisPooled redis, Clock clock, org.talentbridge.bot.conversation.Phrases phrases) {
		this.redis = redis;
		this.clock = clock;
		this.phrases = phrases;
	}

	private record Asked(String userId, String text, Language language) {
	}

	@Override
	public void start() {
		java.util.concurrent.ScheduledExecutorService executor = java.util.concurrent.Executors
			.newSingleThreadScheduledExecutor(runnable -> {
				Thread thread = new Thread(runnable, "unanswered-writer");
				thread.setDaemon(true);
				return thread;
			});
		executor.scheduleWithFixedDelay(this::flushQuietly, FLUSH_MILLIS, FLUSH_MILLIS,
				java.util.concurrent.TimeUnit.MILLISECONDS);
		this.writer = executor;
	}

	@Override
	public void stop() {
		java.util.concurrent.ScheduledExecutorService executor = this.writer;
		this.writer = null;
		if (executor != null) {
			executor.shutdown();
			try {
				executor.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		flush();
	}

	@Override
	public boolean isRunning() {
		return this.writer != null;
	}

	/** Stops before the Redis connection pool closes, so the last questions are still written. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 100;
	}

	private void flushQuietly() {
		try {
			flush();
		}
		catch (RuntimeException ex) {
			// Redis away: what waits stays and is tried again at the next tick.
			log.warn("Writing unanswered questions failed, retrying: {}", ex.getMessage());
		}
	}

	/** Writes what waits, in one round trip; on failure it waits on. */
	void flush() {
		synchronized (this.writing) {
			List<Asked> batch = new ArrayList<>();
			this.waiting.drainTo(batch);
			long answered = this.answeredWaiting.sumThenReset();
			long notRecorded = this.notRecordedWaiting.sumThenReset();
			if (batch.isEmpty() && answered == 0 && notRecorded == 0) {
				return;
			}
			try {
				write(batch, answered, notRecorded);
			}
			catch (RuntimeException ex) {
				this.answeredWaiting.add(answered);
				this.notRecordedWaiting.add(notRecorded);
				batch.forEach(this.waiting::offer);
				throw ex;
			}
		}
	}

	/**
	 * Three round trips for the whole batch, however long: who already asked each question, then
	 * each new asker's share of the day, then the writes. Read here, on the writer's thread, not on
	 * the way to the reply.
	 */
	private void write(List<Asked> batch, long answered, long notRecorded) {
		List<Question> questions = new ArrayList<>();
		java.util.Set<String> seen = new java.util.HashSet<>();
		long unanswered = notRecorded;
		for (Asked asked : batch) {
			Question question = Question.of(asked);
			// The same words again from the same person are one question.
			if (seen.add(question.fingerprint() + " " + question.asker())) {
				questions.add(question);
			}
			else {
				unanswered++;
			}
		}
		List<Question> fresh = new ArrayList<>();
		if (!questions.isEmpty()) {
			List<Response<Boolean>> askedBefore = new ArrayList<>();
			try (AbstractPipeline pipeline = this.redis.pipelined()) {
				for (Question question : questions) {
					askedBefore.add(pipeline.sismember(askersKey(question.fingerprint()), question.asker()));
				}
				pipeline.sync();
			}
			for (int i = 0; i < questions.size(); i++) {
				if (askedBefore.get(i).get()) {
					unanswered++;
				}
				else {
					fresh.add(questions.get(i));
				}
			}
		}
		List<Question> kept = new ArrayList<>();
		if (!fresh.isEmpty()) {
			java.time.LocalDate today = java.time.LocalDate.now(this.clock);
			List<Response<Long>> shares = new ArrayList<>();
			try (AbstractPipeline pipeline = this.redis.pipelined()) {
				for (Question question : fresh) {
					String keptToday = keptTodayKey(question.asker(), today);
					// Made with its expiry if it is new; INCR keeps that expiry.
					pipeline.set(keptToday, "0", SetParams.setParams().nx().ex(2L * 24 * 3600));
					shares.add(pipeline.incr(keptToday));
				}
				pipeline.sync();
			}
			// A flood of new questions from one person stops at a day's share.
			for (int i = 0; i < fresh.size(); i++) {
				if (shares.get(i).get() > PER_ASKER_A_DAY) {
					unanswered++;
				}
				else {
					kept.add(fresh.get(i));
				}
			}
		}
		try (AbstractPipeline pipeline = this.redis.pipelined()) {
			for (Question question : kept) {
				keep(pipeline, question);
			}
			if (!kept.isEmpty()) {
				// Bounded: the least asked fall off once there are many.
				pipeline.zremrangeByRank(INDEX, 0, -(KEEP + 1));
			}
			if (answered > 0) {
				count(pipeline, "answered", answered);
			}
			if (unanswered + kept.size() > 0) {
				count(pipeline, "unanswered", unanswered + kept.size());
			}
			pipeline.sync();
		}
	}

	/** A question as it is kept: masked, its fingerprint, and who asked as a hash. */
	private record Question(String fingerprint, String text, Language language, String asker) {

		static Question of(Asked asked) {
			String masked = QuestionMasks.mask(asked.text());
			return new Question(Fingerprints.of(masked), masked.length() > MAX_TEXT ? masked.substring(0, MAX_TEXT) : masked,
					asked.language(), RedisUnansweredQuestions.asker(asked.userId()));
		}

	}

	static String askersKey(String fingerprint) {
		return INDEX + ":" + fingerprint + ":askers";
	}

	static String askedKey(String asker) {
		return Keys.of("knowledge", "asked", asker);
	}

	/** Who asked, as 32 hex digits of a SHA-256: enough to find their questions, not to name them. */
	static String asker(String userId) {
		try {
			byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
				.digest(("asker:" + userId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

	/** Questions one person may add to the list in a day; beyond, they are counted but not kept. */
	static final int PER_ASKER_A_DAY = 20;

	static String keptTodayKey(String asker, java.time.LocalDate day) {
		return Keys.of("knowledge", "kept", asker, day.toString());
	}

	@Override
	public void notRecorded() {
		if (this.writer == null) {
			synchronized (this.writing) {
				write(List.of(), 0, 1);
			}
			return;
		}
		this.notRecordedWaiting.increment();
	}

	@Override
	public void record(String userId, String text, Language language) {
		Asked asked = new Asked(userId, text, language);
		if (this.writer == null || !this.waiting.offer(asked)) {
			synchronized (this.writing) {
				write(List.of(asked), 0, 0);
			}
		}
	}

	private void keep(AbstractPipeline pipeline, Question question) {
		String key = INDEX + ":" + question.fingerprint();
		pipeline.sadd(askersKey(question.fingerprint()), question.asker());
		pipeline.expire(askersKey(question.fingerprint()), TTL_SECONDS);
		pipeline.sadd(askedKey(question.asker()), question.fingerprint());
		pipeline.expire(askedKey(question.asker()), TTL_SECONDS);
		pipeline.zincrby(INDEX, 1, question.fingerprint());
		pipeline.hsetnx(key, "text", question.text());
		pipeline.hsetnx(key, "language", question.language().code());
		pipeline.hincrBy(key, "count", 1);
		pipeline.hset(key, "lastAsked", Long.toString(this.clock.millis()));
		pipeline.expire(key, TTL_SECONDS);
	}

	static String dayKey(java.time.LocalDate date) {
		return Keys.of("knowledge", "day", date.toString());
	}

	private void count(AbstractPipeline pipeline, String field, long by) {
		String key = dayKey(java.time.LocalDate.now(this.clock));
		pipeline.hincrBy(key, field, by);
		pipeline.expire(key, 400L * 24 * 3600);
	}

	@Override
	public void answered() {
		if (this.writer == null) {
			synchronized (this.writing) {
				write(List.of(), 1, 0);
			}
			return;
		}
		this.answeredWaiting.increment();
	}

	@Override
	public Day day(java.time.LocalDate date) {
		flush();
		List<String> values = this.redis.hmget(dayKey(date), "answered", "unanswered");
		return new Day(date, (values.get(0) != null) ? Long.parseLong(values.get(0)) : 0,
				(values.get(1) != null) ? Long.parseLong(values.get(1)) : 0);
	}

	@Override
	public void handled(String id) {
		flush();
		if (id.matches("[A-Za-z0-9_-]{1,128}")) {
			this.redis.zrem(INDEX, id);
			this.redis.del(INDEX + ":" + id, askersKey(id));
		}
	}

	@Override
	public List<String> describe(String userId, Language language) {
		flush();
		long asked = this.redis.scard(askedKey(asker(userId)));
		return (asked > 0) ? List.of(this.phrases.count(language, "mydata.unanswered", asked)) : List.of();
	}

	/** Their questions go; one others asked too stays, counted once less, since its words are not theirs alone. */
	@Override
	public void forget(String userId) {
		flush();
		String asker = asker(userId);
		for (String fingerprint : this.redis.smembers(askedKey(asker))) {
			this.redis.srem(askersKey(fingerprint), asker);
			if (this.redis.scard(askersKey(fingerprint)) == 0) {
				this.redis.zrem(INDEX, fingerprint);
				this.redis.del(INDEX + ":" + fingerprint, askersKey(fingerprint));
			}
			else {
				this.redis.zincrby(INDEX, -1, fingerprint);
				this.redis.hincrBy(INDEX + ":" + fingerprint, "count", -1);
			}
		}
		this.redis.del(askedKey(asker));
		java.time.LocalDate today = java.time.LocalDate.now(this.clock);
		this.redis.del(keptTodayKey(asker, today), keptTodayKey(asker, today.minusDays(1)));
	}

	@Override
	public List<Entry> mostAsked(int limit) {
		flush();
		List<String> fingerprints = this.redis.zrevrange(INDEX, 0, limit - 1L);
		List<Response<Map<String, String>>> hashes = new ArrayList<>();
		try (AbstractPipeline pipeline = this.redis.pipelined()) {
			fingerprints.forEach(f -> hashes.add(pipeline.hgetAll(INDEX + ":" + f)));
			pipeline.sync();
		}
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < hashes.size(); i++) {
			Map<String, String> hash = hashes.get(i).get();
			if (hash.isEmpty()) {
				continue;
			}
			entries.add(new Entry(fingerprints.get(i), hash.get("text"), Language.fromCode(hash.get("language")).orElse(Language.EN),
					Long.parseLong(hash.getOrDefault("count", "0")),
					Instant.ofEpochMilli(Long.parseLong(hash.getOrDefault("lastAsked", "0")))));
		}
		return entries;
	}

}
