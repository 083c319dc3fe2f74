package org.talentbridge.bot.console;

import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

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
import org.talentbridge.bot.TestNames;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two bot instances on one Redis, as behind a load balancer without sticky sessions: a staff
 * member logged in on one is logged in on the other, and a web chat conversation started on one
 * continues on the other. Both instances start once for all the tests here.
 */
class TwoInstancesSessionTests {

	static final String PASSWORD = "two instances, one session";

	static final JsonMapper JSON = JsonMapper.builder().build();

	static Path dataDir;

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	@BeforeAll
	static void start() throws Exception {
		dataDir = Files.createTempDirectory("two-instances-sessions");
		int redisPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			redisPort = socket.getLocalPort();
		}
		// The first owns the embedded Redis; the second knows it only as REDIS_URL, as production would.
		first = new SpringApplicationBuilder(BotApplication.class).run("--server.port=0", "--bot.store.data-dir=" + dataDir,
				"--bot.store.embedded-port=" + redisPort, "--bot.console.admin-username=admin",
				"--bot.console.admin-password=" + PASSWORD);
		second = new SpringApplicationBuilder(BotApplication.class).run("--server.port=0",
				"--bot.store.redis-url=redis://127.0.0.1:" + redisPort);
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

	/** A browser: its cookies go to both instances (same host, cookies know no ports). */
	static HttpClient browser() {
		return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	static HttpResponse<String> get(HttpClient client, ConfigurableApplicationContext instance, String path) throws Exception {
		return client.send(HttpRequest.newBuilder(uri(instance, path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	static HttpResponse<String> post(HttpClient client, ConfigurableApplicationContext instance, String path,
			String... form) throws Exception {
		return client.send(HttpRequest.newBuilder(uri(instance, path))
			.POST(ConsoleAccessIntegrationTests.form(form))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void loggedInOnOneInstanceIsLoggedInOnTheOther() throws Exception {
		HttpClient staff = browser();
		String login = get(staff, first, "/login").body();
		HttpResponse<String> loggedIn = post(staff, first, "/login", "username", "admin", "password", PASSWORD, "_csrf",
				ConsoleAccessIntegrationTests.csrf(login));
		assertThat(loggedIn.headers().firstValue("Location").orElse("")).endsWith("/console");
		assertThat(loggedIn.headers().allValues("Set-Cookie"))
			.anySatisfy(c -> assertThat(c).startsWith("SESSION=").contains("HttpOnly", "SameSite=Strict"));

		// The other instance knows the session: its pages, and a form with the CSRF token it rendered.
		HttpResponse<String> accounts = get(staff, second, "/console/accounts");
		assertThat(accounts.statusCode()).isEqualTo(200);
		assertThat(accounts.body()).contains("admin");
		HttpResponse<String> created = post(staff, second, "/console/accounts", "username", "two-instances-bo", "password",
				"a long staff password", "role", "staff", "_csrf", ConsoleAccessIntegrationTests.csrf(accounts.body()));
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(created.headers().firstValue("Location").orElse("")).doesNotEndWith("/login");
		// And back: the first renders the form, the second takes it.
		String events = get(staff, first, "/console/events/new").body();
		assertThat(get(staff, second, "/console").statusCode()).isEqualTo(200);

		// Logging out on the second ends the session on both.
		assertThat(post(staff, second, "/logout", "_csrf", ConsoleAccessIntegrationTests.csrf(events)).statusCode())
			.isEqualTo(302);
		HttpResponse<String> after = get(staff, first, "/console");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login");

		// A stranger's cookie is nobody's session on either.
		HttpClient stranger = browser();
		for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] { first, second }) {
			HttpResponse<String> refused = stranger.send(HttpRequest.newBuilder(uri(instance, "/console"))
				.header("Cookie", "SESSION=" + UUID.randomUUID())
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(refused.statusCode()).isEqualTo(302);
		}
	}

	/**
	 * Whatever identifies the person in the web chat (today the userId the page sends, or a cookie
	 * the server sets) travels with their browser, so both instances see the same person.
	 */
	static final class WebChatPerson {

		final HttpClient browser = browser();

		final String userId = "two-instances-" + UUID.randomUUID();

		JsonNode says(ConfigurableApplicationContext instance, String text) throws Exception {
			String body = JSON.writeValueAsString(java.util.Map.of("userId", this.userId, "text", text));
			HttpResponse<String> response = this.browser.send(HttpRequest.newBuilder(uri(instance, "/api/chat"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			return JSON.readTree(response.body());
		}

	}

	@Test
	void aWebChatConversationStartedOnOneInstanceContinuesOnTheOther() throws Exception {
		WebChatPerson person = new WebChatPerson();
		// A follow-up answered by the other instance: the topic is in Redis, not in either of them.
		JsonNode cpr = person.says(first, "How do I get a CPR number?");
		assertThat(cpr.get("answer").get("articleId").asString()).isEqualTo("dk-cpr-registration");
		JsonNode sweden = person.says(second, "what about in Sweden?");
		assertThat(sweden.get("answer").get("articleId").asString()).isEqualTo("se-personnummer");

		// A form opened on one, answered on the other, confirmed on the first.
		JsonNode asked = person.says(first, "/signup hellopenhagen-2027");
		assertThat(asked.get("replies").toString()).doesNotContain("signed up for");
		JsonNode consent = person.says(second, TestNames.person(person.userId));
		String agree = consent.get("replies").get(0).get("buttons").get(0).get("value").asString();
		JsonNode done = person.says(first, agree);
		assertThat(done.get("replies").get(0).get("text").asString()).startsWith("You're signed up for HELLOpenhagen");
		// And /mydata on the second knows about it.
		assertThat(person.says(second, "/mydata").get("replies").toString()).contains("HELLOpenhagen");
	}

}
