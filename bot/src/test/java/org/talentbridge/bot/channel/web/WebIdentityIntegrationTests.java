package org.talentbridge.bot.channel.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import redis.clients.jedis.JedisPooled;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web chat's person is the cookie's (or a partner's signed identity), never what the request
 * says: someone who knows another person's id sees and changes nothing of theirs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebIdentityIntegrationTests {

	static final String SECRET = "test-partner-secret-of-at-least-32-chars";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JedisPooled redis;

	@Autowired
	WebOutbox outbox;

	final HttpClient http = HttpClient.newHttpClient();

	WebChat chat;

	@BeforeEach
	void chat() {
		this.chat = new WebChat(this.http, "http://127.0.0.1:" + this.port);
	}

	@Test
	void theCookieIsHttpOnlyLaxAndAtLeast128RandomBits() throws Exception {
		WebChat.Person anna = this.chat.person();
		HttpResponse<String> first = anna.post("{\"text\": \"hello\"}");
		String header = first.headers().allValues("Set-Cookie").stream().filter(h -> h.startsWith("tb_chat=")).findFirst().orElseThrow();
		assertThat(header).contains("HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=").doesNotContain("Secure");
		// The attributes are made once a second; the expiry is still the cookie's lifetime from now.
		java.util.regex.Matcher expires = java.util.regex.Pattern.compile("Expires=([^;]+)").matcher(header);
		assertThat(expires.find()).isTrue();
		java.time.Instant until = java.time.ZonedDateTime
			.parse(expires.group(1), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
			.toInstant();
		assertThat(until).isBetween(java.time.Instant.now().plus(java.time.Duration.ofDays(395)).minusSeconds(60),
				java.time.Instant.now().plus(java.time.Duration.ofDays(395)).plusSeconds(60));
		String cookie = anna.cookie();
		// 16 random bytes in base64url, then the bot's signature of them.
		assertThat(cookie).matches("[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{22}");
		assertThat(anna.userId()).matches("web:[0-9a-f]{32}").doesNotContain(cookie.substring(0, 22));
		WebChat.Person bert = this.chat.person();
		bert.say("hello");
		assertThat(bert.userId()).isNotEqualTo(anna.userId());
	}

	@Test
	void aClientThatKeepsItsCookieContinuesItsConversation() throws Exception {
		WebChat.Person anna = this.chat.person();
		anna.say("/language sv");
		String id = anna.userId();
		JsonNode later = anna.say("hello");
		assertThat(later.get("language").asString()).isEqualTo("sv");
		assertThat(anna.userId()).isEqualTo(id);
		assertThat(this.redis.hget("tb:conversation:user:" + id, "language")).isEqualTo("sv");
	}

	@Test
	void theHistoryIsTheCallersOwnAndIncludesWhatTheBotSentOnItsOwn() throws Exception {
		WebChat.Person hanna = this.chat.person();
		hanna.say("/start");
		hanna.say("How do I get a CPR number?");
		String platformId = hanna.userId().substring(4);
		this.outbox.deliver(platformId, Response.of(Language.EN, Reply.text("Lena from the Talent Bridge team answers: yes")));
		HttpResponse<String> own = hanna.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/chat/history")));
		assertThat(own.statusCode()).isEqualTo(200);
		JsonNode history = JSON.readTree(own.body());
		assertThat(history.get("language").asString()).isEqualTo("en");
		List<String> turns = new java.util.ArrayList<>();
		history.get("turns").forEach(t -> turns.add(t.get("from").asString() + ": " + t.get("text").asString()));
		assertThat(turns).first().asString().startsWith("bot: Hi!");
		assertThat(turns).contains("person: How do I get a CPR number?");
		assertThat(turns).last().asString().isEqualTo("bot: Lena from the Talent Bridge team answers: yes");
		assertThat(turns).noneMatch(t -> t.startsWith("person: /"));
		// The buttons of the last answer are offered again, those of the welcome (answered since) are not.
		for (JsonNode turn : history.get("turns")) {
			boolean article = turn.get("text").asString().startsWith("Getting a CPR number");
			assertThat(turn.get("buttons").isEmpty()).as(turn.get("text").asString()).isEqualTo(!article);
		}
		// Shown in the history, it is not handed out a second time by the inbox.
		assertThat(hanna.inbox().get("replies")).isEmpty();

		// Nobody else's: another cookie, a claimed id, no cookie at all.
		WebChat.Person other = this.chat.person();
		other.say("hej");
		String theirs = other.send(HttpRequest.newBuilder(
				URI.create("http://127.0.0.1:" + this.port + "/api/chat/history?userId=" + hanna.userId()))).body();
		assertThat(theirs).doesNotContain("Getting a CPR number", "Lena");
		HttpResponse<String> stranger = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/chat/history")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(stranger.body()).isEqualTo("{\"language\":null,\"turns\":[]}");

		// After /forget, nothing is left to show.
		hanna.say("/forget yes");
		String after = hanna.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/chat/history"))).body();
		assertThat(after).doesNotContain("Getting a CPR number", "Lena");
	}

	@Test
	void aMadeUpCookieIsNobodyAndGetsANewPerson() throws Exception {
		WebChat.Person anna = this.chat.person();
		anna.say("/language da");
		String forged = anna.cookie().substring(0, 23) + "A".repeat(22);
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/chat"))
			.header("Content-Type", "application/json")
			.header("Cookie", "tb_chat=" + forged)
			.POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"hello\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(response.body()).get("language").asString()).isEqualTo("en");
		String issued = response.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(issued).startsWith("tb_chat=").doesNotContain(forged);
	}

	/** The attack of the issue: the victim's id in the body or the inbox's query gives nothing. */
	@Test
	void aSecondClientWithTheVictimsIdSeesAndChangesNothing() throws Exception {
		WebChat.Person victim = this.chat.person();
		victim.say("/signup hellopenhagen-2027");
		JsonNode consent = victim.say("Vera Victim vera.victim@example.org");
		String agree = consent.get("replies").get(0).get("buttons").get(0).get("value").asString();
		assertThat(victim.say(agree).get("replies").get(0).get("text").asString()).startsWith("You're signed up");
		String victimId = victim.userId();
		String platformId = victimId.substring(4);
		assertThat(victim.say("/mydata").toString()).contains("Vera Victim", "vera.victim@example.org");
		this.outbox.deliver(platformId, Response.of(Language.EN, Reply.text("A seat for you, Vera")));

		WebChat.Person attacker = this.chat.person();
		for (String claimed : List.of(platformId, victimId)) {
			String mydata = attacker.post(JSON.writeValueAsString(Map.of("userId", claimed, "text", "/mydata"))).body();
			assertThat(mydata).doesNotContain("Vera", "vera.victim", platformId);
			attacker.post(JSON.writeValueAsString(Map.of("userId", claimed, "text", "/cancel hellopenhagen-2027")));
			attacker.post(JSON.writeValueAsString(Map.of("userId", claimed, "text", "/forget yes")));
			HttpResponse<String> inbox = attacker.send(HttpRequest.newBuilder(
					URI.create("http://127.0.0.1:" + this.port + "/api/chat/inbox?userId=" + claimed)));
			assertThat(inbox.statusCode()).isEqualTo(200);
			assertThat(inbox.body()).doesNotContain("Vera");
			// And without any cookie at all.
			HttpResponse<String> stranger = this.http.send(HttpRequest.newBuilder(
					URI.create("http://127.0.0.1:" + this.port + "/api/chat/inbox?userId=" + claimed)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(stranger.body()).isEqualTo("{\"replies\":[]}");
		}
		assertThat(attacker.userId()).isNotEqualTo(victimId);
		// The victim still has their seat, their data and their message.
		assertThat(victim.say("/mysignups").toString()).contains("HELLOpenhagen");
		assertThat(victim.say("/mydata").toString()).contains("Vera Victim");
		assertThat(victim.inbox().toString()).contains("A seat for you, Vera");
	}

	@Test
	void aPartnersSignedIdentityIsOnePersonOnEveryDevice() throws Exception {
		WebChat.Person phone = this.chat.partnerUser("lund-4711", SECRET);
		phone.say("/language sv");
		WebChat.Person laptop = this.chat.partnerUser("lund-4711", SECRET);
		assertThat(laptop.say("hello").get("language").asString()).isEqualTo("sv");
		assertThat(laptop.userId()).isEqualTo("web:partner-lund-4711");
		assertThat(this.redis.hget("tb:conversation:user:web:partner-lund-4711", "language")).isEqualTo("sv");
		assertThat(laptop.cookie()).as("a signed identity needs no cookie").isNull();
	}

	@Test
	void unsignedWronglySignedOrExpiredIdentitiesAre401() throws Exception {
		String valid = WebChat.sign("lund-1", Instant.now().plusSeconds(600), SECRET);
		List<String> refused = List.of("lund-1", "lund-1." + (Instant.now().getEpochSecond() + 600) + ".",
				WebChat.sign("lund-1", Instant.now().plusSeconds(600), "another-secret-of-at-least-32-chars!!"),
				WebChat.sign("lund-1", Instant.now().minusSeconds(1), SECRET),
				valid.replace("lund-1", "lund-2"), WebChat.sign("lund 1<script>", Instant.now().plusSeconds(600), SECRET), "");
		for (String token : refused) {
			HttpResponse<String> post = this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/chat"))
				.header("Content-Type", "application/json")
				.header("X-Chat-Identity", token)
				.POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"hello\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(post.statusCode()).as(token).isEqualTo(401);
			assertThat(JSON.readTree(post.body()).get("error").asString()).contains("not valid or has expired");
			assertThat(post.headers().allValues("Set-Cookie")).isEmpty();
			HttpResponse<String> inbox = this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/chat/inbox"))
				.header("X-Chat-Identity", token)
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(inbox.statusCode()).as(token).isEqualTo(401);
		}
	}

}
