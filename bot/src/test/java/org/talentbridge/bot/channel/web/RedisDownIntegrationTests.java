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

	static final String TOKEN = "redis-down-staff-token";

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
				"--bot.store.redis-url=redis://127.0.0.1:" + closed, "--bot.staff.api-token=" + TOKEN);
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

	/**
	 * Every address that needs Redis says so with a 503 and one JSON sentence, including those that
	 * pass through Spring Session and Spring Security first (the console's login page and form),
	 * never a 500 or an HTML error page.
	 */
	@Test
	void everyAddressThatNeedsRedisAnswers503WithJson() throws Exception {
		java.util.List<HttpRequest> requests = java.util.List.of(
				HttpRequest.newBuilder(uri("/login")).header("Accept", "text/html").GET().build(),
				HttpRequest.newBuilder(uri("/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("Accept", "text/html")
					.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=secret"))
					.build(),
				HttpRequest.newBuilder(uri("/console")).header("Accept", "text/html").GET().build(),
				HttpRequest.newBuilder(uri("/console/inbox")).GET().build(),
				HttpRequest.newBuilder(uri("/api/staff/announcements")).header("Authorization", "Bearer " + TOKEN).GET().build(),
				HttpRequest.newBuilder(uri("/api/staff/events")).header("Authorization", "Bearer " + TOKEN).GET().build(),
				// A cookie is checked against the key kept in Redis; without one the inbox is simply empty.
				HttpRequest.newBuilder(uri("/api/chat/inbox")).header("Cookie", "tb_chat=aaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbb").GET().build(),
				HttpRequest.newBuilder(uri("/api/chat"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"/mydata\"}"))
					.build());
		for (HttpRequest request : requests) {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			String what = request.method() + " " + request.uri().getPath() + ": " + response.body();
			assertThat(response.statusCode()).as(what).isEqualTo(503);
			assertThat(response.headers().firstValue("Content-Type")).as(what).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
			assertThat(response.body()).as(what).contains("briefly unavailable").doesNotContain("Exception", "<html");
		}
	}

	private static URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private HttpResponse<String> get(String path, boolean staff) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
		if (staff) {
			request.header("Authorization", "Bearer " + TOKEN);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void healthShowsRedisDown() throws Exception {
		HttpResponse<String> health = get("/actuator/health", true);
		assertThat(health.statusCode()).isEqualTo(503);
		assertThat(health.body()).contains("\"redis\"").contains("DOWN").contains("external");
		HttpResponse<String> publicView = get("/actuator/health", false);
		assertThat(publicView.statusCode()).isEqualTo(503);
		assertThat(publicView.body()).contains("\"status\":\"DOWN\"").doesNotContain("redis", "external", "components");
	}

	@Test
	void notReadyWithoutRedisButAlive() throws Exception {
		HttpResponse<String> readiness = get("/actuator/health/readiness", false);
		assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(503);
		assertThat(get("/actuator/health/readiness", true).body()).contains("\"redis\"", "\"readinessState\"");
		HttpResponse<String> liveness = get("/actuator/health/liveness", false);
		assertThat(liveness.statusCode()).as(liveness.body()).isEqualTo(200);
		assertThat(liveness.body()).isEqualTo("{\"status\":\"UP\"}");
	}

	/** The Dockerfile's HEALTHCHECK, run as Docker would, with PORT set: alive without Redis, dead without a bot. */
	@Test
	void theDockerHealthcheckAsksLivenessOnTheConfiguredPort() throws Exception {
		String line = java.nio.file.Files.readAllLines(java.nio.file.Path.of("..", "Dockerfile"))
			.stream()
			.filter(l -> l.startsWith("HEALTHCHECK"))
			.findFirst()
			.orElseThrow();
		@SuppressWarnings("unchecked")
		java.util.List<String> command = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readValue(line.substring(line.indexOf("CMD ") + 4), java.util.List.class);
		assertThat(String.join(" ", command)).contains("/actuator/health/liveness", "${PORT");
		assertThat(healthcheck(command, port)).as("a live bot without Redis").isZero();
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		assertThat(healthcheck(command, closed)).as("no bot on the port").isNotZero();
	}

	private static int healthcheck(java.util.List<String> command, int port) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("PORT", Integer.toString(port));
		Process process = builder.start();
		process.getInputStream().readAllBytes();
		assertThat(process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
		return process.exitValue();
	}

}
