package org.talentbridge.bot.channel.discord;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.talentbridge.bot.conversation.Conversation;
import org.talentbridge.bot.conversation.Phrases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** A wrong token or an unreachable server switches Discord off, not the bot, and never stalls startup. */
class DiscordTokenTests {

	@Test
	void aRejectedTokenShowsDiscordDown() throws Exception {
		try (FakeDiscord discord = new FakeDiscord()) {
			DiscordConnection connection = connection("wrong.token.value", discord.apiUrl(), discord.gatewayUrl());
			connection.start();
			assertThat(connection.isRunning()).isFalse();
			assertThat(connection.health().getStatus().getCode()).isEqualTo("DOWN");
			assertThat(connection.health().getDetails().get("problem").toString()).isEqualTo("the bot token was rejected (401)")
				.doesNotContain("wrong.token.value");
			assertThat(discord.calls("GET", "users/@me")).hasSize(1);
			assertThat(discord.identified).isEmpty();
		}
	}

	@Test
	void anUnreachableServerShowsDiscordDown() {
		DiscordConnection connection = connection(FakeDiscord.TOKEN, "http://127.0.0.1:9/api/v10/", "ws://127.0.0.1:9/");
		long started = System.nanoTime();
		connection.start();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
		assertThat(connection.health().getStatus().getCode()).isEqualTo("DOWN");
		assertThat(connection.health().getDetails().get("problem").toString()).startsWith("cannot reach http://127.0.0.1:9/");
	}

	@Test
	void anUnreachableGatewayShowsDiscordDown() throws Exception {
		try (FakeDiscord discord = new FakeDiscord()) {
			DiscordConnection connection = connection(FakeDiscord.TOKEN, discord.apiUrl(), "ws://127.0.0.1:9/");
			connection.start();
			try {
				Thread.sleep(500);
				assertThat(connection.health().getStatus().getCode()).isEqualTo("DOWN");
				assertThat(connection.health().getDetails().get("problem").toString())
					.startsWith("not connected to the gateway at ws://127.0.0.1:9/");
			}
			finally {
				connection.stop();
			}
		}
	}

	@Test
	void theTokenIsNeverPrinted() {
		DiscordProperties properties = new DiscordProperties("secret.token", "", "", Duration.ofSeconds(1), "", Duration.ofSeconds(10));
		assertThat(properties.toString()).doesNotContain("secret.token").contains(DiscordProperties.DEFAULT_API_URL);
		assertThat(properties.gateway()).isEqualTo(DiscordProperties.DEFAULT_GATEWAY_URL);
		assertThat(new DiscordProperties("t", "http://x/api/v10", "", Duration.ofSeconds(1), "", Duration.ofSeconds(10)).restBase())
			.isEqualTo("http://x/api/v10/");
	}

	private static DiscordConnection connection(String token, String apiUrl, String gatewayUrl) {
		DiscordProperties properties = new DiscordProperties(token, apiUrl, gatewayUrl, Duration.ofSeconds(5), "", Duration.ofSeconds(10));
		DiscordAdapter adapter = new DiscordAdapter(mock(Conversation.class), mock(DiscordButtonValues.class),
				new Phrases(), "");
		return new DiscordConnection(properties, adapter, new Phrases(), List::of);
	}

}
