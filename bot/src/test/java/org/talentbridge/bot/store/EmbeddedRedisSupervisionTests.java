package org.talentbridge.bot.store;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.util.SafeEncoder;

import org.talentbridge.bot.channel.web.WebChat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded redis-server killed hard, as the OOM killer or a slip of {@code kill -9} would:
 * it is started again on its files within seconds and the bot answers as before; when it cannot
 * be brought back, liveness goes DOWN so that an orchestrator restarts the bot, and every address
 * that needs Redis answers 503 with JSON meanwhile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bot.store.embedded-restarts=3", "bot.staff.api-token=" + EmbeddedRedisSupervisionTests.TOKEN })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EmbeddedRedisSupervisionTests {

	static final String TOKEN = "supervision-staff-token";

	@LocalServerPort
	int port;

	@Autowired
	StoreProperties properties;

	@Autowired
	StoreConfiguration.RedisServerHandle server;

	@Autowired
	JedisPooled redis;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	@Order(1)
	void aKilledRedisIsStartedAgainOnItsFilesAndTheBotAnswersAsBefore() throws Exception {
		WebChat.Person person = new WebChat(this.port).person();
		assertThat(person.post("{\"text\": \"/language da\"}").statusCode()).isEqualTo(200);
		String cookie = person.cookie();
		assertThat(cookie).isNotNull();
		this.redis.set("test:supervision", "kept");
		// The append-only file is written before the answer and synced every second.
		Thread.sleep(1_100);

		killRedis();
		long killed = System.nanoTime();
		HttpResponse<String> answer = null;
		while (System.nanoTime() - killed < Duration.ofSeconds(15).toNanos()) {
			answer = person.post("{\"text\": \"where do I get a CPR number?\"}");
			if (answer.statusCode() == 200) {
				break;
			}
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
			assertThat(answer.body()).contains("briefly unavailable");
			Thread.sleep(100);
		}
		long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - killed);
		assertThat(answer).isNotNull();
		assertThat(answer.statusCode()).as("answering again %d s after the kill: %s", seconds, answer.body()).isEqualTo(200);
		assertThat(seconds).isLessThan(10);
		// The same person, in the language they chose before: the cookie's key and their profile survived.
		assertThat(person.cookie()).isEqualTo(cookie);
		assertThat(answer.body()).contains("\"language\":\"da\"");
		assertThat(this.redis.get("test:supervision")).isEqualTo("kept");
		// Back over the Unix socket the restarted server made again, not over TCP.
		assertThat(SafeEncoder.encode((byte[]) this.redis.sendCommand(Protocol.Command.CLIENT, "INFO")))
			.containsPattern("flags=\\S*U");
		assertThat(this.server.embedded().restarts()).isEqualTo(1);
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		assertThat(get("/login").statusCode()).isEqualTo(200);
	}

	@Test
	@Order(2)
	void aRedisThatCannotComeBackTakesLivenessDownAndEverythingAnswers503() throws Exception {
		int redisPort = this.server.embedded().port();
		WebChat.Person known = new WebChat(this.port).person();
		assertThat(known.post("{\"text\": \"hello\"}").statusCode()).isEqualTo(200);
		killRedis();
		// Someone else takes the port: every start of redis-server fails.
		try (ServerSocket squatter = bind(redisPort)) {
			HttpResponse<String> readiness = get("/actuator/health/readiness");
			assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(503);
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (this.server.embedded().state() != EmbeddedRedis.State.GAVE_UP && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			assertThat(this.server.embedded().state()).isEqualTo(EmbeddedRedis.State.GAVE_UP);
		}
		HttpResponse<String> liveness = get("/actuator/health/liveness");
		assertThat(liveness.statusCode()).as(liveness.body()).isEqualTo(503);
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(503);
		HttpResponse<String> health = send(HttpRequest.newBuilder(uri("/actuator/health"))
			.header("Authorization", "Bearer " + TOKEN)
			.GET()
			.build());
		assertThat(health.body()).contains("\"server\":\"gave_up\"");

		WebChat.Person person = new WebChat(this.port).person();
		for (HttpResponse<String> response : java.util.List.of(person.post("{\"text\": \"hello\"}"),
				send(HttpRequest.newBuilder(uri("/login")).header("Accept", "text/html").GET().build()),
				send(HttpRequest.newBuilder(uri("/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=x"))
					.build()),
				send(HttpRequest.newBuilder(uri("/console/inbox")).GET().build()),
				send(HttpRequest.newBuilder(uri("/api/staff/announcements")).header("Authorization", "Bearer " + TOKEN).GET().build()),
				known.send(HttpRequest.newBuilder(uri("/api/chat/inbox")).GET()), known.post("{\"text\": \"/mydata\"}"))) {
			String what = response.request().method() + " " + response.request().uri().getPath() + ": " + response.body();
			assertThat(response.statusCode()).as(what).isEqualTo(503);
			assertThat(response.headers().firstValue("Content-Type").orElse("")).as(what).startsWith("application/json");
			assertThat(response.body()).as(what).contains("briefly unavailable").doesNotContain("<html", "Exception");
		}
	}

	private void killRedis() throws Exception {
		long pid = Long.parseLong(Files.readString(this.properties.dataDir().resolve("redis.pid")).trim());
		ProcessHandle redis = ProcessHandle.of(pid).orElseThrow();
		assertThat(redis.info().command().orElse("")).contains("redis-server");
		// SIGKILL: no shutdown, no last write.
		assertThat(redis.destroyForcibly()).isTrue();
		redis.onExit().get(10, TimeUnit.SECONDS);
	}

	private static ServerSocket bind(int port) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
		while (true) {
			try {
				ServerSocket socket = new ServerSocket();
				socket.setReuseAddress(true);
				socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
				return socket;
			}
			catch (java.io.IOException ex) {
				if (System.nanoTime() > deadline) {
					throw ex;
				}
				Thread.sleep(10);
			}
		}
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)).GET().build());
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
