package org.talentbridge.bot.conversation.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import redis.clients.jedis.JedisPooled;

import org.talentbridge.bot.MutableClock;
import org.talentbridge.bot.RedisScan;
import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Conversation;
import org.talentbridge.bot.conversation.IncomingMessage;
import org.talentbridge.bot.conversation.Response;
import org.talentbridge.bot.events.Attendee;
import org.talentbridge.bot.events.EventCatalog;
import org.talentbridge.bot.events.Signups;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After 13 months without a message, everything about a person is gone, as after /forget; a person
 * who wrote in between keeps everything. Signups end with their event plus 30 days.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "bot.nudges.check=PT1H")
@Import(MutableClock.Config.class)
class RetentionIntegrationTests {

	@Autowired
	Conversation conversation;

	@Autowired
	RetentionSweeper sweeper;

	@Autowired
	SeenWriter seen;

	@Autowired
	MutableClock clock;

	@Autowired
	JedisPooled redis;

	@Autowired
	Signups signups;

	@Autowired
	EventCatalog events;

	private Response say(String user, String text) {
		return this.conversation.handle(IncomingMessage.of(Channel.WEB, user, text));
	}

	@Autowired
	ConversationStore store;

	@Test
	void aTurnKeepsTheTimeItWasSaidWhateverTheClockSaysWhenItIsWritten() {
		String user = "web:timed-" + java.util.UUID.randomUUID();
		long said = this.clock.millis();
		ConversationStore.Turn turn = new ConversationStore.Turn(user, said, org.talentbridge.bot.conversation.Language.EN,
				"How do I get a CPR number?", java.util.List.of(ConversationStore.Out.of(org.talentbridge.bot.conversation.Reply.text("Getting a CPR number"))));
		this.clock.advance(java.time.Duration.ofSeconds(3));

		this.store.settle(user, null, false, null, ContextStore.FormChange.KEEP, null, turn);

		assertThat(this.redis.lrange(ConversationStore.historyKey(user), 0, -1))
			.allSatisfy(line -> assertThat(line).startsWith(said + "|"))
			.hasSize(2);
		assertThat(this.redis.hget("tb:conversation:user:" + user, "lastSeen")).isEqualTo(Long.toString(said));
	}

	@Autowired
	org.talentbridge.bot.conversation.ConversationStats stats;

	@Test
	void everyMessageCountsAndSaysWhoWroteOnceItsBatchIsWritten() {
		String user = "counted-" + UUID.randomUUID();
		String userId = "web:" + user;
		java.time.LocalDate today = java.time.LocalDate.now(this.clock.withZone(ConversationStore.STATS_ZONE));
		long before = this.stats.messagesOn(today);
		this.redis.sadd(ChannelNotifier.BLOCKED_KEY, userId);
		long said = this.clock.millis();

		say(user, "How do I get a CPR number?");
		// Kept out of the history, but a message all the same.
		say(user, "\u0007 ");
		this.seen.flushAll();

		assertThat(this.stats.messagesOn(today)).isEqualTo(before + 2);
		assertThat(this.redis.zscore(RetentionSweeper.SEEN_KEY, userId)).isEqualTo((double) said);
		assertThat(this.redis.sismember(ChannelNotifier.BLOCKED_KEY, userId)).as("writing unblocks").isFalse();
		assertThat(this.redis.lrange(ConversationStore.historyKey(userId), 0, -1)).hasSize(2)
			.first(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.endsWith("|How do I get a CPR number?");
	}

	@Test
	void peopleSilentForThirteenMonthsAreForgottenAndOthersKept() {
		Instant before = this.clock.instant();
		String silent = "silent-" + UUID.randomUUID();
		String talkative = "talkative-" + UUID.randomUUID();
		try {
			say(silent, "/news on");
			say(silent, "/signup hellopenhagen-2027");
			Response consent = say(silent, "Sara Silent");
			say(silent, consent.replies().get(0).buttons().get(0).value());
			String tag = silent.replaceAll("[^a-f]", "");
			say(silent, "Can my pet alpaca " + tag + " come to the fair?");
			say(talkative, "/language sv");
			assertThat(this.signups.attendees("hellopenhagen-2027")).extracting(Attendee::userId).contains("web:" + silent);
			long ttl = this.redis.ttl("tb:conversation:user:web:" + talkative);
			assertThat(ttl).as("the profile expires with silence").isBetween(Duration.ofDays(394).toSeconds(), Duration.ofDays(395).toSeconds());

			this.clock.advance(Duration.ofDays(200));
			say(talkative, "hej igen");
			this.clock.advance(Duration.ofDays(196));
			assertThat(this.sweeper.sweep()).isPositive();

			// The flood counts of their last minute are Redis's to drop, two minutes after they were written.
			assertThat(RedisScan.mentions(this.redis, silent)).allMatch(key -> key.startsWith("tb:conversation:flood:"));
			assertThat(RedisScan.mentions(this.redis, tag)).as("their unanswered question").isEmpty();
			assertThat(this.signups.attendees("hellopenhagen-2027")).extracting(Attendee::userId).doesNotContain("web:" + silent);
			assertThat(this.redis.hget("tb:conversation:user:web:" + talkative, "language")).isEqualTo("sv");
			assertThat(this.sweeper.sweep()).as("nobody is forgotten twice").isZero();
		}
		finally {
			this.clock.set(before);
		}
	}

	@Test
	void signupsEndWithTheirEventPlusThirtyDays() {
		String user = "signup-" + UUID.randomUUID();
		say(user, "/signup hellopenhagen-2027");
		Response consent = say(user, "Ebba Expiry");
		say(user, consent.replies().get(0).buttons().get(0).value());
		Instant end = this.events.find("hellopenhagen-2027").orElseThrow().endsAt();
		long expected = end.plus(Duration.ofDays(30)).getEpochSecond();
		assertThat(this.redis.expireTime("tb:events:details:hellopenhagen-2027")).isEqualTo(expected);
		assertThat(this.redis.expireTime("tb:events:confirmed:hellopenhagen-2027")).isEqualTo(expected);
		assertThat(this.redis.expireTime("tb:events:of:web:" + user)).isEqualTo(expected);
	}

}
