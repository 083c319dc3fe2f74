package org.talentbridge.bot.channel.discord;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.talentbridge.bot.MutableClock;
import org.talentbridge.bot.announcements.Announcement;
import org.talentbridge.bot.announcements.Announcements;
import org.talentbridge.bot.announcements.NewsSubscriptions;
import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.events.Signups;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Announcements on Discord, through real JDA against the fake Discord: news for everyone is one
 * post in the server's announcements channel, mentioning the configured role, and no direct
 * messages; a targeted segment (an event's attendees) gets paced direct messages, and Discord's
 * 40003 ("opening direct messages too fast") pauses them without dropping anyone. The staff
 * console offers the post as a choice.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bot.staff.api-token=" + DiscordAnnouncementsTests.TOKEN,
				"bot.discord.announcements.channel=#" + FakeDiscord.ANNOUNCEMENTS_CHANNEL_NAME,
				"bot.discord.announcements.role=" + FakeDiscord.TALENTS_ROLE_ID, "bot.announcements.throttle-pause=PT0.4S",
				"bot.announcements.per-second.discord=50", "bot.announcements.check=PT1S",
				"bot.console.admin-username=admin", "bot.console.admin-password=correct horse battery" })
@Import(MutableClock.Config.class)
class DiscordAnnouncementsTests {

	static final String TOKEN = "discord-announcements-token";

	static final FakeDiscord discord = FakeDiscord.start();

	@DynamicPropertySource
	static void discord(DynamicPropertyRegistry registry) {
		discord.register(registry);
	}

	@AfterAll
	static void stop() {
		discord.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	DiscordConnection connection;

	@Autowired
	Announcements announcements;

	@Autowired
	io.micrometer.core.instrument.MeterRegistry meters;

	private double deliveries(String kind, String result) {
		return this.meters.get("bot.deliveries").tags("platform", "discord", "kind", kind, "result", result).counter().count();
	}

	@Autowired
	NewsSubscriptions news;

	@Autowired
	Signups signups;

	@Autowired
	MutableClock clock;

	final HttpClient http = HttpClient.newHttpClient();

	final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void connected() throws InterruptedException {
		// Daytime in Copenhagen, so nothing waits for the end of the quiet hours.
		this.clock.set(MutableClock.START);
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!"UP".equals(this.connection.health().getStatus().getCode()) && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(this.connection.health().getStatus().getCode()).isEqualTo("UP");
	}

	private JsonNode staff(String path, String body) throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Authorization", "Bearer " + TOKEN)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 202);
		return this.json.readTree(response.body());
	}

