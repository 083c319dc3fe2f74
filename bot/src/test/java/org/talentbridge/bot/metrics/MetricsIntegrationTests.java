package org.talentbridge.bot.metrics;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.talentbridge.bot.TestNames;
import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Conversation;
import org.talentbridge.bot.conversation.IncomingMessage;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Notifier;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Response;

import static org.assertj.core.api.Assertions.assertThat;

/** /actuator/prometheus behind METRICS_TOKEN, and the bot's meters moving with what people do. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bot.metrics.token=" + MetricsIntegrationTests.TOKEN, "bot.staff.api-token=staff-not-metrics" })
class MetricsIntegrationTests {

	static final String TOKEN = "test-metrics-token";

	@LocalServerPort
	int port;

	@Autowired
	Conversation conversation;

	@Autowired
	Notifier notifier;

	final HttpClient http = HttpClient.newHttpClient();

	private String scrape() throws Exception {
		HttpResponse<String> response = Scrape.get(this.port, "Bearer " + TOKEN);
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private HttpResponse<String> chat(String user, String text) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/chat"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"userId\": \"" + user + "\", \"text\": \"" + text + "\"}"))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void scrapingNeedsTheMetricsToken() throws Exception {
		assertThat(Scrape.get(this.port, null).statusCode()).isEqualTo(401);
		assertThat(Scrape.get(this.port, "Bearer wrong-token").statusCode()).isEqualTo(401);
		assertThat(Scrape.get(this.port, "Bearer " + TOKEN + "x").statusCode()).isEqualTo(401);
		// The staff token opens the staff API and health details, not the metrics.
		assertThat(Scrape.get(this.port, "Bearer staff-not-metrics").statusCode()).isEqualTo(401);
		HttpResponse<String> response = Scrape.get(this.port, "Bearer " + TOKEN);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
		assertThat(response.body()).contains("# TYPE bot_messages_total counter", "# TYPE bot_answers_total counter",
				"# TYPE bot_deliveries_total counter", "# TYPE bot_signups_total counter", "bot_reply_seconds",
				"bot_announcements_backlog", "bot_nudges_due", "jvm_memory_used_bytes");
		// The health endpoint stays open to everyone, as before.
		HttpResponse<String> health = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).isEqualTo(200);
	}

	@Test
	void aChatMessageMovesTheMessageAnswerTimerAndHttpMeters() throws Exception {
		String before = scrape();
		String user = "metrics-" + UUID.randomUUID();
		assertThat(chat(user, "How do I get a CPR number?").statusCode()).isEqualTo(200);
		assertThat(chat(user, "Hello!").statusCode()).isEqualTo(200);
		assertThat(chat(user, "What is the best pizza topping in Naples?").statusCode()).isEqualTo(200);
		String after = scrape();
		assertThat(delta(before, after, "bot_messages_total", "channel=\"web\"")).isEqualTo(3);
		assertThat(delta(before, after, "bot_answers_total", "channel=\"web\"", "outcome=\"answered\"")).isEqualTo(1);
		assertThat(delta(before, after, "bot_answers_total", "channel=\"web\"", "outcome=\"smalltalk\"")).isEqualTo(1);
		assertThat(delta(before, after, "bot_answers_total", "channel=\"web\"", "outcome=\"unknown\"")).isEqualTo(1);
		assertThat(delta(before, after, "bot_answers_total", "channel=\"telegram\"")).isZero();
		assertThat(delta(before, after, "bot_reply_seconds_count", "channel=\"web\"")).isEqualTo(3);
		assertThat(Scrape.value(after, "bot_reply_seconds", "channel=\"web\"", "quantile=\"0.99\"")).isPositive();
		assertThat(Scrape.value(after, "bot_reply_seconds_bucket", "channel=\"web\"", "le=\"+Inf\"")).isGreaterThanOrEqualTo(3);
		// Each request has an id for its log lines, sent back to whoever reports a problem.
		assertThat(chat(user, "hi").headers().firstValue("X-Request-Id").orElse("")).matches("http-[0-9a-f]{16}");
		// Three arrivals and the answer's context at least, in no more round trips than calls.
		assertThat(delta(before, after, "bot_redis_shared_calls_total")).isGreaterThanOrEqualTo(4);
		assertThat(delta(before, after, "bot_redis_shared_round_trips_total")).isPositive()
			.isLessThanOrEqualTo(delta(before, after, "bot_redis_shared_calls_total"));
		// The HTTP server's standard meters are back.
		assertThat(delta(before, after, "http_server_requests_seconds_count", "uri=\"/api/chat\"", "status=\"200\""))
			.isEqualTo(3);
	}

	@Test
	void aSignupAndTheBotsOwnWebMessageAreCounted() throws Exception {
		String before = scrape();
		String user = "metrics-signup-" + UUID.randomUUID();
		this.conversation.handle(IncomingMessage.of(Channel.WEB, user, "/signup hellopenhagen-2027"));
		Response consent = this.conversation.handle(IncomingMessage.of(Channel.WEB, user, TestNames.person(user)));
		this.conversation.handle(IncomingMessage.of(Channel.WEB, user, consent.replies().get(0).buttons().get(0).value()));
		assertThat(this.notifier.send(Channel.WEB.userId(user), Response.of(Language.EN, Reply.text("A seat is free."))))
			.isEqualTo(Notifier.Delivery.SENT);
		String after = scrape();
		assertThat(delta(before, after, "bot_signups_total")).isEqualTo(1);
		assertThat(delta(before, after, "bot_signups_total", "result=\"confirmed\"")
				+ delta(before, after, "bot_signups_total", "result=\"waitlisted\"")).isEqualTo(1);
		assertThat(delta(before, after, "bot_answers_total", "channel=\"web\"", "outcome=\"form\"")).isEqualTo(2);
		assertThat(delta(before, after, "bot_deliveries_total", "platform=\"web\"", "kind=\"message\"", "result=\"sent\""))
			.isEqualTo(1);
		assertThat(Scrape.value(after, "bot_announcements_backlog")).isGreaterThanOrEqualTo(0);
		assertThat(Scrape.value(after, "bot_nudges_due")).isGreaterThanOrEqualTo(0);
	}

	@Test
	void theGrafanaDashboardReadsOnlyMetersTheBotExports() throws Exception {
		String dashboard = java.nio.file.Files.readString(java.nio.file.Path.of("../config/grafana/talent-bridge-bot.json"));
		tools.jackson.databind.JsonNode panels = tools.jackson.databind.json.JsonMapper.builder().build().readTree(dashboard).get("panels");
		java.util.Set<String> used = new java.util.TreeSet<>();
		java.util.regex.Pattern meter = java.util.regex.Pattern.compile("\\b((?:bot|http_server|jvm|process)_[a-z_]+)");
		for (tools.jackson.databind.JsonNode panel : panels) {
			for (tools.jackson.databind.JsonNode target : panel.path("targets")) {
				java.util.regex.Matcher m = meter.matcher(target.get("expr").asString());
				while (m.find()) {
					used.add(m.group(1));
				}
			}
		}
		assertThat(used).contains("bot_messages_total", "bot_answers_total", "bot_reply_seconds_bucket",
				"bot_deliveries_total", "bot_signups_total", "bot_announcements_backlog", "bot_nudges_due",
				"http_server_requests_seconds_count");
		chat("metrics-dashboard-" + UUID.randomUUID(), "Hello!");
		String body = scrape();
		for (String name : used) {
			assertThat(body).as(name).containsPattern("(?m)^" + name + "[{ ]");
		}
	}

	private static double delta(String before, String after, String name, String... labels) {
		double was = Scrape.value(before, name, labels);
		double is = Scrape.value(after, name, labels);
		assertThat(is).as(name + " " + String.join(",", labels)).isNotNaN();
		return is - (Double.isNaN(was) ? 0 : was);
	}

}
