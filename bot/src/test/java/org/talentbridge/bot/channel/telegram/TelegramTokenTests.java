package org.talentbridge.bot.channel.telegram;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

import org.talentbridge.bot.conversation.Phrases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** A wrong token or an unreachable server switches Telegram off, not the bot. */
class TelegramTokenTests {

	@Test
	void aRejectedTokenShowsTelegramDown() throws Exception {
		try (FakeBotApi telegram = new FakeBotApi()) {
			TelegramConnection polling = polling(telegram.url(), "42:wrong");
			polling.start();
			assertThat(polling.isRunning()).isFalse();
			assertThat(polling.health().getStatus().getCode()).isEqualTo("DOWN");
			assertThat(polling.health().getDetails().get("problem").toString()).contains("token was rejected (401)");
		}
	}

	@Test
	void anUnreachableServerShowsTelegramDown() {
		TelegramConnection polling = polling("http://127.0.0.1:9", FakeBotApi.TOKEN);
		polling.start();
		assertThat(polling.health().getStatus().getCode()).isEqualTo("DOWN");
		assertThat(polling.health().getDetails().get("problem").toString()).contains("cannot reach");
	}

	private static TelegramConnection polling(String url, String token) {
		TelegramProperties properties = new TelegramProperties(token, url, 1, "", "", java.util.Set.of(), java.time.Duration.ofSeconds(10),
				java.time.Duration.ofMillis(500));
		TelegramSender sender = new TelegramSender(new OkHttpTelegramClient(token, TelegramConnection.url(url)),
				Duration.ofMillis(1));
		TelegramAdapter adapter = mock(TelegramAdapter.class);
		return new TelegramConnection(properties, sender, adapter, mock(RedisUpdateLog.class), new Phrases(),
				java.util.List::of);
	}

}
