package org.talentbridge.bot.channel.telegram;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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
 * Updates are answered once, also when the bot restarts before Telegram confirmed them; an
 * announcement goes to each person once, also when the bot restarts in the middle of a send.
 */
class TelegramRestartTests {

	@TempDir
	Path dataDir;

	@Test
	void aRestartedBotNeitherRepeatsNorLosesUpdates() throws Exception {
		try (FakeBotApi telegram = FakeBotApi.start()) {
			long user = 9001;
			try (ConfigurableApplicationContext first = start(telegram)) {
				telegram.userSays(user, "hello", "en");
				assertThat(telegram.awaitSent(user, 1, Duration.ofSeconds(10))).hasSize(1);
			}
			// Stopped before its next poll confirmed the update: Telegram still holds it.
			telegram.userSays(user, "thanks", "en");
			try (ConfigurableApplicationContext second = start(telegram)) {
				assertThat(telegram.awaitSent(user, 2, Duration.ofSeconds(10))).hasSize(2);
				Thread.sleep(1500);
				assertThat(telegram.sentTo(user)).hasSize(2);
			}
		}
	}

	/**
	 * Stopped while Telegram holds an announcement for someone and has not answered: after the
	 * restart that person is not sent it again (it counts as unknown), the others get it once, and
	 * the announcement finishes.
	 */
	@Test
	void aRestartDuringAnAnnouncementNeitherRepeatsNorLosesIt() throws Exception {
		try (FakeBotApi telegram = FakeBotApi.start()) {
			telegram.stall = Duration.ofSeconds(60);
			String text = "News across a restart " + java.util.UUID.randomUUID();
			List<Long> people = List.of(9101L, 9102L, 9103L, 9104L);
			telegram.faults(9102, FakeBotApi.Fault.STALL);
			String id;
			try (ConfigurableApplicationContext first = start(telegram, "--bot.telegram.send-timeout=30s")) {
				first.getBean(MutableClock.class).set(MutableClock.START);
				NewsSubscriptions news = first.getBean(NewsSubscriptions.class);
				people.forEach(user -> news.subscribe(Channel.TELEGRAM.userId(Long.toString(user))));
				Announcements announcements = first.getBean(Announcements.class);
				id = announcements.send(announcements.draft(Map.of(Language.EN, text), Segment.everyone()).id(), null).id();
				// Telegram has the message and keeps its answer: the bot stops in the middle of the send.
				assertThat(telegram.awaitSent(9102, 1, Duration.ofSeconds(30))).hasSize(1);
			}
			try (ConfigurableApplicationContext second = start(telegram)) {
				MutableClock clock = second.getBean(MutableClock.class);
				clock.set(MutableClock.START);
				Announcements announcements = second.getBean(Announcements.class);
				long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
				while (announcements.find(id).orElseThrow().status() != Announcement.Status.DONE
						&& System.nanoTime() < deadline) {
					Thread.sleep(50);
				}
				Announcement done = announcements.find(id).orElseThrow();
				assertThat(done.status()).as(done.toString()).isEqualTo(Announcement.Status.DONE);
				assertThat(done.unknown()).isEqualTo(1);
				assertThat(done.sent()).isEqualTo(3);
				Thread.sleep(1500);
				for (long user : people) {
					assertThat(telegram.sentTo(user).stream().filter(m -> String.valueOf(m.get("text")).contains(text)))
						.as("user " + user)
						.hasSize(1);
				}
			}
		}
	}

	private ConfigurableApplicationContext start(FakeBotApi telegram, String... more) {
		List<String> arguments = new java.util.ArrayList<>(List.of("--bot.store.data-dir=" + this.dataDir,
				"--bot.telegram.token=" + FakeBotApi.TOKEN, "--bot.telegram.api-url=" + telegram.url(),
				"--bot.telegram.poll-timeout-seconds=1", "--bot.announcements.check=PT0.2S",
				"--bot.announcements.per-second.telegram=200"));
		arguments.addAll(List.of(more));
		return new SpringApplicationBuilder(BotApplication.class, MutableClock.Config.class).web(WebApplicationType.NONE)
			.run(arguments.toArray(String[]::new));
	}

}
