package org.talentbridge.bot.channel.discord;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Discord token that Discord rejects, and a Telegram that rejects its token too: the bot starts,
 * the web chat answers, and the health tells the truth. Overall it is UP (200), since people can
 * still be served; staff see each channel DOWN with its reason; strangers see the status only.
 */
// Closed after the class, so JDA stops reconnecting to the stopped fake while other tests run.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "bot.staff.api-token=" + DiscordWrongTokenTests.STAFF_TOKEN)
class DiscordWrongTokenTests {

	static final String STAFF_TOKEN = "health-staff-token";

	static final FakeDiscord discord = startRejecting();

	/** A Bot API that refuses every token, as Telegram does a revoked one. */
	static final HttpServer telegram = startRejectingTelegram();

	final HttpClient http = HttpClient.newHttpClient();

	final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	static FakeDiscord startRejecting() {
		try {
			return new FakeDiscord("another.token.entirely");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static HttpServer startRejectingTelegram() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/", exchange -> {
				byte[] body = "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}"
					.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.sendResponseHeaders(401, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@DynamicPropertySource
	static void channels(DynamicPropertyRegistry registry) {
		discord.register(registry);
		registry.add("bot.telegram.token", () -> "42:revoked-token");
		registry.add("bot.telegram.api-url", () -> "http://127.0.0.1:" + telegram.getAddress().getPort());
	}

	@AfterAll
	static void stop() {
		discord.close();
		telegram.stop(0);
	}

	private HttpResponse<String> get(String path, String bearer) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theBotRunsWithDiscordDownAndTheWebChatAnswers() throws Exception {
		HttpResponse<String> health = get("/actuator/health", STAFF_TOKEN);
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

	@Test
	void healthIsUpWhileBothChannelsAreDownAndStaffSeeWhy() throws Exception {
		HttpResponse<String> health = get("/actuator/health", STAFF_TOKEN);
		assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
		JsonNode body = this.json.readTree(health.body());
		assertThat(body.get("status").asString()).isEqualTo("UP");
		JsonNode components = body.get("components");
		assertThat(components.get("telegram").get("status").asString()).isEqualTo("DOWN");
		assertThat(components.get("telegram").get("details").get("problem").asString()).contains("token was rejected (401)");
		assertThat(components.get("discord").get("status").asString()).isEqualTo("DOWN");
		assertThat(components.get("redis").get("status").asString()).isEqualTo("UP");
		assertThat(components.get("diskSpace").get("details").has("path")).isTrue();
		assertThat(health.body()).doesNotContain("42:revoked-token");
	}

	@Test
	void strangersSeeTheOverallStatusOnly() throws Exception {
		for (String bearer : new String[] { null, "a-wrong-token" }) {
			HttpResponse<String> health = get("/actuator/health", bearer);
			assertThat(health.statusCode()).isEqualTo(200);
			JsonNode body = this.json.readTree(health.body());
			assertThat(body.get("status").asString()).isEqualTo("UP");
			assertThat(body.has("components")).as(health.body()).isFalse();
			assertThat(health.body()).doesNotContain("telegram", "discord", "redis", "path", "problem");
		}
		assertThat(get("/actuator/health/telegram", null).statusCode()).isEqualTo(404);
	}

	@Test
	void readyAndAliveWithoutTheChannels() throws Exception {
		HttpResponse<String> readiness = get("/actuator/health/readiness", STAFF_TOKEN);
		assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"redis\"").doesNotContain("telegram", "discord");
		assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
	}

}
