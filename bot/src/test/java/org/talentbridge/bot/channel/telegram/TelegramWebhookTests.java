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

	/**
	 * A 30 MB body with a wrong secret is refused before any of it is read: the answer comes while
	 * the client has sent nothing but the headers. A right secret with too much body gets 413.
	 */
	@Test
	void refusesAWrongSecretBeforeReadingTheBody() throws Exception {
		for (String framing : java.util.List.of("Content-Length: 31457280", "Transfer-Encoding: chunked")) {
			try (java.net.Socket socket = new java.net.Socket("127.0.0.1", this.port)) {
				socket.setSoTimeout(5000);
				socket.getOutputStream().write(("POST /telegram/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\n"
						+ "Content-Type: application/json\r\n" + TelegramWebhookController.SECRET_HEADER + ": guess\r\n"
						+ framing + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
				socket.getOutputStream().flush();
				String answer = new String(socket.getInputStream().readNBytes(12), java.nio.charset.StandardCharsets.US_ASCII);
				assertThat(answer).as(framing).isEqualTo("HTTP/1.1 401");
			}
		}
		try (java.net.Socket socket = new java.net.Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			java.io.OutputStream out = socket.getOutputStream();
			out.write(("POST /telegram/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
					+ TelegramWebhookController.SECRET_HEADER + ": s3cret_Token-1\r\nTransfer-Encoding: chunked\r\n\r\n")
				.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			byte[] chunk = new byte[64 * 1024];
			java.util.Arrays.fill(chunk, (byte) 'x');
			try {
				for (int i = 0; i < 40; i++) {
					out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
					out.write(chunk);
					out.write("\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
				}
			}
			catch (java.io.IOException closedByTheBot) {
				// The bot answered and closed the connection before the 2.5 MB were sent.
			}
			String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			assertThat(answer).startsWith("HTTP/1.1 413").contains("application/json", "too long");
		}
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
