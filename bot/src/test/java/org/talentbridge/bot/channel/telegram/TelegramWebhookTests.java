package org.talentbridge.bot.channel.telegram;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Webhook mode: Telegram pushes updates to the bot's own web server, proven by the secret token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bot.telegram.webhook-url=https://bot.example.test/telegram/webhook",
				"bot.telegram.webhook-secret=s3cret_Token-1" })
class TelegramWebhookTests {

	static final FakeBotApi telegram = FakeBotApi.start();

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	final ObjectMapper json = new ObjectMapper();

	@DynamicPropertySource
	static void telegram(DynamicPropertyRegistry registry) {
		telegram.register(registry);
	}

	@AfterAll
	static void stop() {
		telegram.close();
	}

	HttpResponse<String> push(Object update, String secret) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/telegram/webhook"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(update)));
		if (secret != null) {
			request.header(TelegramWebhookController.SECRET_HEADER, secret);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void registersTheWebhookWithItsSecretInsteadOfPolling() {
		assertThat(telegram.calls("setWebhook")).singleElement().satisfies(call -> {
			assertThat(call.parameters().get("url")).isEqualTo("https://bot.example.test/telegram/webhook");
			assertThat(call.parameters().get("secret_token")).isEqualTo("s3cret_Token-1");
		});
		assertThat(telegram.calls("getUpdates")).isEmpty();
		assertThat(telegram.calls("deleteWebhook")).isEmpty();
	}

	@Test
	void answersAnUpdateWithTheRightSecret() throws Exception {
		long user = 8001;
		HttpResponse<String> response = push(telegram.messageUpdate(300_001, user, "How do I get a CPR number?"),
				"s3cret_Token-1");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(telegram.awaitSent(user, 1, Duration.ofSeconds(5))).singleElement()
			.satisfies(reply -> assertThat(reply.get("text").toString()).contains("CPR"));
	}

	@Test
	void refusesAWrongOrMissingSecretAndProcessesNothing() throws Exception {
		long user = 8002;
		assertThat(push(telegram.messageUpdate(300_002, user, "hello"), "guess").statusCode()).isEqualTo(401);
		assertThat(push(telegram.messageUpdate(300_003, user, "hello"), null).statusCode()).isEqualTo(401);
		Thread.sleep(300);
		assertThat(telegram.sentTo(user)).isEmpty();
	}

	@Test
	void refusesSomethingThatIsNoUpdate() throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/telegram/webhook"))
					.header("Content-Type", "application/json")
					.header(TelegramWebhookController.SECRET_HEADER, "s3cret_Token-1")
					.POST(HttpRequest.BodyPublishers.ofString("{not json"))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
	}

}
