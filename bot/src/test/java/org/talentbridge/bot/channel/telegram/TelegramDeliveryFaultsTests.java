package org.talentbridge.bot.channel.telegram;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.talentbridge.bot.MutableClock;
import org.talentbridge.bot.announcements.Announcement;
import org.talentbridge.bot.announcements.Announcements;
import org.talentbridge.bot.announcements.NewsSubscriptions;
import org.talentbridge.bot.announcements.Segment;
import org.talentbridge.bot.channel.telegram.FakeBotApi.Fault;
import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Announcements when the Bot API misbehaves, through the real TelegramBots client against the
 * fake: a send whose answer does not come in time is not repeated (it may have arrived) and
 * counts as unknown; a 500 is tried again, also later, and then delivered; a send that keeps
 * failing counts as failed once its attempts are used up, and never blocks the announcement.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "bot.telegram.poll-timeout-seconds=1", "bot.telegram.send-timeout=1s",
				"bot.telegram.retry-backoff=20ms", "bot.announcements.check=PT0.2S",
				"bot.announcements.per-second.telegram=200", "bot.announcements.retry-backoff=200ms",
				"bot.announcements.delivery-attempts=3" })
@Import(MutableClock.Config.class)
class TelegramDeliveryFaultsTests {

	static final FakeBotApi telegram = FakeBotApi.start();

	@DynamicPropertySource
	static void telegram(DynamicPropertyRegistry registry) {
		telegram.register(registry);
	}

	@AfterAll
	static void stop() {
		telegram.close();
	}

	@Autowired
	Announcements announcements;

	@Autowired
	NewsSubscriptions news;

	@Autowired
	MutableClock clock;

	@Autowired
	MeterRegistry meters;

	@BeforeEach
	void daytime() {
		this.clock.set(MutableClock.START);
	}

	@AfterEach
	void noFaultsLeft() {
		telegram.clearFaults();
		// The people of one test are not the next test's: each test reaches only its own.
		for (long user : List.of(1L, 2L, 3L)) {
			this.news.unsubscribe(Channel.TELEGRAM.userId(Long.toString(this.base + user)));
		}
	}

	long base;

	private String announce(long base, String text) {
		this.base = base;
		for (long user = base + 1; user <= base + 3; user++) {
			this.news.subscribe(Channel.TELEGRAM.userId(Long.toString(user)));
		}
		Announcement draft = this.announcements.draft(Map.of(Language.EN, text), Segment.everyone());
		assertThat(draft.total()).isEqualTo(3);
		return this.announcements.send(draft.id(), null).id();
	}

	private Announcement awaitDone(String id) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
		while (this.announcements.find(id).orElseThrow().status() != Announcement.Status.DONE) {
			assertThat(System.nanoTime()).as("announcement " + id + " done in time: " + this.announcements.find(id))
				.isLessThan(deadline);
			// The bot's clock goes on, so deliveries put off for a retry come due.
			this.clock.advance(Duration.ofMillis(50));
			Thread.sleep(50);
		}
		return this.announcements.find(id).orElseThrow();
	}

	private static long received(long chatId, String text) {
		return telegram.sentTo(chatId).stream().filter(m -> String.valueOf(m.get("text")).contains(text)).count();
	}

	private static long calls(long chatId) {
		return telegram.calls("sendMessage")
			.stream()
			.filter(c -> String.valueOf(chatId).equals(String.valueOf(c.parameters().get("chat_id"))))
			.count();
	}

	private double unknownCount() {
		var counter = this.meters.find("bot.deliveries").tags("platform", "telegram", "kind", "message", "result", "unknown").counter();
		return (counter != null) ? counter.count() : 0;
	}

	@Test
	void aSendWhoseAnswerStallsIsDeliveredExactlyOnceAndCountedUnknown() throws Exception {
		String text = "Stalled news " + UUID.randomUUID();
		telegram.faults(400_002, Fault.STALL);
		double unknownBefore = unknownCount();
		Announcement done = awaitDone(announce(400_000, text));
		assertThat(done.sent()).isEqualTo(2);
		assertThat(done.unknown()).isEqualTo(1);
		assertThat(done.failed()).isZero();
		assertThat(done.pending()).isZero();
		assertThat(unknownCount() - unknownBefore).isEqualTo(1);
		// Well past the stall and any retry that should not happen.
		Thread.sleep(3_000);
		assertThat(received(400_002, text)).as("the stalled person got it once").isEqualTo(1);
		assertThat(calls(400_002)).as("and it was sent once").isEqualTo(1);
		assertThat(received(400_001, text)).isEqualTo(1);
		assertThat(received(400_003, text)).isEqualTo(1);
	}

	@Test
	void aServerErrorIsTriedAgainLaterAndThenDelivered() throws Exception {
		String text = "Retried news " + UUID.randomUUID();
		// More 500s than one attempt's tries: the delivery waits and is tried again.
		telegram.faults(400_012, Fault.SERVER_ERROR, TelegramSender.ATTEMPTS + 2);
		String id = announce(400_010, text);
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		boolean sawRetrying = false;
		while (this.announcements.find(id).orElseThrow().status() != Announcement.Status.DONE && System.nanoTime() < deadline) {
			sawRetrying |= this.announcements.find(id).orElseThrow().retrying() == 1;
			this.clock.advance(Duration.ofMillis(20));
			Thread.sleep(20);
		}
		Announcement done = awaitDone(id);
		assertThat(sawRetrying).as("shown as retrying while it waited").isTrue();
		assertThat(done.sent()).isEqualTo(3);
		assertThat(done.failed()).isZero();
		assertThat(done.unknown()).isZero();
		assertThat(done.retrying()).isZero();
		assertThat(received(400_012, text)).isEqualTo(1);
		assertThat(calls(400_012)).isEqualTo(TelegramSender.ATTEMPTS + 3);
	}

	@Test
	void aSendThatKeepsFailingIsFailedForGoodAfterItsAttempts() throws Exception {
		String text = "Failing news " + UUID.randomUUID();
		telegram.faults(400_023, Fault.SERVER_ERROR, 1000);
		Announcement done = awaitDone(announce(400_020, text));
		assertThat(done.sent()).isEqualTo(2);
		assertThat(done.failed()).isEqualTo(1);
		assertThat(done.retrying()).isZero();
		assertThat(received(400_023, text)).isZero();
		// Three attempts of the worker, each of the sender's tries.
		assertThat(calls(400_023)).isEqualTo(3L * TelegramSender.ATTEMPTS);
	}

	@Test
	void a429IsWaitedOutAndTheMessageDeliveredOnce() throws Exception {
		String text = "Slow news " + UUID.randomUUID();
		telegram.throttle(1);
		Announcement done = awaitDone(announce(400_030, text));
		assertThat(done.sent()).isEqualTo(3);
		for (long user = 400_031; user <= 400_033; user++) {
			assertThat(received(user, text)).isEqualTo(1);
		}
	}

}
