package org.talentbridge.bot.channel.web;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import org.talentbridge.bot.BotApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** With its Redis unreachable the bot still starts, says so in its health, and asks people to retry. */
class RedisDownIntegrationTests {

	static ConfigurableApplicationContext context;

	static int port;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void startAgainstAClosedPort() throws Exception {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		context = new SpringApplicationBuilder(BotApplication.class).run("--server.port=0",
				"--bot.store.redis-url=redis://127.0.0.1:" + closed);
		port = ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	@AfterAll
	static void stop() {
		context.close();
	}

	@Test
	void chatAnswers503WithAClearSentence() throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"userId\": \"u\", \"text\": \"hello\"}"))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.body()).contains("briefly unavailable").doesNotContain("Exception");
	}

	@Test
	void healthShowsRedisDown() throws Exception {
		HttpResponse<String> health = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).isEqualTo(503);
		assertThat(health.body()).contains("\"redis\"").contains("DOWN").contains("external");
	}

}
