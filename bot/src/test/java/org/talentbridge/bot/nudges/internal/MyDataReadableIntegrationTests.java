package org.talentbridge.bot.nudges.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import org.talentbridge.bot.MutableClock;
import org.talentbridge.bot.announcements.NewsSubscriptions;
import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Conversation;
import org.talentbridge.bot.conversation.IncomingMessage;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.mentorship.MenteeProfile;
import org.talentbridge.bot.mentorship.MentorProfile;
import org.talentbridge.bot.mentorship.Mentorship;
import org.talentbridge.bot.mentorship.Sector;
import org.talentbridge.bot.mentorship.Side;
import org.talentbridge.bot.nudges.GraduateProfile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What /mydata shows reads as sentences in the person's language: dates and times in Copenhagen
 * time, the country by name, the degree in words, counts in the right form, and a language that is
 * not set said in words. Through the real conversation and Redis.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "bot.nudges.check=PT1H")
@Import(MutableClock.Config.class)
class MyDataReadableIntegrationTests {

	@Autowired
	Conversation conversation;

	@Autowired
	RedisGraduates graduates;

	@Autowired
	NudgeSender sender;

	@Autowired
	NewsSubscriptions news;

	@Autowired
	Mentorship mentorship;

	@Autowired
	MutableClock clock;

	private String say(String platformId, String text) {
		return this.conversation.handle(IncomingMessage.of(Channel.WEB, platformId, text)).replies().get(0).text();
	}

	/** Everything every feature keeps, for one person who chose {@code language}; returns what /mydata shows. */
	private String everythingKeptAbout(String platformId, Language language) {
		this.clock.set(MutableClock.START);
		String userId = Channel.WEB.userId(platformId);
		say(platformId, "/language " + language.code());
		GraduateProfile profile = new GraduateProfile(userId, "Lund University", "master", LocalDate.of(2027, 6, 30), "SE",
				false, null, this.clock.instant(), null);
		this.graduates.save(profile);
		this.sender.plan(profile);
		this.news.subscribe(userId);
		say(platformId, "/human Where do I register my address?");
		String mentor = "web:mentor-" + UUID.randomUUID();
		this.mentorship.register(new MentorProfile(mentor, "Mona Mentor", Sector.MEDTECH, "regulatory affairs",
				Set.of("en", "sv", "da"), "Lund", Side.SE, 2, null, this.clock.instant()));
		this.mentorship.register(new MenteeProfile(userId, "Tove Talent", Sector.MEDTECH, "medical devices",
				"my first job", Set.of("en", "sv", "da"), "Lund", Side.SE, null, this.clock.instant()));
		assertThat(this.mentorship.matchesOf(userId)).hasSize(1);
		return say(platformId, "/mydata");
	}

	private static void noRawValues(String shown) {
		assertThat(shown).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
			.doesNotContainPattern("\\d{2}:\\d{2}:\\d{2}")
			.doesNotContain(": -", ": SE", ": DK", ": master");
	}

	@Test
	void inEnglish() {
		String shown = everythingKeptAbout("reader-" + UUID.randomUUID(), Language.EN);
		noRawValues(shown);
		// 09:00 UTC on 22 November is 10:00 in Copenhagen.
		assertThat(shown).contains("language: English, as you chose", "Degree: Master's degree", "Graduation: 30 June 2027",
				"Country of study: Sweden", "Tips agreed on 22 November 2026 at 10:00; 6 planned",
				"News from the programme, agreed on 22 November 2026 at 10:00",
				"- 1 question you asked our staff, with their answers", "- 1 mentorship match you were proposed for",
				"Your mentee profile (since 22 November 2026)");
	}

	@Test
	void inSwedish() {
		String shown = everythingKeptAbout("reader-" + UUID.randomUUID(), Language.SV);
		noRawValues(shown);
		assertThat(shown).contains("språk: svenska, som du valt", "Examen: Masterexamen", "Examensdatum: 30 juni 2027",
				"Studieland: Sverige", "Tips godkända 22 november 2026 kl. 10:00", "- 1 fråga du ställt till vår personal",
				"- 1 matchning för mentorskap");
	}

	@Test
	void inDanish() {
		String shown = everythingKeptAbout("reader-" + UUID.randomUUID(), Language.DA);
		noRawValues(shown);
		assertThat(shown).contains("sprog: dansk, som du har valgt", "Uddannelse: Kandidatuddannelse",
				"Dimission: 30. juni 2027", "Studieland: Sverige", "godkendt 22. november 2026 kl. 10.00",
				"- 1 spørgsmål, du har stillet vores personale", "- 1 match i mentorordningen");
	}

	@Test
	void aLanguageNotYetKnownIsSaidInWords() {
		String platformId = "quiet-" + UUID.randomUUID();
		// Too short to tell a language from, so none is kept; the profile exists from the first message.
		say(platformId, "ok");
		assertThat(say(platformId, "/mydata")).contains("language: not set yet, so I answer in the language you write in")
			.doesNotContain(": -");
	}

}
