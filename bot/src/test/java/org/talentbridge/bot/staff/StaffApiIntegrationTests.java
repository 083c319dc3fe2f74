package org.talentbridge.bot.staff;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.talentbridge.bot.channel.web.WebChat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.talentbridge.bot.MutableClock;
import org.talentbridge.bot.TestNames;
import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Conversation;
import org.talentbridge.bot.conversation.IncomingMessage;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.events.Attendee;
import org.talentbridge.bot.events.Signups;

import static org.assertj.core.api.Assertions.assertThat;

/** The staff API over HTTP with its token, and signups under contention through the web chat. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "bot.staff.api-token=test-staff-token")
@Import(MutableClock.Config.class)
class StaffApiIntegrationTests {

	static final String TOKEN = "test-staff-token";

	static final ObjectMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Signups signups;

	@Autowired
	Conversation conversation;

	@Autowired
	Phrases phrases;

	final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> call(String method, String path, String body, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.method(method, (body == null) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> staff(String method, String path, String body) throws Exception {
		return call(method, path, body, TOKEN);
	}

	static String event(String id, int capacity) {
		return """
				{"id": "%s", "title": {"en": "Load test mingle", "sv": "Lasttestmingel"},
				 "description": {"en": "For testing."}, "start": "2027-01-14T17:00", "end": "2027-01-14T19:00",
				 "zone": "Europe/Copenhagen", "venue": "International House", "city": "Copenhagen", "country": "DK",
				 "capacity": %d, "signupDeadline": "2027-01-13T12:00", "audience": ["students"], "sectors": ["medtech"]}
				""".formatted(id, capacity);
	}

	/** A partner site's signed-in user per name, so the test knows each person's id: "web:partner-<name>". */
	private final Map<String, WebChat.Person> people = new ConcurrentHashMap<>();

	private JsonNode chat(String user, String text) throws Exception {
		String name = user.startsWith(SignedPrefix) ? user.substring(SignedPrefix.length()) : user;
		return this.people
			.computeIfAbsent(name, n -> new WebChat(this.http, "http://127.0.0.1:" + this.port).partnerUser(n, PARTNER_SECRET))
			.say(text);
	}

	static final String SignedPrefix = "partner-";

	static final String PARTNER_SECRET = "test-partner-secret-of-at-least-32-chars";

	@Test
	void everyStaffEndpointRefusesAMissingOrWrongToken() throws Exception {
		staff("POST", "/api/staff/events", event("guarded", 5));
		List<String[]> endpoints = List.of(new String[] { "GET", "/api/staff/events" },
				new String[] { "POST", "/api/staff/events" }, new String[] { "GET", "/api/staff/events/guarded" },
				new String[] { "PUT", "/api/staff/events/guarded" },
				new String[] { "POST", "/api/staff/events/guarded/cancel" },
				new String[] { "GET", "/api/staff/events/guarded/attendees" },
				new String[] { "GET", "/api/staff/events/guarded/attendees.csv" },
				new String[] { "POST", "/api/staff/events/guarded/checkin" },
				new String[] { "GET", "/api/staff/anything-else" });
		for (String[] endpoint : endpoints) {
			for (String token : new String[] { null, "wrong", TOKEN + "x", "" }) {
				HttpResponse<String> response = call(endpoint[0], endpoint[1], event("guarded", 5), token);
				assertThat(response.statusCode()).as(endpoint[0] + " " + endpoint[1] + " with " + token).isEqualTo(401);
				assertThat(response.body()).contains("staff token");
			}
		}
		assertThat(staff("GET", "/api/staff/events/guarded", null).body()).contains("\"status\":\"open\"");
	}

	@Test
	void badEventsAreRefusedWithTheFieldNamed() throws Exception {
		assertThat(staff("POST", "/api/staff/events", "{not json").statusCode()).isEqualTo(400);
		assertThat(staff("POST", "/api/staff/events", "").statusCode()).isEqualTo(400);
		Map<String, String> broken = Map.of(
				event("x", 5).replace("\"title\": {\"en\": \"Load test mingle\", \"sv\": \"Lasttestmingel\"}", "\"title\": {\"sv\": \"Bara svenska\"}"), "title needs an English text",
				event("x", 5).replace("Europe/Copenhagen", "Europe/Berlin"), "zone must be",
				event("x", 0), "capacity must be",
				event("x", 5).replace("2027-01-14T19:00", "2027-01-14T16:00"), "end must be after start",
				event("x", 5).replace("2027-01-14T17:00", "next thursday"), "start must be a local date",
				event("Bad Id!", 5), "id must be",
				event("x", 5).replace("\"DK\"", "\"NO\""), "country must be");
		for (Map.Entry<String, String> entry : broken.entrySet()) {
			HttpResponse<String> response = staff("POST", "/api/staff/events", entry.getKey());
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(JSON.readTree(response.body()).get("error").asString()).contains(entry.getValue());
		}
		assertThat(staff("POST", "/api/staff/events", event("twice", 5)).statusCode()).isEqualTo(201);
		assertThat(staff("POST", "/api/staff/events", event("twice", 5)).statusCode()).isEqualTo(409);
		assertThat(staff("GET", "/api/staff/events/nope", null).statusCode()).isEqualTo(404);
		assertThat(staff("POST", "/api/staff/events/nope/cancel", null).statusCode()).isEqualTo(404);
	}

	/**
	 * 500 people sign up at once through the web chat for 100 seats: exactly 100 seats, 400 waiting
	 * in the order they arrived, nobody twice. Then 10 seat holders cancel at once and exactly the
	 * first 10 waiting move up.
	 */
	@Test
	void fiveHundredParallelSignupsForAHundredSeats() throws Exception {
		assertThat(staff("POST", "/api/staff/events", event("load-test", 100)).statusCode()).isEqualTo(201);
		Map<String, String> outcome = new ConcurrentHashMap<>();
		Pattern waitlisted = Pattern.compile("waitlist as number (\\d+)");
		ExecutorService pool = Executors.newFixedThreadPool(32);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int i = 0; i < 500; i++) {
				String user = "load-" + i;
				done.add(pool.submit(() -> {
					chat(user, "/signup load-test");
					JsonNode consent = chat(user, TestNames.person(user));
					JsonNode result = chat(user, consent.get("replies").get(0).get("buttons").get(0).get("value").asString());
					String text = result.get("replies").get(0).get("text").asString();
					Matcher position = waitlisted.matcher(text);
					outcome.put("web:partner-" + user, text.startsWith("You're signed up") ? "seat" : position.find() ? position.group(1) : text);
					return null;
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
			List<Attendee> seated = this.signups.attendees("load-test");
			List<Attendee> waiting = this.signups.waitlist("load-test");
			assertThat(seated).hasSize(100);
			assertThat(waiting).hasSize(400);
			assertThat(outcome.values().stream().filter("seat"::equals).count()).isEqualTo(100);
			// Each waiting person was told their place, and the list is in exactly that order.
			for (int place = 0; place < waiting.size(); place++) {
				assertThat(outcome.get(waiting.get(place).userId())).isEqualTo(Integer.toString(place + 1));
			}
			List<String> everyone = new ArrayList<>();
			seated.forEach(a -> everyone.add(a.userId()));
			waiting.forEach(a -> everyone.add(a.userId()));
			assertThat(everyone).doesNotHaveDuplicates().hasSize(500);
			// Asking again changes nothing.
			String someone = seated.get(0).userId().substring(4);
			assertThat(chat(someone, "/signup load-test").get("replies").get(0).get("text").asString()).contains("already signed up");
			assertThat(this.signups.attendees("load-test")).hasSize(100);

			List<String> nextTen = waiting.subList(0, 10).stream().map(Attendee::userId).toList();
			List<Future<?>> cancels = new ArrayList<>();
			for (Attendee leaving : seated.subList(0, 10)) {
				cancels.add(pool.submit(() -> chat(leaving.userId().substring(4), "/cancel load-test")));
			}
			for (Future<?> future : cancels) {
				future.get();
			}
			List<String> seatedAfter = this.signups.attendees("load-test").stream().map(Attendee::userId).toList();
			assertThat(seatedAfter).hasSize(100).containsAll(nextTen);
			assertThat(this.signups.waitlist("load-test")).hasSize(390)
				.extracting(Attendee::userId)
				.doesNotContainAnyElementsOf(nextTen)
				.containsExactlyElementsOf(waiting.subList(10, 400).stream().map(Attendee::userId).toList());
			for (String promoted : nextTen) {
				JsonNode inbox = this.people.get(promoted.substring(4 + SignedPrefix.length())).inbox();
				assertThat(inbox.get("replies").get(0).get("text").asString()).contains("is free, and it's yours");
				assertThat(inbox.get("replies").get(0).get("attachment").get("url").asString()).startsWith("/events/load-test.ics");
			}
		}
		finally {
			pool.shutdownNow();
		}
		HttpResponse<String> csv = staff("GET", "/api/staff/events/load-test/attendees.csv", null);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		List<String> lines = csv.body().lines().toList();
		assertThat(lines.get(0)).isEqualTo("status,position,name,email,signed_up_at,checked_in_at,user_id");
		assertThat(lines).hasSize(1 + 100 + 390);
		assertThat(lines.stream().filter(l -> l.startsWith("confirmed,"))).hasSize(100);
	}

	@Test
	void checkInCsvEscapingAndCancellation() throws Exception {
		assertThat(staff("POST", "/api/staff/events", event("door-test", 1)).statusCode()).isEqualTo(201);
		chat("door-1", "/signup door-test");
		JsonNode consent = chat("door-1", "=HYPERLINK(\"evil\") Eve");
		chat("door-1", consent.get("replies").get(0).get("buttons").get(0).get("value").asString());
		chat("door-2", "/signup door-test");
		JsonNode consent2 = chat("door-2", "Walter Wait");
		chat("door-2", consent2.get("replies").get(0).get("buttons").get(0).get("value").asString());

		HttpResponse<String> checkedIn = staff("POST", "/api/staff/events/door-test/checkin", "{\"userId\": \"web:partner-door-1\"}");
		assertThat(checkedIn.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(checkedIn.body()).get("checkedInAt").isNull()).isFalse();
		assertThat(staff("POST", "/api/staff/events/door-test/checkin", "{\"userId\": \"web:partner-door-2\"}").statusCode()).isEqualTo(404);
		assertThat(staff("POST", "/api/staff/events/door-test/checkin", "{}").statusCode()).isEqualTo(400);

		String csv = staff("GET", "/api/staff/events/door-test/attendees.csv", null).body();
		assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
		// Times in the programme's local time with its offset, as the console's CSV: not UTC's "Z".
		assertThat(csv).containsPattern(",20\\d\\d-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?\\+0[12]:00,")
			.doesNotContainPattern("T\\d\\d:\\d\\d[^,]*Z,");

		JsonNode attendees = JSON.readTree(staff("GET", "/api/staff/events/door-test/attendees", null).body());
		assertThat(attendees.get("attendees").get(0).get("userId").asString()).isEqualTo("web:partner-door-1");
		assertThat(attendees.get("waitlist").get(0).get("name").asString()).isEqualTo("Walter Wait");

		// A bigger room moves the waiting person up.
		String bigger = event("door-test", 2);
		assertThat(staff("PUT", "/api/staff/events/door-test", bigger).statusCode()).isEqualTo(200);
		assertThat(this.signups.attendees("door-test")).extracting(Attendee::userId).containsExactly("web:partner-door-1", "web:partner-door-2");

		HttpResponse<String> cancelled = staff("POST", "/api/staff/events/door-test/cancel", null);
		assertThat(JSON.readTree(cancelled.body()).get("peopleTold").asInt()).isEqualTo(2);
		assertThat(chat("door-3", "/signup door-test").get("replies").get(0).get("text").asString()).contains("has been cancelled");
	}

	@Test
	void staffCommandsInChatAreForStaffOnly() {
		var refused = this.conversation.handle(IncomingMessage.of(Channel.TELEGRAM, "42", "/attendees hellopenhagen-2027"));
		assertThat(refused.replies().get(0).text()).isEqualTo(this.phrases.get(Language.EN, "staff.refused"));
		var overview = this.conversation.handle(IncomingMessage.of(Channel.TELEGRAM, "7", "/staff").asStaff(true));
		assertThat(overview.replies().get(0).text()).contains("hellopenhagen-2027", "/400");
		var list = this.conversation.handle(IncomingMessage.of(Channel.TELEGRAM, "7", "/attendees hellopenhagen-2027").asStaff(true));
		assertThat(list.replies().get(0).text()).contains("HELLOpenhagen welcome fair: ");
	}

	@Test
	void theApiIsDescribedWithOpenApi() throws Exception {
		HttpResponse<String> docs = call("GET", "/v3/api-docs", null, null);
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("/api/staff/events/{id}/attendees.csv", "staffToken", "bearer");
	}

}