	private Announcement awaitDone(String id) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (this.announcements.find(id).orElseThrow().status() != Announcement.Status.DONE) {
			assertThat(System.nanoTime()).as("announcement " + id + " done in time").isLessThan(deadline);
			Thread.sleep(50);
		}
		return this.announcements.find(id).orElseThrow();
	}

	@Test
	void newsForEveryoneIsOnePostInTheAnnouncementsChannelWithTheRoleAndNoDirectMessages() throws Exception {
		for (long user = 1; user <= 300; user++) {
			this.news.subscribe(Channel.DISCORD.userId(Long.toString(960_000_000_000_000_000L + user)));
		}
		this.news.subscribe("web:someone-on-the-web");
		int opensBefore = discord.dmOpens.size();
		JsonNode draft = staff("/api/staff/announcements",
				"{\"text\": {\"en\": \"The matchmaking fair moves to 21 January.\", \"sv\": \"Matchmakingmässan flyttas till 21 januari.\"},"
						+ " \"segment\": {\"kind\": \"everyone\"}}");
		assertThat(draft.get("posts").toString()).isEqualTo("[\"discord\"]");
		String id = draft.get("id").asString();
		staff("/api/staff/announcements/" + id + "/send", "");
		Announcement done = awaitDone(id);
		assertThat(done.sent()).as("the post and the one person in the web chat").isEqualTo(2);
		assertThat(done.failed()).isZero();
		List<FakeDiscord.Sent> posts = discord.sentTo(FakeDiscord.ANNOUNCEMENTS_CHANNEL_ID);
		assertThat(posts).hasSize(1);
		FakeDiscord.Sent post = posts.get(0);
		assertThat(post.content()).startsWith("<@&" + FakeDiscord.TALENTS_ROLE_ID + ">")
			.contains("The matchmaking fair moves to 21 January.", "Matchmakingmässan flyttas till 21 januari.");
		@SuppressWarnings("unchecked")
		Map<String, Object> mentions = (Map<String, Object>) post.payload().get("allowed_mentions");
		assertThat(mentions.get("roles").toString()).contains(Long.toString(FakeDiscord.TALENTS_ROLE_ID));
		assertThat(String.valueOf(mentions.get("parse"))).doesNotContain("everyone", "users");
		assertThat(discord.dmOpens).hasSize(opensBefore);
		assertThat(discord.refused).isEmpty();
	}

	@Test
	void anEventsAttendeesGetPacedDirectMessagesAndA40003PausesThemWithoutDroppingAnyone() throws Exception {
		List<Long> attendees = List.of(970_000_000_000_000_001L, 970_000_000_000_000_002L, 970_000_000_000_000_003L,
				970_000_000_000_000_004L, 970_000_000_000_000_005L, 970_000_000_000_000_006L);
		for (long attendee : attendees) {
			String userId = Channel.DISCORD.userId(Long.toString(attendee));
			this.signups.signUp("lifescience-matchmaking-2027-01", userId, "Talent " + attendee % 10, null);
			this.news.subscribe(userId);
		}
		discord.refuseDmOpens(2, 2);
		double limited = deliveries("message", "429");
		double sent = deliveries("message", "sent");
		JsonNode draft = staff("/api/staff/announcements", "{\"text\": {\"en\": \"Bring your CV on Thursday.\"},"
				+ " \"segment\": {\"kind\": \"event\", \"value\": \"lifescience-matchmaking-2027-01\"}}");
		assertThat(draft.get("posts").toString()).isEqualTo("[]");
		assertThat(draft.get("recipients").asInt()).isEqualTo(attendees.size());
		String id = draft.get("id").asString();
		staff("/api/staff/announcements/" + id + "/send", "");
		Announcement done = awaitDone(id);
		assertThat(done.sent()).isEqualTo(attendees.size());
		assertThat(done.failed()).isZero();
		for (long attendee : attendees) {
			assertThat(discord.sentTo(FakeDiscord.dmChannel(attendee))).as("messages to " + attendee).hasSize(1);
		}
		List<FakeDiscord.DmOpen> opens = discord.dmOpens.stream().filter(o -> attendees.contains(o.recipient())).toList();
		assertThat(opens.stream().filter(FakeDiscord.DmOpen::refused)).hasSize(2);
		assertThat(deliveries("message", "429")).isEqualTo(limited + 2);
		assertThat(deliveries("message", "sent")).isGreaterThanOrEqualTo(sent + attendees.size());
		// After each refusal the platform paused: 0.4 s, then twice that.
		for (int i = 0; i < opens.size() - 1; i++) {
			if (opens.get(i).refused()) {
				assertThat(Duration.ofNanos(opens.get(i + 1).at() - opens.get(i).at())).isGreaterThanOrEqualTo(Duration.ofMillis(390));
			}
		}
		assertThat(discord.sentTo(FakeDiscord.ANNOUNCEMENTS_CHANNEL_ID)).noneMatch(s -> s.content().contains("Bring your CV"));
	}

	@Test
	void theConsoleOffersThePostForEveryone() throws Exception {
		HttpClient staff = login();
		String form = staff.send(HttpRequest.newBuilder(uri("/console/announcements")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(form).containsPattern("<input type=\"checkbox\" name=\"post\" value=\"discord\" checked=\"checked\">")
			.contains("Discord #announcements").doesNotContain("value=\"telegram\" checked");
		HttpResponse<String> drafted = staff.send(HttpRequest.newBuilder(uri("/console/announcements"))
			.POST(form("textEn", "Open house on Friday.", "kind", "everyone", "post", "discord", "_csrf", csrf(form)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = drafted.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("/console/announcements/a");
		String page = staff.send(HttpRequest.newBuilder(URI.create(location)).build(), HttpResponse.BodyHandlers.ofString()).body();
		assertThat(page).contains("And one post in: Discord #announcements.");
		String id = location.substring(location.lastIndexOf('/') + 1);
		assertThat(this.announcements.find(id).orElseThrow().segment().posts()).containsExactly(Channel.DISCORD);
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private HttpClient login() throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String page = client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/login"))
			.POST(form("username", "admin", "password", "correct horse battery", "_csrf", csrf(page)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/console");
		return client;
	}

	private static String csrf(String html) {
		Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	private static HttpRequest.BodyPublisher form(String... pairs) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < pairs.length; i += 2) {
			if (body.length() > 0) {
				body.append('&');
			}
			body.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
				.append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
		}
		return HttpRequest.BodyPublishers.ofString(body.toString());
	}

}
