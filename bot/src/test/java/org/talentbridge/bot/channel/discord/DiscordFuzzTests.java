package org.talentbridge.bot.channel.discord;

import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.talentbridge.bot.channel.telegram.TelegramFuzzTestsAccess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 1,000 random, unicode, markup-laden and over-long direct messages through the gateway, JDA, the
 * adapter and the whole bot, answered over REST to the strict fake Discord: no failure, and every
 * message one Discord would accept.
 */
// Closed after the class, so JDA stops reconnecting to the stopped fake while other tests run.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "bot.conversation.flood-limit-per-minute=1000000")
class DiscordFuzzTests {

	static final int MESSAGES = 1_000;

	static final FakeDiscord discord = FakeDiscord.start();

	@Autowired
	DiscordAdapter adapter;

	@Autowired
	DiscordConnection connection;

	@DynamicPropertySource
	static void discord(DynamicPropertyRegistry registry) {
		discord.register(registry);
	}

	@AfterAll
	static void stop() {
		discord.close();
	}

	@Test
	void everyMessageIsAnsweredWithValidDiscordMessages() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!"UP".equals(this.connection.health().getStatus().getCode()) && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		Random random = new Random(20261123);
		long failuresBefore = this.adapter.failures();
		long started = System.nanoTime();
		for (int i = 0; i < MESSAGES; i++) {
			discord.directMessage(200_000_000_000_000_000L + 2L * i, TelegramFuzzTestsAccess.fuzz(random));
		}
		long answered = 0;
		deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			answered = discord.sent.stream().map(FakeDiscord.Sent::channelId).distinct().count();
			if (answered >= MESSAGES) {
				break;
			}
			Thread.sleep(20);
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		int longest = discord.sent.stream().mapToInt(s -> s.content().length()).max().orElse(0);
		System.out.printf(
				"Discord fuzz: %d messages in %.1f s, %d answered, %d replies (longest %d characters), %d refused by the fake Discord, %d failures%n",
				MESSAGES, seconds, answered, discord.sent.size(), longest, discord.refused.size(),
				this.adapter.failures() - failuresBefore);
		assertThat(this.adapter.failures() - failuresBefore).isZero();
		assertThat(discord.refused).isEmpty();
		assertThat(answered).isEqualTo(MESSAGES);
		assertThat(longest).isLessThanOrEqualTo(2000);
	}

}
