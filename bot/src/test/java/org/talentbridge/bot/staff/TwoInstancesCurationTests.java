package org.talentbridge.bot.staff;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.talentbridge.bot.BotApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two bot instances on one Redis: an example question added on one is answered with its article on
 * the other within a second, and by an instance started afterwards at once; so is an article made
 * on one. The answer decision is not retrained here (the one trained on the files judges).
 */
class TwoInstancesCurationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String TOKEN = "two-instances-staff-token";

	static Path dataDir;

	static int redisPort;

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void start() throws Exception {
		dataDir = Files.createTempDirectory("two-instances-curation");
		try (ServerSocket socket = new ServerSocket(0)) {
			redisPort = socket.getLocalPort();
		}
		first = new SpringApplicationBuilder(BotApplication.class).run("--server.port=0", "--bot.store.data-dir=" + dataDir,
				"--bot.store.embedded-port=" + redisPort, "--bot.staff.api-token=" + TOKEN, "--bot.knowledge.retrain-after=1h");
		second = instance();
	}

	static ConfigurableApplicationContext instance() {
		return new SpringApplicationBuilder(BotApplication.class).run("--server.port=0",
				"--bot.store.redis-url=redis://127.0.0.1:" + redisPort, "--bot.staff.api-token=" + TOKEN,
				"--bot.knowledge.retrain-after=1h");
	}

	@AfterAll
	static void stop() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
		FileSystemUtils.deleteRecursively(dataDir.toFile());
	}

	static URI uri(ConfigurableApplicationContext instance, String path) {
		int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
		return URI.create("http://127.0.0.1:" + port + path);
	}

	HttpResponse<String> staff(ConfigurableApplicationContext instance, String method, String path, String body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(instance, path))
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + TOKEN)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	String answered(ConfigurableApplicationContext instance, String question) throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri(instance, "/api/chat"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("text", question, "language", "en"))))
			.build(), HttpResponse.BodyHandlers.ofString());
		JsonNode answer = JSON.readTree(response.body()).path("answer");
		return (answer.isNull() || answer.isMissingNode()) ? null : answer.path("articleId").asString();
	}

	/** The other instance's answer, waited for up to five seconds (it looks every half second). */
	String answeredSoon(ConfigurableApplicationContext instance, String question, String expected) throws Exception {
		long until = System.nanoTime() + 5_000_000_000L;
		String answer = answered(instance, question);
		while (!expected.equals(answer) && System.nanoTime() < until) {
			Thread.sleep(100);
			answer = answered(instance, question);
		}
		return answer;
	}

	@Test
	void addedOnOneAnsweredOnTheOtherAndAfterARestart() throws Exception {
		String question = "Is there a board game café for newcomers near Nørreport?";
		assertThat(answered(second, question)).isNull();
		assertThat(staff(first, "POST", "/api/staff/knowledge/articles/region-culture-and-leisure/questions",
				"{\"language\": \"en\", \"question\": \"" + question + "\"}").statusCode()).isEqualTo(201);
		assertThat(answered(first, question)).as("on the instance it was added on, at once").isEqualTo("region-culture-and-leisure");
		long started = System.nanoTime();
		assertThat(answeredSoon(second, question, "region-culture-and-leisure")).isEqualTo("region-culture-and-leisure");
		System.out.printf("Staff edit answered on the other instance after %d ms%n", (System.nanoTime() - started) / 1_000_000);

		String made = """
				{"id": "dk-board-games-test", "country": "DK", "topics": ["leisure"], "sources": ["https://www.kk.dk"],
				 "checked": "2026-11-30", "validUntil": "2027-06-30",
				 "languages": {"en": {"title": "Board games in Copenhagen", "answer": "Libraries lend board games: https://www.kk.dk.",
				   "questions": ["Where can I borrow board games in Copenhagen?", "board games library kbh", "lend a board game copenhagen"]}}}
				""";
		assertThat(staff(second, "POST", "/api/staff/knowledge/articles", made).statusCode()).isEqualTo(201);
		assertThat(answeredSoon(first, "Where can I borrow board games in Copenhagen?", "dk-board-games-test"))
			.isEqualTo("dk-board-games-test");

		// A restart: the edits come from Redis, on top of the files, before the first message.
		second.close();
		second = instance();
		assertThat(answered(second, question)).isEqualTo("region-culture-and-leisure");
		assertThat(answered(second, "Where can I borrow board games in Copenhagen?")).isEqualTo("dk-board-games-test");
		JsonNode article = JSON.readTree(staff(second, "GET", "/api/staff/knowledge/articles/region-culture-and-leisure", "").body());
		assertThat(article.path("state").asString()).isEqualTo("edited");
		assertThat(article.path("versions").get(0).path("who").asString()).isEqualTo("staff API");
	}

}
