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

	WebChat chat;

	WebChat.Person me;

	@org.junit.jupiter.api.BeforeEach
	void newPerson() {
		this.chat = new WebChat(this.http, "http://127.0.0.1:" + this.port);
		this.me = this.chat.person();
	}

	HttpResponse<String> post(String body) throws Exception {
		return this.me.post(body);
	}

	HttpResponse<String> post(String body, String contentType) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/chat"))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	String chat(String text, String language) {
		return this.json.writeValueAsString(new java.util.LinkedHashMap<>(java.util.Map.of("text", text, "language", language)));
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

		JsonNode asked = this.json.readTree(post(chat("I just arrived in Copenhagen, what should I do first?", "en")).body());
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
		HttpResponse<String> response = post("{\"text\": \"How do I get a CPR number?\"}");
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
		String key = "tb:knowledge:unanswered:" + org.talentbridge.bot.knowledge.internal.Fingerprints
			.of(org.talentbridge.bot.knowledge.internal.QuestionMasks.mask(question));
		// Written just after the reply, off its path.
		assertThat(awaitField(key, "text", "1")).isEqualTo(org.talentbridge.bot.knowledge.internal.QuestionMasks.mask(question));
		assertThat(this.redis.hget(key, "language")).isEqualTo("en");
		post(chat(question.toUpperCase(), "en"));
		// The same person asking the same words again is one question on the staff's list: after the
		// writer's next rounds (every 250 ms) the count is still one.
		Thread.sleep(750);
		assertThat(this.redis.hget(key, "count")).isEqualTo("1");
	}

	/** The field once it is there (and for {@code count}, once it has the value), within two seconds. */
	private String awaitField(String key, String field, String count) throws InterruptedException {
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(2).toNanos();
		while (System.nanoTime() < deadline
				&& (this.redis.hget(key, field) == null || !count.equals(this.redis.hget(key, "count")))) {
			Thread.sleep(10);
		}
		return this.redis.hget(key, field);
	}

	@Test
	void aSuggestionButtonOpensTheArticle() throws Exception {
		JsonNode body = this.json.readTree(post(chat("/article se-bankid", "sv")).body());
		assertThat(body.get("answer").get("articleId").asString()).isEqualTo("se-bankid");
		assertThat(body.get("replies").get(0).get("text").asString()).contains("BankID");
	}

	@Test
	void rejectsMalformedJson() throws Exception {
		assertError(post("{\"text\": "), 400, "not valid JSON");
		assertError(post("[1, 2, 3]"), 400, "not valid JSON");
		assertError(post(""), 400, "JSON");
	}

	@Test
	void rejectsMissingOrBlankFields() throws Exception {
		assertError(post("{\"userId\": \"a\"}"), 400, "text is required");
		assertError(post("{\"text\": \"   \"}"), 400, "text is required");
		// A request refused starts nobody.
		assertThat(this.me.cookie()).isNull();
		// userId is optional and means nothing, whatever it holds.
		assertThat(post("{\"userId\": \"<script>\", \"text\": \"hi\"}").statusCode()).isEqualTo(200);
		assertThat(post("{\"text\": \"hi\"}").statusCode()).isEqualTo(200);
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
		assertError(post("text=hi", "application/x-www-form-urlencoded"), 415, "application/json");
		assertError(post("{\"text\": \"" + "x".repeat(70_000) + "\"}"), 413, "too long");
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

	/** The chunked 60 MB bodies: counted as read, refused at 64 KB, whatever the headers say. */
	@Test
	void aChunkedBodyIsLimitedByTheBytesRead() throws Exception {
		try (java.net.Socket socket = new java.net.Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			java.io.OutputStream out = socket.getOutputStream();
			out.write(("POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
					+ "Transfer-Encoding: chunked\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			byte[] chunk = ("{\"text\": \"" + "x".repeat(16 * 1024)).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
			try {
				for (int i = 0; i < 3840; i++) {
					out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
					out.write(chunk);
					out.write("\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
				}
			}
			catch (java.io.IOException closedByTheBot) {
				// Answered and closed long before 60 MB.
			}
			String answer = new String(socket.getInputStream().readNBytes(400), java.nio.charset.StandardCharsets.UTF_8);
			assertThat(answer).startsWith("HTTP/1.1 413").contains("application/json").contains("too long");
		}
	}

	HttpResponse<String> get(String path, String accept) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).header("Accept", accept).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** The 500s and HTML pages: each a JSON 4xx now. */
	@Test
	void badAddressesAndHtmlAcceptGetJson4xx() throws Exception {
		assertJsonError(get("/api/chat/inbox?userId=%ff%fe", "*/*"), 400);
		assertJsonError(get("/login?x=%ff", "text/html"), 400);
		assertJsonError(get("/api/chat/inbox?=x", "*/*"), 400);
		assertJsonError(get("/error", "text/html"), 404);
		assertJsonError(get("/no/such/page", "text/html"), 404);
		assertJsonError(get("/%ff", "text/html"), 400);
		HttpResponse<String> html = this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/chat"))
			.header("Content-Type", "application/json")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"hello\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertJsonError(html, 406);
		assertJsonError(post("{\"text\": \"hello\"}", "application/json; charset=nope"), 415);
		assertJsonError(post("{\"text\": \"hello\"}", "application/*"), 415);
	}

	@Test
	void theChatPageHasAStrictContentSecurityPolicy() throws Exception {
		HttpResponse<String> page = get("/", "text/html");
		assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'",
				"script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe");
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(page.headers().firstValue("Permissions-Policy").orElseThrow()).contains("camera=()");
		// The page has no inline script or style the policy would block.
		assertThat(page.body()).doesNotContain("<script>").doesNotContain("style=");
	}

	private void assertJsonError(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).as(response.body()).startsWith("application/json");
		assertThat(this.json.readTree(response.body()).get("error").asString()).isNotBlank();
	}

	private void assertError(HttpResponse<String> response, int status, String message) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(this.json.readTree(response.body()).get("error").asString()).contains(message);
	}

}
