package org.talentbridge.bot.channel.telegram;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.talentbridge.bot.BotApplication;
import org.talentbridge.bot.MutableClock;
import org.talentbridge.bot.announcements.Announcement;
import org.talentbridge.bot.announcements.Announcements;
import org.talentbridge.bot.announcements.NewsSubscriptions;
import org.talentbridge.bot.announcements.Segment;
import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An announcement to 2,000 Telegram users against a fake Bot API that answers 429 above its limit.
 * The bot is stopped half-way and started again: everyone gets the message exactly once, people
 * who blocked the bot are counted and skipped, and the bot's own pacing never trips the limit.
 * Limit and pacing are ten times Telegram's 30 and the bot's default 25 a second, in the same
 * ratio, so the suite does not spend 80 seconds waiting; the fan-out driver measures the real rates.
 */
class AnnouncementFanOutTests {

	static final int RECIPIENTS = 2_000;

	static final int LIMIT = 300;

	static final int PACE = 250;

	static final Set<Long> BLOCKED = Set.of(100_007L, 100_500L, 101_999L);

	@TempDir
	Path dataDir;

	@Test
	void everyoneOnceAcrossAStopHalfWay() throws Exception {
		try (FakeBotApi telegram = FakeBotApi.start()) {
			telegram.enforceRate(LIMIT);
			BLOCKED.forEach(id -> telegram.blockedBy.add(Long.toString(id)));
			String id;
			long started = System.nanoTime();
			try (ConfigurableApplicationContext first = start(telegram)) {
				NewsSubscriptions news = first.getBean(NewsSubscriptions.class);
				for (long user = 100_000; user < 100_000 + RECIPIENTS; user++) {
					news.subscribe(Channel.TELEGRAM.userId(Long.toString(user)));
				}
				news.subscribe("web:someone-on-the-web");
				Announcements announcements = first.getBean(Announcements.class);
				Announcement draft = announcements.draft(Map.of(Language.EN, "The <b>matchmaking</b> fair moves to 21 January & starts at 13:00."),
						new Segment(Segment.Kind.EVERYONE, null, Set.of(Channel.TELEGRAM)));
				assertThat(draft.total()).isEqualTo(RECIPIENTS);
				id = announcements.send(draft.id(), null).id();
				waitFor(() -> telegram.sent.size() >= RECIPIENTS / 2, Duration.ofSeconds(90));
			}
			int beforeRestart = telegram.sent.size();
			assertThat(beforeRestart).isBetween(RECIPIENTS / 2, RECIPIENTS - 100);
			try (ConfigurableApplicationContext second = start(telegram)) {
				Announcements announcements = second.getBean(Announcements.class);
				waitFor(() -> announcements.find(id).orElseThrow().status() == Announcement.Status.DONE, Duration.ofSeconds(120));
				Announcement done = announcements.find(id).orElseThrow();
				double seconds = (System.nanoTime() - started) / 1e9;
				System.out.printf("Announcement fan-out: %d recipients in %.1f s including a restart (%d before it), %d 429s, %d blocked%n",
						RECIPIENTS, seconds, beforeRestart, telegram.rateLimited.get(), done.blocked());
				assertThat(done.sent()).isEqualTo(RECIPIENTS - BLOCKED.size());
				assertThat(done.blocked()).isEqualTo(BLOCKED.size());
				assertThat(done.failed()).isZero();
				assertThat(done.pending()).isZero();
			}
			Map<Object, Long> perChat = telegram.sent.stream()
				.collect(Collectors.groupingBy(m -> m.get("chat_id"), Collectors.counting()));
			assertThat(perChat).hasSize(RECIPIENTS - BLOCKED.size());
			assertThat(perChat.values()).allMatch(count -> count == 1);
			assertThat(telegram.sent.get(0).get("text").toString()).contains("&lt;b&gt;matchmaking&lt;/b&gt;", "&amp;");
			assertThat(telegram.rateLimited.get()).as("paced below the platform's limit").isZero();
		}
	}

	private static void waitFor(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Not reached within " + timeout);
			}
			Thread.sleep(50);
		}
	}

	private ConfigurableApplicationContext start(FakeBotApi telegram) {
		return new SpringApplicationBuilder(BotApplication.class, MutableClock.Config.class).web(WebApplicationType.NONE)
			.run("--bot.store.data-dir=" + this.dataDir, "--bot.telegram.token=" + FakeBotApi.TOKEN,
					"--bot.telegram.api-url=" + telegram.url(), "--bot.telegram.poll-timeout-seconds=1",
					"--bot.announcements.per-second.telegram=" + PACE, "--bot.announcements.check=PT1S");
	}



}
