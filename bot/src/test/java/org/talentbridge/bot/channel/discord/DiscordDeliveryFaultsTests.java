package org.talentbridge.bot.channel.discord;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
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
import org.talentbridge.bot.announcements.Segment;
import org.talentbridge.bot.channel.discord.FakeDiscord.Fault;
import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Direct messages on Discord when its REST API misbehaves, through real JDA against the fake: a
 * message whose answer does not come in time is not sent again (JDA's own retry after a timeout
 * is off) and shows as unknown in the staff API's progress; a 500 is tried again later and then
 * delivered once.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bot.staff.api-token=" + DiscordDeliveryFaultsTests.TOKEN, "bot.discord.send-timeout=1s",
				"bot.announcements.per-second.discord=50", "bot.announcements.check=PT0.2S",
				"bot.announcements.retry-backoff=200ms", "bot.announcements.delivery-attempts=3" })
@Import(MutableClock.Config.class)
class DiscordDeliveryFaultsTests {

	static final String TOKEN = "discord-faults-token";

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
	NewsSubscriptions news;

	@Autowired
	MutableClock clock;

	@Autowired
	io.micrometer.core.instrument.MeterRegistry meters;

	final List<String> people = new java.util.ArrayList<>();

	@BeforeEach
	void connected() throws InterruptedException {
		this.clock.set(MutableClock.START);
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!"UP".equals(this.connection.health().getStatus().getCode()) && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(this.connection.health().getStatus().getCode()).isEqualTo("UP");
	}

	@AfterEach
	void nobodyLeft() {
		discord.clearFaults();
		this.people.forEach(this.news::unsubscribe);
	}

	private String announce(long first, String text) {
		for (long user = first; user < first + 3; user++) {
			String userId = Channel.DISCORD.userId(Long.toString(user));
			this.news.subscribe(userId);
			this.people.add(userId);
		}
		Announcement draft = this.announcements.draft(Map.of(Language.EN, text), Segment.everyone());
		assertThat(draft.total()).isEqualTo(3);
		return this.announcements.send(draft.id(), null).id();
	}

	private Announcement awaitDone(String id) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
		while (this.announcements.find(id).orElseThrow().status() != Announcement.Status.DONE) {
			assertThat(System.nanoTime()).as("announcement " + id + " done in time: " + this.announcements.find(id))
				.isLessThan(deadline);
			// The bot's clock goes on, so deliveries put off for a retry come due.
			this.clock.advance(Duration.ofMillis(50));
			Thread.sleep(50);
		}
		return this.announcements.find(id).orElseThrow();
	}

	private static long received(long user, String text) {
		return discord.sentTo(FakeDiscord.dmChannel(user))
			.stream()
			.filter(m -> String.valueOf(m.payload().get("content")).contains(text))
			.count();
	}

	private double unknownCount() {
		var counter = this.meters.find("bot.deliveries").tags("platform", "discord", "kind", "message", "result", "unknown").counter();
		return (counter != null) ? counter.count() : 0;
	}

	private JsonNode progress(String id) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/staff/announcements/" + id))
				.header("Authorization", "Bearer " + TOKEN)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(response.body());
	}

	@Test
	void aMessageWhoseAnswerStallsIsDeliveredExactlyOnceAndShownAsUnknown() throws Exception {
		String text = "Stalled Discord news " + UUID.randomUUID();
		long first = 960_000_000_000_000_100L;
		discord.faults(FakeDiscord.dmChannel(first + 1), Fault.STALL, 1);
		double unknownBefore = unknownCount();
		String id = announce(first, text);
		Announcement done = awaitDone(id);
		assertThat(done.sent()).isEqualTo(2);
		assertThat(done.unknown()).isEqualTo(1);
		assertThat(done.failed()).isZero();
		assertThat(unknownCount() - unknownBefore).isEqualTo(1);
		JsonNode shown = progress(id);
		assertThat(shown.get("unknown").asInt()).isEqualTo(1);
		assertThat(shown.get("sent").asInt()).isEqualTo(2);
		assertThat(shown.get("pending").asInt()).isZero();
		Thread.sleep(3_000);
		for (long user = first; user < first + 3; user++) {
			assertThat(received(user, text)).as("user " + user).isEqualTo(1);
		}
	}

	@Test
	void aServerErrorIsTriedAgainLaterAndThenDeliveredOnce() throws Exception {
		String text = "Retried Discord news " + UUID.randomUUID();
		long first = 960_000_000_000_000_200L;
		// JDA does not repeat a 500 itself: the bot's first two attempts fail, the third of three goes.
		discord.faults(FakeDiscord.dmChannel(first + 2), Fault.SERVER_ERROR, 2);
		Announcement done = awaitDone(announce(first, text));
		assertThat(done.sent()).as(done.toString()).isEqualTo(3);
		assertThat(done.failed()).isZero();
		assertThat(done.unknown()).isZero();
		for (long user = first; user < first + 3; user++) {
			assertThat(received(user, text)).as("user " + user).isEqualTo(1);
		}
	}

}
