package org.talentbridge.bot.nudges.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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

	private Response say(String user, String text) {
		return this.conversation.handle(IncomingMessage.of(Channel.WEB, user, text));
	}

	private static String button(Response response, int index) {
		return response.replies().get(0).buttons().get(index).value();
	}

	private List<String> inbox(String user) {
		return this.redis.lrange("tb:channel:web-inbox:web:" + user, 0, -1);
	}

	/** Registers through the whole dialog; the answers are what a person would type or press. */
	private void register(String user, String date, String country, boolean eu, boolean tips) {
		assertThat(say(user, "/graduate start").expecting()).isEqualTo("/graduate university");
		Response degree = say(user, "Lund University");
		assertThat(degree.replies().get(0).buttons()).hasSize(3);
		Response askDate = say(user, button(degree, 1));
		assertThat(askDate.expecting()).isEqualTo("/graduate date");
		Response askCountry = say(user, date);
		say(user, country.equals("DK") ? button(askCountry, 0) : button(askCountry, 1));
		Response consent = say(user, eu ? "/graduate eu yes" : "/graduate eu no");
		assertThat(consent.replies().get(0).text()).contains("Lund University", org.talentbridge.bot.conversation.Readable.country(country, org.talentbridge.bot.conversation.Language.EN));
		say(user, button(consent, tips ? 0 : 1));
	}

	@Test
	void aStudentRegistersSeesChangesAndDeletesTheirProfile() {
		this.clock.set(MutableClock.START);
		String user = "grad-" + UUID.randomUUID();
		assertThat(say(user, "/graduate").replies().get(0).buttons().get(0).value()).isEqualTo("/graduate start");
		say(user, "/graduate start");
		assertThat(say(user, "x".repeat(200)).replies().get(0).text())
			.isEqualTo(this.phrases.get(Language.EN, "graduate.invalid.university", 120));
		Response degree = say(user, "Lund University");
		assertThat(say(user, "/graduate degree astronaut").replies().get(0).text())
			.isEqualTo(this.phrases.get(Language.EN, "graduate.ask.degree"));
		say(user, button(degree, 1));
		assertThat(say(user, "sometime soon").replies().get(0).text()).isEqualTo(this.phrases.get(Language.EN, "graduate.invalid.date"));
		assertThat(say(user, "1999-06").replies().get(0).text()).isEqualTo(this.phrases.get(Language.EN, "graduate.invalid.date"));
		say(user, "June 2027");
		say(user, "/graduate country SE");
		say(user, "/graduate eu no");
		Response saved = say(user, "/graduate save tips");
		assertThat(saved.replies().get(0).text()).startsWith("Saved. You'll get");
		GraduateProfile profile = this.graduates.find("web:" + user).orElseThrow();
		assertThat(profile.graduation()).isEqualTo(LocalDate.of(2027, 6, 30));
		assertThat(profile.degree()).isEqualTo("master");
		assertThat(profile.wantsNudges()).isTrue();
		// SE, not EU: all but the Danish and the EU-only nudges.
		assertThat(this.schedule.queuedFor("web:" + user)).containsExactlyInAnyOrder("se-apply-before-permit-ends",
				"career-services-and-matchmaking", "se-permit-deadline-close", "graduation-day-options",
				"half-year-check-in");
		assertThat(say(user, "/graduate").replies().get(0).text()).contains("Lund University", "30 June 2027", "Tips are on.");
		assertThat(say(user, "/mydata").replies().get(0).text()).contains("Lund University", "5 planned");
		say(user, "/graduate tips off");
		assertThat(this.schedule.queuedFor("web:" + user)).isEmpty();
		say(user, "/graduate delete");
		assertThat(say(user, "/graduate delete yes").replies().get(0).text()).isEqualTo(this.phrases.get(Language.EN, "graduate.deleted"));
		assertThat(this.graduates.find("web:" + user)).isEmpty();
		assertThat(RedisScan.mentions(this.redis, user)).allMatch(key -> key.startsWith("tb:conversation:"));
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
		assertThat(inbox(user)).singleElement().satisfies(json -> assertThat(json).contains("Two weeks to graduation"));
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

}
