package org.talentbridge.bot.channel.telegram;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.talentbridge.bot.BotApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** Updates are answered once, also when the bot restarts before Telegram confirmed them. */
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

	private ConfigurableApplicationContext start(FakeBotApi telegram) {
		return new SpringApplicationBuilder(BotApplication.class).web(WebApplicationType.NONE)
			.run("--bot.store.data-dir=" + this.dataDir, "--bot.telegram.token=" + FakeBotApi.TOKEN,
					"--bot.telegram.api-url=" + telegram.url(), "--bot.telegram.poll-timeout-seconds=1");
	}

}
