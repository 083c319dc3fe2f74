package org.talentbridge.bot.nudges.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import redis.clients.jedis.JedisPooled;

import org.talentbridge.bot.MutableClock;
import org.talentbridge.bot.RedisScan;
import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Conversation;
import org.talentbridge.bot.conversation.IncomingMessage;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Response;
import org.talentbridge.bot.nudges.GraduateProfile;

import static org.assertj.core.api.Assertions.assertThat;

/** The graduate profile by message, and nudges within quiet hours and the frequency cap, on a clock moved by hand. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "bot.nudges.check=PT1H")
@Import(MutableClock.Config.class)
class NudgesIntegrationTests {

	static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

	@Autowired
	Conversation conversation;

	@Autowired
	RedisGraduates graduates;

	@Autowired
	NudgeSender sender;

	@Autowired
	NudgeSchedule schedule;

	@Autowired
	Phrases phrases;

	@Autowired
	JedisPooled redis;

	@Autowired
	MutableClock clock;

	/** Where the people of a test write from; the web chat unless a test says otherwise. */
	private Channel channel = Channel.WEB;

	private Response say(String user, String text) {
		return this.conversation.handle(IncomingMessage.of(this.channel, user, text));
	}

	private static String button(Response response, int index) {
		return response.replies().get(0).buttons().get(index).value();
	}

	private List<String> inbox(String user) {
		return this.redis.lrange("tb:channel:web-inbox:web:" + user, 0, -1);
	}

	private Response say(String user, String text, Language language) {
		return this.conversation.handle(IncomingMessage.of(Channel.WEB, user, text).withChosenLanguage(language));
	}

	/** The question the open form waits for, as the conversation keeps it; null when no form is open. */
	private String step(String user) {
		return this.redis.hget("tb:conversation:context:" + this.channel.prefix() + ":" + user, "form.step");
	}

	private static String last(Response response) {
		return response.replies().get(response.replies().size() - 1).text();
	}

	/**
	 * Registers through the whole dialog; the answers are what a person would type or press. The
	 * university tells the country, so that question is not asked.
	 */
	private void register(String user, String date, String country, boolean eu, boolean tips) {
		say(user, "/graduate start");
		assertThat(step(user)).isEqualTo("university");
		String university = country.equals("DK") ? "University of Copenhagen" : "Lund University";
		Response degree = say(user, university);
		assertThat(degree.replies().get(0).buttons()).hasSize(4);
		say(user, button(degree, 1));
		assertThat(step(user)).isEqualTo("graduation");
		Response askEu = say(user, date);
		assertThat(step(user)).as("the country comes from the university").isEqualTo("eu");
		Response consent = say(user, button(askEu, eu ? 0 : 1));
		if (country.equals("SE") && !eu) {
			assertThat(step(user)).as("a non-EU graduate in Sweden is asked for the permit's expiry").isEqualTo("permit-expires");
			consent = say(user, "skip");
		}
		assertThat(step(user)).isEqualTo("consent");
		assertThat(consent.replies().get(0).text()).contains(university,
				org.talentbridge.bot.conversation.Readable.country(country, org.talentbridge.bot.conversation.Language.EN));
		say(user, button(consent, tips ? 0 : 1));
		assertThat(step(user)).isNull();
	}

	@Test
	void aStudentRegistersSeesChangesAndDeletesTheirProfile() {
		this.clock.set(MutableClock.START);
		String user = "grad-" + UUID.randomUUID();
		assertThat(say(user, "/graduate").replies().get(0).buttons().get(0).value()).isEqualTo("/graduate start");
		say(user, "/graduate start");
		assertThat(say(user, "x".repeat(200)).replies().get(0).text())
			.startsWith(this.phrases.get(Language.EN, "graduate.invalid.university", 120))
			.endsWith(this.phrases.get(Language.EN, "graduate.ask.university"));
		Response degree = say(user, "Lund University");
		assertThat(say(user, "astronaut").replies().get(0).text())
			.isEqualTo(this.phrases.get(Language.EN, "form.choose") + "\n\n" + this.phrases.get(Language.EN, "graduate.ask.degree"));
		say(user, button(degree, 1));
		assertThat(say(user, "sometime soon").replies().get(0).text()).startsWith(this.phrases.get(Language.EN, "graduate.invalid.date"));
		assertThat(say(user, "1999-06").replies().get(0).text()).startsWith(this.phrases.get(Language.EN, "graduate.invalid.date"));
		Response eu = say(user, "June 2027");
		Response permit = say(user, button(eu, 1));
		assertThat(last(permit)).isEqualTo(this.phrases.get(Language.EN, "graduate.ask.permit"));
		assertThat(permit.replies().get(0).buttons()).extracting(Reply.Button::value).containsExactly("/form graduate permit-expires -");
		assertThat(last(say(user, "soonish"))).startsWith(this.phrases.get(Language.EN, "graduate.invalid.permit"));
		assertThat(last(say(user, "2019-08-31"))).startsWith(this.phrases.get(Language.EN, "graduate.invalid.permit"));
		Response consent = say(user, "2027-08-31");
		assertThat(consent.replies().get(0).text()).contains("Lund University", "Master", "30 June 2027", "Sweden",
				"Study permit expires: 31 August 2027");
		Response saved = say(user, button(consent, 0));
		assertThat(saved.replies().get(0).text()).startsWith("Saved. You'll get");
		GraduateProfile profile = this.graduates.find("web:" + user).orElseThrow();
		assertThat(profile.graduation()).isEqualTo(LocalDate.of(2027, 6, 30));
		assertThat(profile.degree()).isEqualTo("master");
		assertThat(profile.country()).isEqualTo("SE");
		assertThat(profile.wantsNudges()).isTrue();
		assertThat(profile.permitExpires()).isEqualTo(LocalDate.of(2027, 8, 31));
		// SE, not EU: all but the Danish and the EU-only nudges; the Swedish permit ones count from the expiry.
		assertThat(this.schedule.queuedFor("web:" + user)).containsExactlyInAnyOrder("se-apply-before-permit-ends",
				"career-services-and-matchmaking", "se-permit-deadline-close", "graduation-day-options-permit",
				"half-year-check-in", "se-job-seeking-permit-ending");
		assertThat(this.graduates.planned(java.time.Instant.parse("2030-01-01T00:00:00Z")))
			.filteredOn(p -> p.userId().equals("web:" + user) && p.nudgeId().equals("se-permit-deadline-close"))
			.singleElement()
			.satisfies(p -> assertThat(p.due()).isEqualTo(LocalDate.of(2027, 8, 17).atTime(10, 0).atZone(CPH).toInstant()));
		assertThat(say(user, "/graduate").replies().get(0).text()).contains("Lund University", "30 June 2027", "Tips are on.");
		assertThat(say(user, "/mydata").replies().get(0).text()).contains("Lund University", "6 planned");
		say(user, "/graduate tips off");
		assertThat(this.schedule.queuedFor("web:" + user)).isEmpty();
		say(user, "/graduate delete");
		assertThat(say(user, "/graduate delete yes").replies().get(0).text()).isEqualTo(this.phrases.get(Language.EN, "graduate.deleted"));
		assertThat(this.graduates.find("web:" + user)).isEmpty();
		assertThat(RedisScan.mentions(this.redis, user)).allMatch(key -> key.startsWith("tb:conversation:"));
	}

	@Test
	void typedLabelsAndParsedValuesCountInEveryLanguage() {
		this.clock.set(MutableClock.START);
		// language, university, degree, date, country, EU, consent; then the profile expected.
		String[][] cases = {
				{ "en", "University of Tartu", "Master", "June 2027", "Sweden", "ja", "yes", "master", "2027-06-30", "SE", "true", "tips" },
				{ "sv", "Tartu universitet", "MSc", "juni 2027", "Sverige", "Ja!", "ja", "master", "2027-06-30", "SE", "true", "tips" },
				{ "da", "Tallinn Universitet", "kandidat", "2027-06", "Danmark", "nej", "ja", "master", "2027-06-30", "DK", "false", "tips" },
				{ "en", "University of Tartu", "PhD", "06/2027", "DK", "Yes", "Keep it, no tips", "phd", "2027-06-30", "DK", "true", "keep" },
				{ "sv", "Tartu universitet", "kandidatexamen", "15 juni 2028", "SE", "nej", "Spara, inga tips", "bachelor", "2028-06-15", "SE", "false", "keep" },
				{ "en", "University of Tartu", "bachelor's", "juni 2027", "Danmark", "okay", "sure", "bachelor", "2027-06-30", "DK", "true", "tips" } };
		for (String[] c : cases) {
			Language language = Language.fromCode(c[0]).orElseThrow();
			String user = "typed-" + UUID.randomUUID();
			say(user, "/graduate start", language);
			say(user, c[1], language);
			assertThat(step(user)).as(c[1]).isEqualTo("degree");
			Response date = say(user, c[2], language);
			assertThat(step(user)).as(c[2]).isEqualTo("graduation");
			assertThat(last(date)).isEqualTo(this.phrases.get(language, "graduate.ask.date"));
			Response country = say(user, c[3], language);
			assertThat(step(user)).as(c[3]).isEqualTo("country");
			assertThat(last(country)).isEqualTo(this.phrases.get(language, "graduate.ask.country"));
			say(user, c[4], language);
			assertThat(step(user)).as(c[4]).isEqualTo("eu");
			Response consent = say(user, c[5], language);
			if (c[9].equals("SE") && c[10].equals("false")) {
				assertThat(step(user)).as(c[5]).isEqualTo("permit-expires");
				consent = say(user, Map.of("en", "skip", "sv", "hoppa över", "da", "spring over").get(c[0]), language);
			}
			assertThat(step(user)).as(c[5]).isEqualTo("consent");
			assertThat(last(consent)).endsWith(this.phrases.get(language, "graduate.consent"));
			say(user, c[6], language);
			assertThat(step(user)).as(c[6]).isNull();
			GraduateProfile profile = this.graduates.find("web:" + user).orElseThrow();
			assertThat(profile.degree()).as(c[2]).isEqualTo(c[7]);
			assertThat(profile.graduation()).as(c[3]).isEqualTo(LocalDate.parse(c[8]));
			assertThat(profile.country()).as(c[4]).isEqualTo(c[9]);
			assertThat(profile.euCitizen()).as(c[5]).isEqualTo(Boolean.parseBoolean(c[10]));
			assertThat(profile.wantsNudges()).as(c[6]).isEqualTo(c[11].equals("tips"));
		}
	}

	@Test
	void aKnownUniversityTellsTheCountryOfStudyWithoutAsking() {
		this.clock.set(MutableClock.START);
		for (String[] known : new String[][] { { "Lund University", "SE" }, { "Malmö University", "SE" }, { "LU", "SE" },
				{ "KU", "DK" }, { "University of Copenhagen", "DK" }, { "DTU", "DK" }, { "CBS", "DK" }, { "ITU", "DK" },
				{ "RUC", "DK" } }) {
			String user = "known-" + UUID.randomUUID();
			say(user, "/graduate start");
			say(user, known[0]);
			say(user, "Master");
			Response next = say(user, "June 2027");
			assertThat(step(user)).as(known[0]).isEqualTo("eu");
			assertThat(last(next)).isEqualTo(this.phrases.get(Language.EN, "graduate.ask.eu"));
			say(user, "no");
			if (known[1].equals("SE")) {
				assertThat(step(user)).as(known[0]).isEqualTo("permit-expires");
				say(user, "skip");
			}
			say(user, "yes");
			assertThat(this.graduates.find("web:" + user).orElseThrow().country()).as(known[0]).isEqualTo(known[1]);
		}
	}

	@Test
	void aQuestionOrAGreetingInBetweenIsAnsweredAndTheFormGoesOn() {
		this.clock.set(MutableClock.START);
		String user = "between-" + UUID.randomUUID();
		say(user, "/graduate start");
		say(user, "Lund University");
		Response hello = say(user, "hello");
		assertThat(hello.replies()).hasSize(2);
		assertThat(hello.replies().get(0).text()).isEqualTo(this.phrases.get(Language.EN, "smalltalk.greeting"));
		assertThat(last(hello)).startsWith(this.phrases.get(Language.EN, "form.reminder", "your graduate profile"))
			.endsWith(this.phrases.get(Language.EN, "graduate.ask.degree"));
		assertThat(hello.replies().get(1).buttons()).extracting(Reply.Button::value)
			.containsExactly("/form graduate degree bachelor", "/form graduate degree master", "/form graduate degree phd",
					"/form graduate degree other");
		say(user, "Master");
		Response question = say(user, "How do I get a CPR number when I move to Copenhagen?");
		assertThat(question.citation()).as("answered from the knowledge base").isNotNull();
		assertThat(question.replies()).hasSize(2);
		assertThat(last(question)).endsWith(this.phrases.get(Language.EN, "graduate.ask.date"));
		assertThat(step(user)).isEqualTo("graduation");
		Response eu = say(user, "June 2027");
		assertThat(last(eu)).isEqualTo(this.phrases.get(Language.EN, "graduate.ask.eu"));
	}

	@Test
	void eachCancelWordLeavesTheFormInThePersonsLanguageAndKeepsNothing() {
		this.clock.set(MutableClock.START);
		String[][] words = { { "cancel", "en" }, { "Stop!", "en" }, { "AVBRYT", "sv" }, { "annuller", "da" },
				{ "Annullér.", "da" }, { "nevermind", "en" }, { "Never mind", "en" }, { "glöm det", "sv" },
				{ "Glem det!", "da" } };
		for (String[] word : words) {
			Language language = Language.fromCode(word[1]).orElseThrow();
			String user = "leave-" + UUID.randomUUID();
			say(user, "/graduate start", language);
			say(user, "University of Tartu", language);
			say(user, "Master", language);
			assertThat(step(user)).isEqualTo("graduation");
			Response left = say(user, word[0], language);
			assertThat(left.replies()).as(word[0]).singleElement().extracting(Reply::text)
				.isEqualTo(this.phrases.get(language, "form.left", this.phrases.get(language, "graduate.form.title")));
			assertThat(step(user)).as(word[0]).isNull();
			// What would have been the next answer is no answer any more.
			assertThat(last(say(user, "June 2027", language))).isNotEqualTo(this.phrases.get(language, "graduate.ask.country"));
			assertThat(this.graduates.find("web:" + user)).isEmpty();
			assertThat(RedisScan.mentions(this.redis, user)).as(word[0]).allMatch(key -> key.startsWith("tb:conversation:"));
		}
	}

	@Test
	void aFormLeftAloneForThirtyMinutesIsForgotten() {
		this.clock.set(MutableClock.START);
		String user = "timeout-" + UUID.randomUUID();
		say(user, "/graduate start");
		Response degree = say(user, "Lund University");
		this.clock.advance(Duration.ofMinutes(29));
		say(user, "Master");
		assertThat(step(user)).as("each answer keeps it another half hour").isEqualTo("graduation");
		this.clock.advance(Duration.ofMinutes(31));
		Response late = say(user, "June 2027");
		assertThat(late.replies()).extracting(Reply::text).doesNotContain(this.phrases.get(Language.EN, "graduate.ask.eu"));
		assertThat(step(user)).isNull();
		assertThat(this.redis.hgetAll("tb:conversation:context:web:" + user)).doesNotContainKeys("form", "form.values");
		// An old button gets a note and a way to start again.
		Response old = say(user, button(degree, 2));
		assertThat(old.replies().get(0).text()).isEqualTo(this.phrases.get(Language.EN, "form.gone"));
		assertThat(old.replies().get(0).buttons()).extracting(Reply.Button::value).containsExactly("/graduate start");
		assertThat(this.graduates.find("web:" + user)).isEmpty();
		this.clock.set(MutableClock.START);
	}

	@Test
	void aHalfFilledFormIsKeptOnlyInTheConversationAndForgetRemovesIt() {
		this.clock.set(MutableClock.START);
		String user = "half-" + UUID.randomUUID();
		say(user, "/graduate start");
		say(user, "University of Halfway");
		say(user, "PhD");
		say(user, "2027-06");
		assertThat(step(user)).isEqualTo("country");
		assertThat(RedisScan.mentions(this.redis, user)).isNotEmpty().allMatch(key -> key.startsWith("tb:conversation:"));
		assertThat(RedisScan.mentions(this.redis, "University of Halfway")).allMatch(key -> key.startsWith("tb:conversation:"));
		Response mydata = say(user, "/mydata");
		assertThat(mydata.replies().get(0).text()).contains("University of Halfway", "phd");
		assertThat(last(mydata)).as("the form still waits").endsWith(this.phrases.get(Language.EN, "graduate.ask.country"));
		say(user, "/forget");
		say(user, "/forget yes");
		assertThat(RedisScan.mentions(this.redis, user)).isEmpty();
		assertThat(RedisScan.mentions(this.redis, "University of Halfway")).isEmpty();
	}

	@Test
	void stopAloneInAnyLanguageEndsNudgesAtOnce() {
		this.clock.set(MutableClock.START);
		for (String word : List.of("stop", "stopp", "Stop venligst!")) {
			String user = "stop-" + UUID.randomUUID();
			register(user, "2027-06", "DK", false, true);
			assertThat(this.schedule.queuedFor("web:" + user)).isNotEmpty();
			Response stopped = say(user, word);
			assertThat(stopped.replies().get(0).text()).startsWith(this.phrases.get(stopped.language(), "stop.done").substring(0, 5));
			assertThat(this.schedule.queuedFor("web:" + user)).isEmpty();
			assertThat(this.graduates.find("web:" + user).orElseThrow().wantsNudges()).isFalse();
		}
	}

	@Test
	void foundAJobEndsNudgesAndPointsToPermitAndTax() {
		this.clock.set(MutableClock.START);
		String user = "job-" + UUID.randomUUID();
		register(user, "2027-06", "DK", false, true);
		Response job = say(user, "I found a job!");
		assertThat(job.replies().get(0).text()).startsWith("Congratulations on the job!");
		assertThat(job.replies().get(0).buttons()).extracting(Reply.Button::value)
			.contains("/article dk-work-permit-overview", "/article dk-tax-card");
		assertThat(this.schedule.queuedFor("web:" + user)).isEmpty();
		Response swedish = this.conversation.handle(IncomingMessage.of(Channel.WEB, "job-sv-" + user, "jag har fått jobb"));
		assertThat(swedish.language()).isEqualTo(Language.SV);
		assertThat(swedish.replies().get(0).text()).startsWith("Grattis till jobbet!");
	}

	@Test
	void quietHoursMoveANudgeToTheNextMorningAndTheCapSpacesThemThreeDaysApart() {
		// Graduating 14 days after a 21:00 evening: the -14 nudge is due at 10:00 that day, the
		// 0 nudge two weeks later; the person registers late, so the -120 and -60 ones are skipped.
		Instant evening = LocalDate.of(2026, 11, 22).atTime(21, 0).atZone(CPH).toInstant();
		this.clock.set(evening);
		String user = "quiet-" + UUID.randomUUID();
		register(user, "2026-12-06", "SE", false, true);
		assertThat(this.schedule.queuedFor("web:" + user)).contains("se-permit-deadline-close")
			.doesNotContain("se-apply-before-permit-ends", "career-services-and-matchmaking");
		int sent = this.sender.sendDue();
		assertThat(inbox(user)).as("nothing at 21:00").isEmpty();
		this.clock.set(LocalDate.of(2026, 11, 23).atTime(8, 59).atZone(CPH).toInstant());
		this.sender.sendDue();
		assertThat(inbox(user)).as("nothing at 08:59").isEmpty();
		this.clock.set(LocalDate.of(2026, 11, 23).atTime(9, 0).atZone(CPH).toInstant());
		assertThat(this.sender.sendDue()).isGreaterThanOrEqualTo(1);
		assertThat(inbox(user)).singleElement()
			.satisfies(json -> assertThat(json).as("no permit date given: timed from graduation, with the card to check")
				.contains("Two weeks to graduation", "residence permit card"));
		assertThat(sent).isGreaterThanOrEqualTo(0);
		// Graduation day comes 13 days later; then the cap: the next one waits 3 days after that.
		this.clock.set(LocalDate.of(2026, 12, 6).atTime(10, 0).atZone(CPH).toInstant());
		this.sender.sendDue();
		assertThat(inbox(user)).hasSize(2);
		this.redis.zadd(NudgeSchedule.DUE_KEY, this.clock.instant().toEpochMilli(), NudgeSchedule.entry("web:" + user, "half-year-check-in"));
		this.clock.advance(Duration.ofHours(1));
		this.sender.sendDue();
		assertThat(inbox(user)).as("at most one every 3 days").hasSize(2);
		this.clock.advance(Duration.ofDays(3));
		this.sender.sendDue();
		assertThat(inbox(user)).hasSize(3);
		this.clock.set(MutableClock.START);
	}

	/** A nudge that cannot reach the person (Discord is off here) is tried again, later each time, and then given up. */
	@Test
	void aNudgeThatFailsIsTriedAgainLaterEachTimeAndThenGivenUp() {
		this.clock.set(MutableClock.START);
		String user = "unreachable-" + UUID.randomUUID();
		this.channel = Channel.DISCORD;
		try {
			register(user, "2026-12-06", "SE", false, true);
		}
		finally {
			this.channel = Channel.WEB;
		}
		String entry = NudgeSchedule.entry("discord:" + user, "se-permit-deadline-close");
		this.sender.sendDue();
		Instant first = this.clock.instant();
		assertThat(this.redis.zscore(NudgeSchedule.DUE_KEY, entry)).isEqualTo((double) first.plus(Duration.ofHours(1)).toEpochMilli());
		assertThat(this.schedule.alreadySent("discord:" + user, "se-permit-deadline-close")).isFalse();
		this.clock.set(first.plus(Duration.ofHours(1)));
		this.sender.sendDue();
		assertThat(this.redis.zscore(NudgeSchedule.DUE_KEY, entry))
			.isEqualTo((double) first.plus(Duration.ofHours(3)).toEpochMilli());
		String attempts = "0";
		for (int round = 0; round < 10 && this.redis.zscore(NudgeSchedule.DUE_KEY, entry) != null; round++) {
			attempts = this.redis.hget(NudgeSchedule.ATTEMPTS_KEY, entry);
			this.clock.set(Instant.ofEpochMilli(this.redis.zscore(NudgeSchedule.DUE_KEY, entry).longValue()));
			this.sender.sendDue();
		}
		assertThat(this.redis.zscore(NudgeSchedule.DUE_KEY, entry)).as("given up").isNull();
		assertThat(attempts).as("failed attempts before the last").isEqualTo(Integer.toString(NudgeSender.ATTEMPTS - 1));
		assertThat(this.redis.hget(NudgeSchedule.ATTEMPTS_KEY, entry)).isNull();
		this.clock.set(MutableClock.START);
	}

}
