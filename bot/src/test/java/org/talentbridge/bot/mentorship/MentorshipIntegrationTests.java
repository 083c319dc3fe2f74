package org.talentbridge.bot.mentorship;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Conversation;
import org.talentbridge.bot.conversation.IncomingMessage;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Response;
import org.talentbridge.bot.mentorship.Mentorship.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mentorship end to end against the real conversation, the real staff API over HTTP and the
 * embedded Redis: registering by message, proposals, approval, answers and introductions delivered
 * to the web inbox, capacity under concurrent approvals, failure paths, and forgetting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bot.staff.api-token=mentorship-test-token", "bot.conversation.flood-limit-per-minute=1000" })
class MentorshipIntegrationTests {

	static final String TOKEN = "mentorship-test-token";

	@LocalServerPort
	int port;

	@Autowired
	Conversation conversation;

	@Autowired
	Mentorship mentorship;

	@Autowired
	JedisPooled redis;

	@Autowired
	Phrases phrases;

	final HttpClient http = HttpClient.newHttpClient();

	final ObjectMapper json = new ObjectMapper();

	final String run = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void noMentorshipDataFromOtherTests() {
		// Proposals pick from every registered mentor, so each test starts with none.
		for (String key : keys("tb:mentorship:*")) {
			this.redis.del(key);
		}
	}

	// Helpers

	Response say(String platformId, String text, Language language) {
		return this.conversation
			.handle(IncomingMessage.of(Channel.WEB, platformId, text).withChosenLanguage(language));
	}

	Response sayAsStaff(String platformId, String text) {
		return this.conversation.handle(IncomingMessage.of(Channel.WEB, platformId, text)
			.withChosenLanguage(Language.EN)
			.asStaff(true));
	}

	static String text(Response response) {
		return response.replies().get(0).text();
	}

	static List<String> buttonValues(Response response) {
		return response.replies().get(0).buttons().stream().map(Reply.Button::value).toList();
	}

	String phrase(Language language, String key, Object... args) {
		return this.phrases.get(language, key, args);
	}

