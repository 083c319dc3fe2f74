package org.talentbridge.bot.conversation.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import redis.clients.jedis.JedisPooled;

import org.talentbridge.bot.conversation.ConversationContext;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.store.HeldLeaders;
import org.talentbridge.bot.store.SharedPipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** What a turn leaves in Redis without the reply waiting for it, against the real embedded Redis. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ConversationStoreTests {

	@Autowired
	JedisPooled redis;

	@Autowired
	SharedPipeline shared;

	@Autowired
	ConversationStore store;

	private final String person = "web:" + java.util.UUID.randomUUID();

	@Test
	void thePersonsNextMessageAndHistoryWaitUntilRedisHasWhatTheirLastTurnLeft() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		List<Thread> leaders = HeldLeaders.hold(this.shared, release);

		// Both leaders busy: the turn's commands only queue, and the reply would go now.
		ConversationContext.Topic topic = new ConversationContext.Topic("dk-cpr-registration", "How do I get a CPR number?",
				java.time.Instant.now());
		this.store.settle(this.person, null, false, topic, ContextStore.FormChange.KEEP, null, turn(this.person));
		Thread waiting = new Thread(() -> this.store.settled(this.person));
		waiting.start();
		waiting.join(300);

		assertThat(waiting.isAlive()).as("waiting for the last turn to be in Redis").isTrue();
		release.countDown();
		waiting.join(10_000);
		assertThat(waiting.isAlive()).isFalse();
		assertThat(this.store.arrive(this.person).context().topic()).isNotNull()
			.satisfies(kept -> assertThat(kept.articleId()).isEqualTo("dk-cpr-registration"));
		assertThat(this.redis.llen(ConversationStore.historyKey(this.person))).isEqualTo(2);
		assertThat(this.redis.lindex(ConversationStore.historyKey(this.person), 1)).contains("|common|en|");
		for (Thread leader : leaders) {
			leader.join(10_000);
		}
	}

	@Test
	void aTurnThatSetsAFollowUpIsInRedisBeforeTheReplyGoes() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		List<Thread> leaders = HeldLeaders.hold(this.shared, release);
		Thread replying = new Thread(() -> this.store.settle(this.person, "/signup", false, null,
				ContextStore.FormChange.KEEP, null, turn(this.person)));
		replying.start();
		replying.join(300);

		assertThat(replying.isAlive()).as("the reply waits for Redis").isTrue();
		release.countDown();
		replying.join(10_000);
		// Read past this instance's own wait, as another instance reads it.
		assertThat(this.redis.hget(RedisUserProfiles.key(this.person), ConversationStore.EXPECTING)).isEqualTo("/signup");
		for (Thread leader : leaders) {
			leader.join(10_000);
		}
	}

	@Test
	void aTurnThatRedisCannotTakeHoldsNobodyUp() {
		// Nothing listens on port 1: every round trip fails.
		JedisPooled gone = new JedisPooled("127.0.0.1", 1);
		ConversationStore cut = new ConversationStore(gone, new SharedPipeline(gone), Clock.systemUTC(),
				new ConversationProperties(20, Map.of(), 20, Duration.ofDays(30)),
				new PrivacyProperties(Duration.ofDays(395), Duration.ofHours(1)));

		assertThatCode(() -> cut.settle(this.person, null, false, null, ContextStore.FormChange.KEEP, null,
				turn(this.person))).doesNotThrowAnyException();
		assertThatCode(() -> cut.settled(this.person)).doesNotThrowAnyException();
		gone.close();
	}

	private static ConversationStore.Turn turn(String userId) {
		return new ConversationStore.Turn(userId, System.currentTimeMillis(), Language.EN, "How do I get a CPR number?",
				List.of(ConversationStore.Out.of(Reply.common("Getting a CPR number\n\nBook a time.", List.of()))));
	}

}
