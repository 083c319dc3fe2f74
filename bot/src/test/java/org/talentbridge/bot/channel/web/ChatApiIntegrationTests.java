package org.talentbridge.bot.channel.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import redis.clients.jedis.JedisPooled;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The web chat contract, over real HTTP against the running bot and its embedded Redis. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChatApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JedisPooled redis;

	final HttpClient http = HttpClient.newHttpClient();

	final ObjectMapper json = new ObjectMapper();

	final String user = "it-" + UUID.randomUUID();

	HttpResponse<String> post(String body) throws Exception {
		return post(body, "application/json");
	}

	HttpResponse<String> post(String body, String contentType) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/chat"))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	String chat(String text, String language) {
		return this.json.writeValueAsString(new java.util.LinkedHashMap<>(java.util.Map.of("userId", this.user, "text",
				text, "language", language)));
	}

	@Test
	void theGuideFromTheMenuToATickedOffStep() throws Exception {
		HttpResponse<String> menu = this.http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/chat/menu?language=sv"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(menu.statusCode()).isEqualTo(200);
		JsonNode commands = this.json.readTree(menu.body()).get("commands");
		java.util.List<String> names = new java.util.ArrayList<>();
		commands.forEach(c -> names.add(c.get("command").asString()));
		assertThat(names).contains("/guide", "/help", "/mydata");
		commands.forEach(c -> {
			if (c.get("command").asString().equals("/guide")) {
				assertThat(c.get("description").asString()).isEqualTo("Din egen checklista för flytten hit");
			}
		});
		assertThat(this.http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/chat/menu?language=fr"))
			.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);

		JsonNode asked = this.json.readTree(post("{\"userId\": \"" + this.user
				+ "\", \"text\": \"I just arrived in Copenhagen, what should I do first?\"}").body());
		assertThat(asked.get("replies").get(0).get("buttons").get(0).get("value").asString()).isEqualTo("/form guide work DK");
		post(chat("/form guide work DK", "en"));
		post(chat("/form guide citizen other", "en"));
		JsonNode checklist = this.json.readTree(post(chat("/form guide family none", "en")).body());
		java.util.List<String> values = new java.util.ArrayList<>();
		checklist.get("replies").forEach(r -> r.get("buttons").forEach(b -> values.add(b.get("value").asString())));
		assertThat(values).contains("/guide done dk-cpr", "/article dk-cpr-registration", "/guide remind on");
		JsonNode ticked = this.json.readTree(post(chat("/guide done dk-work-permit", "en")).body());
		assertThat(ticked.get("replies").get(0).get("text").asString()).startsWith("Ticked off: ");
	}

	@Test
	void answersFromAnArticleWithItsIdAndScore() throws Exception {
		HttpResponse<String> response = post("{\"userId\": \"" + this.user + "\", \"text\": \"How do I get a CPR number?\"}");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = this.json.readTree(response.body());
		assertThat(body.get("language").asString()).isEqualTo("en");
		assertThat(body.get("answer").get("articleId").asString()).isEqualTo("dk-cpr-registration");
		assertThat(body.get("answer").get("score").asDouble()).isBetween(0.0, 1.0);
		assertThat(body.get("replies").get(0).get("text").asString()).contains("CPR").contains("https://");
		assertThat(body.get("replies").get(0).get("buttons").isArray()).isTrue();
	}

	@Test
	void answersInTheChosenLanguage() throws Exception {
		JsonNode body = this.json.readTree(post(chat("How do I get a CPR number?", "da")).body());
		assertThat(body.get("language").asString()).isEqualTo("da");
		assertThat(body.get("answer").get("articleId").asString()).isEqualTo("dk-cpr-registration");
		assertThat(body.get("replies").get(0).get("text").asString()).contains("Tjekket");
	}

	@Test
	void smallTalkHasNoAnswerSource() throws Exception {
		HttpResponse<String> response = post(chat("hello", "en"));
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = this.json.readTree(response.body());
		assertThat(body.has("answer")).isTrue();
		assertThat(body.get("answer").isNull()).isTrue();
	}

	@Test
	void saysItDoesNotKnowOffersTopicsAndRecordsTheQuestion() throws Exception {
		String question = "Which tax applies to my Copenhagen pizza delivery tip " + UUID.randomUUID() + "?";
		JsonNode body = this.json.readTree(post(chat(question, "en")).body());
		assertThat(body.get("answer").isNull()).isTrue();
		JsonNode reply = body.get("replies").get(0);
		assertThat(reply.get("text").asString()).contains("don't know").contains("https://ihcph.kk.dk");
		// Up to three topics, then "Ask a person".
		assertThat(reply.get("buttons").size()).isBetween(2, 4);
		assertThat(reply.get("buttons").get(reply.get("buttons").size() - 1).get("value").asString()).isEqualTo("/human");
		assertThat(reply.get("buttons").get(0).get("value").asString()).startsWith("/article ");
		String key = "tb:knowledge:unanswered:" + org.talentbridge.bot.knowledge.internal.Fingerprints.of(question);
		assertThat(this.redis.hget(key, "text")).isEqualTo(question);
		assertThat(this.redis.hget(key, "language")).isEqualTo("en");
		post(chat(question.toUpperCase(), "en"));
		assertThat(this.redis.hget(key, "count")).isEqualTo("2");
	}

	@Test
	void aSuggestionButtonOpensTheArticle() throws Exception {
		JsonNode body = this.json.readTree(post(chat("/article se-bankid", "sv")).body());
		assertThat(body.get("answer").get("articleId").asString()).isEqualTo("se-bankid");
		assertThat(body.get("replies").get(0).get("text").asString()).contains("BankID");
	}

	@Test
	void rejectsMalformedJson() throws Exception {
		assertError(post("{\"userId\": \"a\", \"text\": "), 400, "not valid JSON");
		assertError(post("[1, 2, 3]"), 400, "not valid JSON");
		assertError(post(""), 400, "JSON");
	}

	@Test
	void rejectsMissingOrBlankFields() throws Exception {
		assertError(post("{\"text\": \"hi\"}"), 400, "userId is required");
		assertError(post("{\"userId\": \"  \", \"text\": \"hi\"}"), 400, "userId is required");
		assertError(post("{\"userId\": \"a\"}"), 400, "text is required");
		assertError(post("{\"userId\": \"a\", \"text\": \"   \"}"), 400, "text is required");
		assertError(post("{\"userId\": \"<script>\", \"text\": \"hi\"}"), 400, "userId must be");
	}

	@Test
	void rejectsOverlongTextAndUnknownLanguages() throws Exception {
		assertError(post(chat("a".repeat(4001), "en")), 400, "longer than 4000");
		assertThat(post(chat("😀".repeat(4000), "en")).statusCode()).isEqualTo(200);
		assertError(post(chat("hej", "no")), 400, "language must be en, sv or da");
		assertError(post(chat("hej", "swedish")), 400, "language must be en, sv or da");
	}

	@Test
	void rejectsOtherContentTypesHugeBodiesAndGet() throws Exception {
		assertError(post("userId=a&text=hi", "application/x-www-form-urlencoded"), 415, "application/json");
		assertError(post("{\"userId\": \"a\", \"text\": \"" + "x".repeat(70_000) + "\"}"), 413, "too long");
		HttpResponse<String> get = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/chat")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(get.statusCode()).isEqualTo(405);
		assertThat(get.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void servesTheChatPageAndHealth() throws Exception {
		HttpResponse<String> page = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<label for=\"text\"").contains("chat.js");
		HttpResponse<String> health = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		JsonNode body = this.json.readTree(health.body());
		assertThat(body.get("status").asString()).as(health.body()).isEqualTo("UP");
		// Strangers see the overall status only; components and their details are for staff.
		assertThat(body.has("components")).as(health.body()).isFalse();
		assertThat(health.body()).doesNotContain("redis", "diskSpace", "path");
	}

	private void assertError(HttpResponse<String> response, int status, String message) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(this.json.readTree(response.body()).get("error").asString()).contains(message);
	}

}