	HttpResponse<String> staff(String method, String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	JsonNode inbox(String platformId) {
		return org.talentbridge.bot.channel.web.WebChat.takeInbox(this.redis, platformId);
	}

	List<String> keys(String pattern) {
		List<String> found = new ArrayList<>();
		String cursor = ScanParams.SCAN_POINTER_START;
		do {
			ScanResult<String> page = this.redis.scan(cursor, new ScanParams().match(pattern).count(500));
			found.addAll(page.getResult());
			cursor = page.getCursor();
		}
		while (!cursor.equals(ScanParams.SCAN_POINTER_START));
		return found;
	}

	/** The question the open form waits for, as the conversation keeps it; null when no form is open. */
	String step(String platformId) {
		return this.redis.hget("tb:conversation:context:web:" + platformId, "form.step");
	}

	static String last(Response response) {
		return response.replies().get(response.replies().size() - 1).text();
	}

	/**
	 * Registers a mentee in English through the dialog: buttons where there are some, typed text
	 * elsewhere. The city is one whose side of the Öresund is known, so that is not asked.
	 */
	void registerMentee(String id, String name, String city, String contact) {
		Language en = Language.EN;
		Response r = say(id, "/mentee", en);
		assertThat(text(r)).contains(phrase(en, "mentorship.ask.name", 100));
		assertThat(step(id)).isEqualTo("name");
		r = say(id, name, en);
		assertThat(buttonValues(r)).contains("/form mentee sector medtech", "/form mentee sector deeptech");
		r = say(id, "/form mentee sector medtech", en);
		assertThat(step(id)).isEqualTo("field");
		r = say(id, "Medical devices", en);
		r = say(id, "Finding my first job in Denmark and a network", en);
		assertThat(step(id)).isEqualTo("languages");
		r = say(id, "English and Danish", en);
		assertThat(step(id)).isEqualTo("city");
		r = say(id, city, en);
		assertThat(step(id)).as("the side comes from the city").isEqualTo("contact");
		assertThat(buttonValues(r)).containsExactly("/form mentee contact -");
		r = say(id, contact, en);
		assertThat(text(r)).contains(name, "Medtech", "Medical devices", "English, Danish", city)
			.contains(phrase(en, "mentorship.consent.mentee"));
		assertThat(buttonValues(r)).containsExactly("/form mentee consent yes", "/form mentee consent no");
		assertThat(this.mentorship.mentee("web:" + id)).as("nothing is kept before consent").isEmpty();
		r = say(id, "/form mentee consent yes", en);
		assertThat(text(r)).isEqualTo(phrase(en, "mentorship.saved.mentee"));
		assertThat(step(id)).isNull();
	}

	/** Registers a mentor in Swedish through the dialog, typing every answer. */
	void registerMentor(String id, String name, String capacity, String contact) {
		Language sv = Language.SV;
		Response r = say(id, "/mentor", sv);
		assertThat(text(r)).contains(phrase(sv, "mentorship.start.mentor"));
		say(id, name, sv);
		r = say(id, "medtech", sv);
		assertThat(step(id)).isEqualTo("expertise");
		r = say(id, "Karriärråd inom medicinteknik och regulatoriska frågor", sv);
		r = say(id, "engelska, danska och svenska", sv);
		r = say(id, "København", sv);
		assertThat(step(id)).isEqualTo("capacity");
		assertThat(buttonValues(r)).hasSize(5);
		r = say(id, capacity, sv);
		r = say(id, contact, sv);
		assertThat(text(r)).contains(name, "Kompetens", "engelska, svenska, danska", "Danmark")
			.contains(phrase(sv, "mentorship.consent.mentor"));
		r = say(id, "ja", sv);
		assertThat(text(r)).isEqualTo(phrase(sv, "mentorship.saved.mentor"));
	}

	MenteeProfile mentee(String userId, Sector sector, String city, Side side) {
		return new MenteeProfile(userId, "Mentee " + userId, sector, "field", "goals", Set.of("en"), city, side, null,
				Instant.now());
	}

	MentorProfile mentor(String userId, int capacity) {
		return new MentorProfile(userId, "Mentor " + userId, Sector.BIOTECH, "expertise", Set.of("en"), "Lund", Side.SE,
				capacity, null, Instant.now());
	}

	// Tests

	@Test
	void menteeAndMentorRegisterStaffApproveBothAcceptAndAreIntroduced() throws Exception {
		String ada = "mentee1-" + this.run;
		String bo = "mentor1-" + this.run;
		registerMentee(ada, "Ada Lovelace", "Copenhagen", "ada@example.org");
		assertThat(this.mentorship.matches(Match.Status.PROPOSED)).as("no mentor yet").isEmpty();
		registerMentor(bo, "Bo Ek", "2", "linkedin.com/in/bo-ek");

		List<Match> proposed = this.mentorship.matches(Match.Status.PROPOSED);
		assertThat(proposed).singleElement().satisfies(m -> {
			assertThat(m.menteeId()).isEqualTo("web:" + ada);
			assertThat(m.mentorId()).isEqualTo("web:" + bo);
			// Same sector, same city (København is Copenhagen), one further shared language.
			assertThat(m.score()).isEqualTo(10 + 4 + 1);
		});
		String id = proposed.get(0).id();

		// The staff API needs the token.
		assertThat(staff("GET", "/api/staff/mentorship/matches?status=proposed", null).statusCode()).isEqualTo(401);
		assertThat(staff("GET", "/api/staff/mentorship/matches?status=proposed", "wrong").statusCode()).isEqualTo(401);
		assertThat(staff("POST", "/api/staff/mentorship/matches/" + id + "/approve", null).statusCode()).isEqualTo(401);
		assertThat(this.mentorship.match(id).orElseThrow().status()).isEqualTo(Match.Status.PROPOSED);

		HttpResponse<String> list = staff("GET", "/api/staff/mentorship/matches?status=proposed", TOKEN);
		assertThat(list.statusCode()).isEqualTo(200);
		JsonNode matches = this.json.readTree(list.body());
		assertThat(matches).hasSize(1);
		assertThat(matches.get(0).get("id").asString()).isEqualTo(id);
		assertThat(matches.get(0).get("mentee").get("name").asString()).isEqualTo("Ada Lovelace");
		assertThat(matches.get(0).get("mentor").get("capacity").asInt()).isEqualTo(2);
		assertThat(matches.get(0).get("mentee").get("contact").isNull()).as("contact only once introduced").isTrue();

		HttpResponse<String> approved = staff("POST", "/api/staff/mentorship/matches/" + id + "/approve", TOKEN);
		assertThat(approved.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(approved.body()).get("status").asString()).isEqualTo("approved");
		assertThat(staff("GET", "/api/staff/mentorship/matches?status=proposed", TOKEN).body()).isEqualTo("[]");

		// Both are asked, each in their own language, with buttons, and without the other's contact details.
		JsonNode adaAsked = inbox(ada).get("replies");
		assertThat(adaAsked).hasSize(1);
		assertThat(adaAsked.get(0).get("text").asString()).contains("Bo Ek").doesNotContain("linkedin");
		assertThat(adaAsked.get(0).get("buttons").get(0).get("value").asString()).isEqualTo("/mentorship accept " + id);
		JsonNode boAsked = inbox(bo).get("replies");
		assertThat(boAsked.get(0).get("text").asString()).startsWith("Vi har en adept åt dig")
			.contains("Ada Lovelace")
			.doesNotContain("ada@example.org");

		// Ada's /mentorship shows the same choice.
		assertThat(buttonValues(say(ada, "/mentorship", Language.EN))).contains("/mentorship accept " + id,
				"/mentorship decline " + id);

		Response first = say(ada, adaAsked.get(0).get("buttons").get(0).get("value").asString(), Language.EN);
		assertThat(text(first)).isEqualTo(phrase(Language.EN, "mentorship.answer.accepted"));
		assertThat(inbox(ada).get("replies")).isEmpty();
		assertThat(inbox(bo).get("replies")).as("no introduction before both accept").isEmpty();

		Response second = say(bo, boAsked.get(0).get("buttons").get(0).get("value").asString(), Language.SV);
		assertThat(text(second)).isEqualTo(phrase(Language.SV, "mentorship.answer.introduced"));
		assertThat(this.mentorship.match(id).orElseThrow().status()).isEqualTo(Match.Status.INTRODUCED);

		JsonNode adaIntro = inbox(ada).get("replies");
		assertThat(adaIntro).singleElement()
			.satisfies(reply -> assertThat(reply.get("text").asString()).contains("Bo Ek", "linkedin.com/in/bo-ek")
				.doesNotContain("web:"));
		JsonNode boIntro = inbox(bo).get("replies");
		assertThat(boIntro).singleElement()
			.satisfies(reply -> assertThat(reply.get("text").asString()).contains("Ada Lovelace", "ada@example.org")
				.startsWith("Du och Ada Lovelace har båda sagt ja"));

		// Answering again changes nothing and sends nothing.
		assertThat(text(say(ada, "/mentorship accept " + id, Language.EN)))
			.isEqualTo(phrase(Language.EN, "mentorship.answer.too-late"));
		assertThat(inbox(bo).get("replies")).isEmpty();
	}

	@Test
	void aMentorOfCapacityOneGetsOneOfTwoConcurrentApprovals() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 10; round++) {
				String mentorId = "web:cap-mentor-" + round + "-" + this.run;
				this.mentorship.register(mentor(mentorId, 1));
				this.mentorship.register(mentee("web:cap-a-" + round + "-" + this.run, Sector.BIOTECH, "Lund", Side.SE));
				this.mentorship.register(mentee("web:cap-b-" + round + "-" + this.run, Sector.BIOTECH, "Malmö", Side.SE));
				List<Match> both = this.mentorship.matchesOf(mentorId);
				assertThat(both).hasSize(2).allMatch(m -> m.status() == Match.Status.PROPOSED);
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Outcome>> results = new ArrayList<>();
				for (Match match : both) {
					Callable<Outcome> approve = () -> {
						start.await();
						return this.mentorship.approve(match.id());
					};
					results.add(pool.submit(approve));
				}
				start.countDown();
				List<Outcome> outcomes = new ArrayList<>();
				for (Future<Outcome> result : results) {
					outcomes.add(result.get());
				}
				assertThat(outcomes).containsExactlyInAnyOrder(Outcome.APPROVED, Outcome.MENTOR_FULL);
				assertThat(this.mentorship.matchesOf(mentorId)).filteredOn(m -> m.status() == Match.Status.APPROVED)
					.hasSize(1);
				// The next round starts with nobody left over to propose.
				this.mentorship.deleteMentee("web:cap-a-" + round + "-" + this.run);
				this.mentorship.deleteMentee("web:cap-b-" + round + "-" + this.run);
				this.mentorship.deleteMentor(mentorId);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aDeclinedSeatIsFreedAndTheMenteeGetsAnotherProposal() {
		this.mentorship.register(mentor("web:full-" + this.run, 1));
		this.mentorship.register(mentee("web:first-" + this.run, Sector.BIOTECH, "Lund", Side.SE));
		Match first = this.mentorship.matchesOf("web:first-" + this.run).get(0);
		assertThat(this.mentorship.approve(first.id())).isEqualTo(Outcome.APPROVED);
		// The seat is held: no proposal for a second mentee while the first decides.
		this.mentorship.register(mentee("web:second-" + this.run, Sector.BIOTECH, "Lund", Side.SE));
		assertThat(this.mentorship.matchesOf("web:second-" + this.run)).isEmpty();
		assertThat(this.mentorship.respond(first.id(), "web:someone-else", true)).isEqualTo(Outcome.NOT_YOURS);
		assertThat(this.mentorship.respond(first.id(), "web:full-" + this.run, false)).isEqualTo(Outcome.DECLINED);
		// The second mentee may now be proposed the freed mentor; the first will not be proposed them again.
		assertThat(this.mentorship.propose()).isEqualTo(1);
		assertThat(this.mentorship.matchesOf("web:second-" + this.run)).singleElement()
			.extracting(Match::status)
			.isEqualTo(Match.Status.PROPOSED);
		assertThat(this.mentorship.matchesOf("web:first-" + this.run)).singleElement()
			.extracting(Match::status)
			.isEqualTo(Match.Status.DECLINED);
	}

	@Test
	void noProposalWithoutASharedLanguageOrAnythingBeyondIt() {
		this.mentorship.register(new MentorProfile("web:sv-" + this.run, "Sven", Sector.FOODTECH, "food", Set.of("sv"),
				"Malmö", Side.SE, 2, null, Instant.now()));
		this.mentorship.register(mentee("web:en-" + this.run, Sector.FOODTECH, "Malmö", Side.SE));
		this.mentorship.register(new MenteeProfile("web:dk-" + this.run, "Dana", Sector.MEDTECH, "x", "y", Set.of("sv"),
				"Aarhus", Side.DK, null, Instant.now()));
		assertThat(this.mentorship.matches(Match.Status.PROPOSED)).isEmpty();
	}

	@Test
	void invalidAnswersAreAskedAgainPolitely() {
		String id = "invalid-" + this.run;
		Language en = Language.EN;
		say(id, "/mentor", en);
		say(id, "Carla Diaz", en);
		Response sector = say(id, "astrology", en);
		assertThat(text(sector)).startsWith(phrase(en, "mentorship.invalid.sector", "astrology"))
			.endsWith(phrase(en, "mentorship.ask.sector"));
		assertThat(step(id)).isEqualTo("sector");
		say(id, "Deep tech", en);
		Response tooLong = say(id, "x".repeat(301), en);
		assertThat(text(tooLong)).startsWith(phrase(en, "mentorship.invalid.too-long", 300));
		assertThat(step(id)).isEqualTo("expertise");
		say(id, "Quantum hardware start-ups", en);
		Response languages = say(id, "Klingon", en);
		assertThat(text(languages)).startsWith(phrase(en, "mentorship.invalid.languages", "Klingon"));
		say(id, "en", en);
		// A city whose side is not known is followed by the question.
		say(id, "Springfield", en);
		assertThat(step(id)).isEqualTo("side");
		Response side = say(id, "the moon", en);
		assertThat(text(side)).startsWith(phrase(en, "mentorship.invalid.side", "the moon"));
		say(id, "SE", en);
		Response capacity = say(id, "9", en);
		assertThat(text(capacity)).startsWith(phrase(en, "mentorship.invalid.capacity", 5));
		assertThat(step(id)).isEqualTo("capacity");
		assertThat(text(say(id, "0", en))).startsWith(phrase(en, "mentorship.invalid.capacity", 5));
		Response unknown = say(id, "/mentor frobnicate", en);
		assertThat(text(unknown)).isEqualTo(phrase(en, "mentorship.unknown-step", "/mentor"));
		assertThat(last(unknown)).as("the form waits and says so").endsWith(phrase(en, "mentorship.ask.capacity"));
		assertThat(text(say(id, "/mentor set shoe-size 44", en))).isEqualTo(phrase(en, "mentorship.unknown-step", "/mentor"));
		// The form goes on where it was.
		Response resumed = say(id, "/mentor", en);
		assertThat(text(resumed)).endsWith(phrase(en, "mentorship.ask.capacity"));
		assertThat(step(id)).isEqualTo("capacity");
		say(id, "3", en);
		say(id, "/form mentor contact -", en);
		assertThat(text(say(id, "/form mentor consent no", en))).isEqualTo(phrase(en, "mentorship.cancelled"));
		assertThat(this.mentorship.mentor("web:" + id)).isEmpty();
		assertThat(keys("tb:mentorship:*")).isEmpty();
	}

	@Test
	void aNameIsCheckedAndAQuestionInsteadIsAnsweredWhileTheFormWaits() {
		String id = "name-" + this.run;
		Language en = Language.EN;
		say(id, "/mentee", en);
		for (String notAName : List.of("12345", "Ada 2", "see www.example.com", "I would really like to tell you about myself first")) {
			Response again = say(id, notAName, en);
			assertThat(again.replies()).as(notAName).hasSize(1);
			assertThat(text(again)).as(notAName)
				.isEqualTo(phrase(en, "mentorship.invalid.name", 100) + "\n\n" + phrase(en, "mentorship.ask.name", 100));
			assertThat(step(id)).isEqualTo("name");
		}
		Response question = say(id, "How do I get a CPR number when I move to Copenhagen?", en);
		assertThat(question.citation()).as("answered as a question").isNotNull();
		assertThat(last(question)).startsWith(phrase(en, "form.reminder", phrase(en, "mentorship.form.mentee")))
			.endsWith(phrase(en, "mentorship.ask.name", 100));
		assertThat(step(id)).isEqualTo("name");
		// A greeting alone is small talk, but a name with a greeting in it is a name.
		Response hello = say(id, "hello", en);
		assertThat(text(hello)).isEqualTo(phrase(en, "smalltalk.greeting"));
		Response sector = say(id, "Li Hi Wong", en);
		assertThat(text(sector)).isEqualTo(phrase(en, "mentorship.ask.sector"));
		assertThat(step(id)).isEqualTo("sector");
		say(id, "/form mentee name", en);
		assertThat(step(id)).as("the name again").isEqualTo("name");
		say(id, "Ada Lovelace", en);
		assertThat(text(say(id, "tech", en))).isEqualTo(phrase(en, "mentorship.ask.field", 100));
	}

	@Test
	void theMenteeFormTakesTheSideOfTheÖresundFromTheCity() {
		Language en = Language.EN;
		for (String[] city : new String[][] { { "Malmö", "SE" }, { "Lund", "SE" }, { "Helsingborg", "SE" },
				{ "Frederiksberg", "DK" }, { "Kongens Lyngby", "DK" }, { "København", "DK" } }) {
			String id = "side-" + city[1] + "-" + UUID.randomUUID();
			say(id, "/mentee", en);
			say(id, "Ada Lovelace", en);
			say(id, "biotech", en);
			say(id, "Protein design", en);
			say(id, "A network in the region", en);
			say(id, "English", en);
			Response contact = say(id, city[0], en);
			assertThat(step(id)).as(city[0]).isEqualTo("contact");
			assertThat(text(contact)).isEqualTo(phrase(en, "mentorship.ask.contact", 200));
			say(id, "skip", en);
			say(id, "yes", en);
			assertThat(this.mentorship.mentee("web:" + id).orElseThrow().side()).as(city[0]).isEqualTo(Side.valueOf(city[1]));
		}
	}

	@Test
	void aHalfFilledRegistrationIsKeptNowhereButTheConversation() {
		String id = "half-" + this.run;
		Language en = Language.EN;
		say(id, "/mentee", en);
		say(id, "Hanna Halfway", en);
		say(id, "foodtech", en);
		assertThat(step(id)).isEqualTo("field");
		assertThat(keys("tb:mentorship:*")).isEmpty();
		assertThat(org.talentbridge.bot.RedisScan.mentions(this.redis, "Hanna Halfway"))
			.allMatch(key -> key.startsWith("tb:conversation:"));
		assertThat(text(say(id, "avbryt", en))).isEqualTo(phrase(en, "form.left", phrase(en, "mentorship.form.mentee")));
		assertThat(step(id)).isNull();
		assertThat(this.mentorship.mentee("web:" + id)).isEmpty();
		assertThat(keys("tb:mentorship:*")).isEmpty();
	}

	@Test
	void onlyStaffSeeAndApproveMatchesInChat() throws Exception {
		this.mentorship.register(mentor("web:chat-mentor-" + this.run, 1));
		this.mentorship.register(mentee("web:chat-mentee-" + this.run, Sector.BIOTECH, "Lund", Side.SE));
		Match match = this.mentorship.matches(Match.Status.PROPOSED).get(0);

		Response refused = say("talent-" + this.run, "/matches", Language.EN);
		assertThat(text(refused)).isEqualTo(phrase(Language.EN, "mentorship.staff-only"));
		assertThat(text(say("talent-" + this.run, "/matches approve " + match.id(), Language.SV)))
			.isEqualTo(phrase(Language.SV, "mentorship.staff-only"));
		assertThat(this.mentorship.match(match.id()).orElseThrow().status()).isEqualTo(Match.Status.PROPOSED);

		Response list = sayAsStaff("staff-" + this.run, "/matches");
		assertThat(text(list)).contains("#" + match.id(), "Mentee web:chat-mentee-", "Mentor web:chat-mentor-");
		assertThat(buttonValues(list)).containsExactly("/matches approve " + match.id(), "/matches reject " + match.id());
		assertThat(text(sayAsStaff("staff-" + this.run, buttonValues(list).get(0))))
			.isEqualTo(phrase(Language.EN, "mentorship.staff.approved", match.id()));
		assertThat(text(sayAsStaff("staff-" + this.run, "/matches approve " + match.id())))
			.isEqualTo(phrase(Language.EN, "mentorship.staff.not-pending", match.id()));
		assertThat(text(sayAsStaff("staff-" + this.run, "/matches approve 999999")))
			.isEqualTo(phrase(Language.EN, "mentorship.staff.unknown", "999999"));
		assertThat(text(sayAsStaff("staff-" + this.run, "/matches"))).isEqualTo(phrase(Language.EN, "mentorship.staff.none"));
		// The approval reached the mentee's web inbox.
		assertThat(inbox("chat-mentee-" + this.run).get("replies")).hasSize(1);
	}

	@Test
	void staffApiAnswersUnknownMatchesWith404AndRepeatsWith409() throws Exception {
		this.mentorship.register(mentor("web:api-mentor-" + this.run, 1));
		this.mentorship.register(mentee("web:api-mentee-" + this.run, Sector.BIOTECH, "Lund", Side.SE));
		String id = this.mentorship.matches(Match.Status.PROPOSED).get(0).id();

		HttpResponse<String> unknown = staff("POST", "/api/staff/mentorship/matches/424242/approve", TOKEN);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
		assertThat(this.json.readTree(unknown.body()).get("error").asString()).contains("424242");
		assertThat(staff("POST", "/api/staff/mentorship/matches/not-a-number/reject", TOKEN).statusCode()).isEqualTo(404);
		assertThat(staff("GET", "/api/staff/mentorship/matches?status=maybe", TOKEN).statusCode()).isEqualTo(400);

		assertThat(staff("POST", "/api/staff/mentorship/matches/" + id + "/approve", TOKEN).statusCode()).isEqualTo(200);
		HttpResponse<String> twice = staff("POST", "/api/staff/mentorship/matches/" + id + "/approve", TOKEN);
		assertThat(twice.statusCode()).isEqualTo(409);
		assertThat(this.json.readTree(twice.body()).get("error").asString()).contains("approved");
		assertThat(staff("POST", "/api/staff/mentorship/matches/" + id + "/reject", TOKEN).statusCode()).isEqualTo(409);
		assertThat(this.json.readTree(staff("GET", "/api/staff/mentorship/matches?status=approved", TOKEN).body()))
			.hasSize(1);

		// A second mentee for the full mentor: the bot proposes nobody, so nothing to approve.
		this.mentorship.register(mentee("web:api-late-" + this.run, Sector.BIOTECH, "Lund", Side.SE));
		assertThat(this.mentorship.matches(Match.Status.PROPOSED)).isEmpty();
	}

	@Test
	void aMenteeSeesChangesAndDeletesTheirProfile() {
		String id = "self-" + this.run;
		registerMentee(id, "Eva Berg", "Malmö", "-");
		Language en = Language.EN;
		assertThat(this.mentorship.mentee("web:" + id).orElseThrow().side()).isEqualTo(Side.SE);
		Response shown = say(id, "/mentee", en);
		assertThat(text(shown)).contains("Eva Berg", "Malmö", "Medical devices", phrase(en, "mentorship.contact.none"));
		assertThat(buttonValues(shown)).containsExactly("/mentee change", "/mentee delete", "/mentorship");

		assertThat(buttonValues(say(id, "/mentee change", en))).contains("/mentee edit city", "/mentee edit goals");
		say(id, "/mentee edit city", en);
		assertThat(step(id)).isEqualTo("city");
		Response changed = say(id, "Lund", en);
		assertThat(text(changed)).startsWith(phrase(en, "mentorship.changed")).contains("Lund").doesNotContain("Malmö");
		assertThat(this.mentorship.mentee("web:" + id).orElseThrow().city()).isEqualTo("Lund");
		assertThat(step(id)).isNull();
		// Moving over the bridge changes the side with the city.
		say(id, "/mentee edit city", en);
		say(id, "Copenhagen", en);
		assertThat(this.mentorship.mentee("web:" + id).orElseThrow().side()).isEqualTo(Side.DK);
		say(id, "/mentee edit side", en);
		assertThat(step(id)).isEqualTo("side");
		say(id, "Sweden", en);
		assertThat(this.mentorship.mentee("web:" + id).orElseThrow().side()).isEqualTo(Side.SE);
		assertThat(this.mentorship.mentee("web:" + id).orElseThrow().city()).isEqualTo("Copenhagen");

		assertThat(buttonValues(say(id, "/mentee delete", en))).containsExactly("/mentee delete yes", "/mentee show");
		assertThat(text(say(id, "/mentee delete yes", en))).isEqualTo(phrase(en, "mentorship.deleted"));
		assertThat(this.mentorship.mentee("web:" + id)).isEmpty();
		assertThat(text(say(id, "/mentee show", en))).isEqualTo(phrase(en, "mentorship.no-profile.mentee"));
	}

	@Test
	void forgetRemovesEveryMentorshipKeyAndEntryNamingThePerson() throws Exception {
		String ada = "forget-mentee-" + this.run;
		String bo = "forget-mentor-" + this.run;
		registerMentee(ada, "Ada Forgetme", "Copenhagen", "ada@example.org");
		registerMentor(bo, "Bo Stays", "2", "-");
		// A person can be both: Ada also mentors.
		this.mentorship.register(mentor("web:" + ada, 1));
		this.mentorship.register(mentee("web:other-" + this.run, Sector.BIOTECH, "Lund", Side.SE));
		String id = this.mentorship.matchesOf("web:" + ada)
			.stream()
			.filter(m -> m.menteeId().equals("web:" + ada))
			.findFirst()
			.orElseThrow()
			.id();
		assertThat(this.mentorship.approve(id)).isEqualTo(Outcome.APPROVED);
		say(ada, "/mentorship accept " + id, Language.EN);
		say(ada, "/mentee", Language.EN); // a half-open state does not matter
		say(ada, "/mentor start", Language.EN); // and a form being filled in is forgotten too
		say(ada, "Ada Halfway", Language.EN);
		assertThat(step(ada)).isEqualTo("sector");

		assertThat(text(say(ada, "/mydata", Language.EN))).contains("Ada Forgetme", "ada@example.org", "Ada Halfway");
		assertThat(mentions("web:" + ada)).isNotEmpty();

		say(ada, "/forget yes", Language.EN);

		assertThat(mentions("web:" + ada)).isEmpty();
		assertThat(org.talentbridge.bot.RedisScan.mentions(this.redis, ada)).isEmpty();
		assertThat(org.talentbridge.bot.RedisScan.mentions(this.redis, "Ada Halfway")).isEmpty();
		assertThat(this.mentorship.mentee("web:" + ada)).isEmpty();
		assertThat(this.mentorship.mentor("web:" + ada)).isEmpty();
		// Bo was told the approved match ended, and keeps his profile with a free seat.
		assertThat(inbox(bo).toString()).contains(phrase(Language.SV, "mentorship.notice.ended", "Ada Forgetme"));
		assertThat(this.mentorship.mentor("web:" + bo)).isPresent();
		assertThat(this.mentorship.matchesOf("web:" + bo)).isEmpty();
		assertThat(text(say(ada, "/mydata", Language.EN))).doesNotContain("Ada Forgetme");
	}

	@Test
	void askingForAMentorInWordsShowsTheWayIn() {
		for (String[] asked : new String[][] { { "I want a mentor", "en" }, { "jag vill ha en mentor", "sv" },
				{ "jeg vil gerne have en mentor", "da" } }) {
			Language language = Language.fromCode(asked[1]).orElseThrow();
			Response response = say("words-" + asked[1] + "-" + this.run, asked[0], language);
			assertThat(text(response)).as(asked[0]).isEqualTo(phrase(language, "mentorship.status.none"));
			assertThat(buttonValues(response)).containsExactly("/mentee start", "/mentor start");
		}
	}

	/** Every tb:mentorship: key whose name, hash fields and values, or members mention the text. */
	List<String> mentions(String text) {
		List<String> found = new ArrayList<>();
		for (String key : keys("tb:mentorship:*")) {
			if (key.contains(text)) {
				found.add(key);
				continue;
			}
			String type = this.redis.type(key);
			boolean hit = switch (type) {
				case "hash" -> this.redis.hgetAll(key).entrySet().stream()
					.anyMatch(e -> e.getKey().contains(text) || e.getValue().contains(text));
				case "set" -> this.redis.smembers(key).stream().anyMatch(m -> m.contains(text));
				case "zset" -> this.redis.zrange(key, 0, -1).stream().anyMatch(m -> m.contains(text));
				case "list" -> this.redis.lrange(key, 0, -1).stream().anyMatch(m -> m.contains(text));
				case "string" -> this.redis.get(key).contains(text);
				default -> false;
			};
			if (hit) {
				found.add(key + " (" + type + ")");
			}
		}
		return found;
	}


}
