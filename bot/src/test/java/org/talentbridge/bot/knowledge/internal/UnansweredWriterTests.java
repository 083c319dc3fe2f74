package org.talentbridge.bot.knowledge.internal;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import redis.clients.jedis.JedisPooled;

import org.talentbridge.bot.conversation.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unanswered questions and answered counts are written off the reply's path, together, shortly
 * after: without anyone reading them, and at once when the bot stops.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class UnansweredWriterTests {

	@Autowired
	RedisUnansweredQuestions unanswered;

	@Autowired
	JedisPooled redis;

	private Double score(String text) {
		return this.redis.zscore(RedisUnansweredQuestions.INDEX, Fingerprints.of(QuestionMasks.mask(text)));
	}

	private long answeredToday() {
		String value = this.redis.hget(RedisUnansweredQuestions.dayKey(java.time.LocalDate.now()), "answered");
		return (value != null) ? Long.parseLong(value) : 0;
	}

	@Test
	void aQuestionReachesRedisShortlyWithoutAnyoneReadingIt() throws InterruptedException {
		String text = "Where do penguins in Lund go to vote " + UUID.randomUUID() + "?";
		this.unanswered.record("web:writer-1", text, Language.EN);
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (score(text) == null && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(score(text)).isEqualTo(1.0);
	}

	@Test
	void stoppingWritesWhatWaitsAndAfterwardsEachIsWrittenAtOnce() {
		String text = "Can a cat register for a CPR number " + UUID.randomUUID() + "?";
		long answered = answeredToday();
		this.unanswered.stop();
		try {
			// Stopped: written at once, on the caller's thread.
			this.unanswered.record("web:writer-2", text, Language.EN);
			this.unanswered.answered();
			assertThat(score(text)).isEqualTo(1.0);
			assertThat(answeredToday()).isGreaterThanOrEqualTo(answered + 1);
		}
		finally {
			this.unanswered.start();
		}
		String waiting = "Does the bridge to Malmö close for " + UUID.randomUUID() + "?";
		this.unanswered.record("web:writer-3", waiting, Language.EN);
		this.unanswered.stop();
		try {
			assertThat(score(waiting)).as("written by stop").isEqualTo(1.0);
		}
		finally {
			this.unanswered.start();
		}
	}

}
