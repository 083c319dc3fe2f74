package org.talentbridge.bot.channel.discord;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** A Discord token that Discord rejects: the bot starts, health shows why, and the web chat answers. */
// Closed after the class, so JDA stops reconnecting to the stopped fake while other tests run.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DiscordWrongTokenTests {

	static final FakeDiscord discord = startRejecting();

	final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	static FakeDiscord startRejecting() {
		try {
			return new FakeDiscord("another.token.entirely");
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@DynamicPropertySource
	static void discord(DynamicPropertyRegistry registry) {
		discord.register(registry);
	}

	@AfterAll
	static void stop() {
		discord.close();
	}

	@Test
	void theBotRunsWithDiscordDownAndTheWebChatAnswers() throws Exception {
		HttpResponse<String> health = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(health.body()).contains("\"discord\":{\"details\":{\"problem\":\"the bot token was rejected (401)\"},\"status\":\"DOWN\"}")
			.doesNotContain(FakeDiscord.TOKEN);
		HttpResponse<String> chat = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/chat"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"w1\",\"text\":\"How do I get a CPR number?\"}"))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(chat.statusCode()).isEqualTo(200);
		assertThat(chat.body()).contains("dk-cpr-registration");
		assertThat(discord.identified).isEmpty();
	}

}
