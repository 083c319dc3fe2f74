package org.talentbridge.bot.guide.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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
import org.talentbridge.bot.conversation.Readable;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Response;
import org.talentbridge.bot.guide.GuideUsage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guide through the whole conversation: the situations of the issue and more give the right
 * steps in English, Swedish and Danish; what the first message says is not asked again; progress,
 * "what's next?", the reminder once within the proactive rules, and /forget.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(MutableClock.Config.class)
class GuideIntegrationTests {

	@Autowired
	Conversation conversation;

	@Autowired
	GuideSteps steps;

	@Autowired
	GuideReminders reminders;

	@Autowired
	GuideUsage usage;

	@Autowired
	Phrases phrases;

	@Autowired
	JedisPooled redis;

	@Autowired
	MutableClock clock;

	private static String user() {
		return "guide-" + UUID.randomUUID();
	}

	/** Messages four seconds apart on the test clock, well inside the flood limit. */
	private Response say(String user, String text, Language language) {
		this.clock.advance(Duration.ofSeconds(4));
		return this.conversation.handle(IncomingMessage.of(Channel.WEB, user, text).withChosenLanguage(language));
	}

	private Response say(String user, String text) {
		this.clock.advance(Duration.ofSeconds(4));
		return this.conversation.handle(IncomingMessage.of(Channel.WEB, user, text));
	}

	private String step(String user) {
		return this.redis.hget("tb:conversation:context:web:" + user, "form.step");
	}

	private static List<String> values(Response response) {
		return response.replies().stream().flatMap(r -> r.buttons().stream()).map(Reply.Button::value).toList();
	}

	/** The open steps a checklist offers to tick off, in order. */
	private static List<String> ticks(Response response) {
		return values(response).stream()
			.filter(v -> v.startsWith("/guide done "))
			.map(v -> v.substring("/guide done ".length()))
			.toList();
	}

	private static String text(Response response) {
		return String.join("\n\n", response.replies().stream().map(Reply::text).toList());
	}

	/** Presses the form's buttons for what is asked, until the checklist comes. */
	private Response answer(String user, Response asked, Map<String, String> answers, Language language) {
		Response response = asked;
		for (int i = 0; i < 5 && step(user) != null; i++) {
			String field = step(user);
			assertThat(answers).as("asked " + field).containsKey(field);
			String press = "/form guide " + field + " " + answers.get(field);
			assertThat(values(response)).as("the buttons of " + field).contains(press);
			response = say(user, press, language);
		}
		assertThat(step(user)).isNull();
		return response;
	}

	record Situation(String name, String first, Map<Language, String> firstMessage, Map<String, String> answers,
			Set<String> expected, Set<String> warnings) {
	}

	static final List<Situation> SITUATIONS = List.of(
			new Situation("EU citizen living in Malmö, working in Copenhagen", "/guide start", Map.of(),
					Map.of("live", "SE", "work", "DK", "citizen", "eu", "family", "none"),
					Set.of("oresunddirekt", "housing-se", "commuter-tax-dk", "se-personnummer", "se-id-card",
							"se-health-care", "ichl", "social-security-a1", "commuting", "border-id", "se-bank-account",
							"se-bankid", "se-sfi", "commuter-a-kasse", "welcome-events"),
					Set.of()),
			new Situation("non-EU citizen on a work permit in Copenhagen", "/guide start", Map.of(),
					Map.of("live", "DK", "work", "DK", "citizen", "other", "family", "none"),
					Set.of("dk-work-permit", "housing-dk", "ihc", "dk-cpr", "dk-health-card", "dk-mitid", "dk-nemkonto",
							"dk-tax-card", "dk-danish-lessons", "dk-a-kasse", "welcome-events"),
					Set.of()),
			new Situation("non-EU student in Lund", "/guide start", Map.of(),
					Map.of("live", "SE", "work", "study-SE", "citizen", "other", "family", "none"),
					Set.of("housing-se", "housing-se-students", "se-personnummer", "se-id-card", "se-health-care", "ichl",
							"students-work-se", "se-bank-account", "se-bankid", "se-sfi", "career-services", "welcome-events"),
					Set.of("warn-se-after-studies")),
			new Situation("non-EU researcher in Copenhagen", null,
					Map.of(Language.EN, "I'm a researcher moving to Copenhagen, what should I do first?", Language.SV,
							"Jag är forskare och flyttar till Köpenhamn, vad ska jag göra först?", Language.DA,
							"Jeg er forsker og flytter til København, hvad skal jeg gøre først?"),
					Map.of("work", "DK", "citizen", "other", "family", "none"),
					Set.of("dk-researcher-permit", "dk-researcher-tax", "housing-dk", "ihc", "dk-cpr", "dk-health-card",
							"dk-mitid", "dk-nemkonto", "dk-tax-card", "dk-danish-lessons", "dk-a-kasse", "welcome-events"),
					Set.of()),
			new Situation("partner who follows to Malmö", null,
					Map.of(Language.EN, "My husband got a job in Malmö and I'm coming with him, what should I do first?",
							Language.SV, "Min man har fått jobb i Malmö och jag följer med, vad ska jag göra först?",
							Language.DA, "Min mand har fået job i Malmø, og jeg flytter med, hvad skal jeg gøre først?"),
					Map.of("live", "SE", "work", "looking", "citizen", "eu"),
					Set.of("housing-se", "se-personnummer", "se-personnummer-family", "se-id-card", "se-health-care", "ichl",
							"se-bank-account", "se-bankid", "se-sfi", "accompanying-career", "job-portals-se", "welcome-events"),
					Set.of()),
			new Situation("EU family with children in Copenhagen", "/guide start", Map.of(),
					Map.of("live", "DK", "work", "DK", "citizen", "eu", "family", "both"),
					Set.of("housing-dk", "ihc", "dk-eu-registration", "dk-cpr", "dk-cpr-family", "dk-health-card",
							"dk-mitid", "dk-nemkonto", "dk-tax-card", "dk-danish-lessons", "dk-a-kasse", "dk-daycare",
							"partner-career", "welcome-events"),
					Set.of()),
			new Situation("Nordic citizen in Copenhagen", "/guide start", Map.of(),
					Map.of("live", "DK", "work", "DK", "citizen", "nordic", "family", "none"),
					Set.of("housing-dk", "ihc", "dk-cpr", "dk-health-card", "dk-mitid", "dk-nemkonto", "dk-tax-card",
							"dk-danish-lessons", "dk-a-kasse", "welcome-events"),
					Set.of()),
			new Situation("non-EU citizen working in Copenhagen, undecided where to live", "/guide start", Map.of(),
					Map.of("live", "undecided", "work", "DK", "citizen", "other", "family", "none"),
					Set.of("dk-work-permit", "compare-sides", "housing-dk", "housing-se", "dk-tax-card", "dk-a-kasse",
							"welcome-events"),
					Set.of("warn-non-eu-other-side")),
			new Situation("non-EU citizen living in Malmö, working in Copenhagen", "/guide start", Map.of(),
					Map.of("live", "SE", "work", "DK", "citizen", "other", "family", "none"),
					Set.of("dk-work-permit", "oresunddirekt", "housing-se", "commuter-tax-dk", "se-personnummer",
							"se-id-card", "se-health-care", "ichl", "social-security-a1", "commuting", "border-id",
							"se-bank-account", "se-bankid", "se-sfi", "welcome-events"),
					Set.of("warn-non-eu-other-side")),
			new Situation("non-EU student in Copenhagen", "/guide start", Map.of(),
					Map.of("live", "DK", "work", "study-DK", "citizen", "other", "family", "none"),
					Set.of("housing-dk", "housing-dk-students", "ihc", "dk-cpr", "dk-health-card", "dk-mitid",
							"dk-nemkonto", "dk-tax-card", "students-work-dk", "dk-danish-lessons", "career-services",
							"dk-job-seeking-stay", "welcome-events"),
					Set.of("warn-establishment-card")),
			new Situation("EU family with children living in Malmö, working in Copenhagen", "/guide start", Map.of(),
					Map.of("live", "SE", "work", "DK", "citizen", "eu", "family", "children"),
					Set.of("oresunddirekt", "housing-se", "commuter-tax-dk", "se-personnummer", "se-personnummer-family",
							"se-id-card", "se-health-care", "ichl", "social-security-a1", "commuting", "border-id",
							"se-bank-account", "se-bankid", "se-sfi", "commuter-a-kasse", "se-preschool", "child-benefit-se-dk",
							"se-forsakringskassan", "welcome-events"),
					Set.of()),
			new Situation("EU citizen living in Copenhagen, working in Lund", "/guide start", Map.of(),
					Map.of("live", "DK", "work", "SE", "citizen", "eu", "family", "partner"),
					Set.of("oresunddirekt", "housing-dk", "ihc", "dk-eu-registration", "dk-cpr", "dk-cpr-family",
							"dk-health-card", "dk-mitid", "dk-nemkonto", "se-coordination-number", "commuter-tax-se",
							"social-security-a1", "commuting", "border-id", "dk-danish-lessons", "commuter-a-kasse",
							"partner-career", "welcome-events"),
					Set.of()));

	@ParameterizedTest
	@EnumSource(Language.class)
	void eachSituationGetsItsStepsInEachLanguage(Language language) {
		this.clock.set(MutableClock.START);
		for (Situation situation : SITUATIONS) {
			String user = user();
			String first = (situation.first() != null) ? situation.first() : situation.firstMessage().get(language);
			Response asked = say(user, first, language);
			assertThat(step(user)).as(situation.name() + ": a question is asked").isNotNull();
			Response checklist = answer(user, asked, situation.answers(), language);
			String all = text(checklist);
			assertThat(new LinkedHashSet<>(ticks(checklist))).as(situation.name() + " in " + language)
				.isEqualTo(situation.expected());
			for (String id : situation.expected()) {
				assertThat(all).as(situation.name() + ": " + id + " in " + language)
					.contains(this.steps.find(id).orElseThrow().text(language));
			}
			List<String> warned = new ArrayList<>();
			for (GuideStep step : this.steps.all()) {
				if (step.warning() && all.contains(step.text(language))) {
					warned.add(step.id());
				}
			}
			assertThat(warned).as(situation.name() + ": warnings").containsExactlyInAnyOrderElementsOf(situation.warnings());
			assertThat(all).startsWith(this.phrases.get(language, "guide.checklist.title", "").substring(0, 10));
			// Every step links its article.
			for (String id : situation.expected()) {
				assertThat(values(checklist)).contains("/article " + this.steps.find(id).orElseThrow().article());
			}
		}
	}

	@Test
	void aFirstMessageThatSaysEverythingGivesTheChecklistAtOnce() {
		Map<Language, String> messages = Map.of(Language.EN,
				"I just moved to Malmö on my own and I work in Copenhagen. I'm a German citizen. What should I do first?",
				Language.SV,
				"Jag har precis flyttat ensam till Malmö och jobbar i Köpenhamn. Jag är tysk medborgare. Vad ska jag göra först?",
				Language.DA,
				"Jeg er lige flyttet alene til Malmø og arbejder i København. Jeg er tysk statsborger. Hvad skal jeg gøre først?");
		for (Map.Entry<Language, String> message : messages.entrySet()) {
			String user = user();
			Response checklist = say(user, message.getValue());
			assertThat(step(user)).as(message.getKey() + ": nothing asked").isNull();
			assertThat(checklist.language()).isEqualTo(message.getKey());
			assertThat(new LinkedHashSet<>(ticks(checklist))).as(message.getKey().code())
				.isEqualTo(SITUATIONS.get(0).expected());
		}
	}

	@Test
	void theIssuesMessagesReachTheGuideWithWhatTheySayFilledIn() {
		String en = user();
		say(en, "I just arrived in Copenhagen, what should I do first?");
		assertThat(step(en)).as("where they live is known").isEqualTo("work");
		String sv = user();
		Response asked = say(sv, "jag har precis flyttat till Lund, vad ska jag göra?");
		assertThat(step(sv)).isEqualTo("work");
		assertThat(asked.language()).isEqualTo(Language.SV);
		assertThat(text(asked)).contains(this.phrases.get(Language.SV, "guide.ask.work"));
		String da = user();
		asked = say(da, "vi flytter til København, hvad skal vi huske?");
		assertThat(step(da)).isEqualTo("work");
		assertThat(text(asked)).contains(this.phrases.get(Language.DA, "guide.ask.work"));
		// Typed answers count as much as the buttons.
		say(da, "Jeg skal studere på DTU");
		assertThat(step(da)).isEqualTo("citizen");
		say(da, "Jeg er fra Indien");
		assertThat(step(da)).isEqualTo("family");
		Response checklist = say(da, "min kone og to børn");
		assertThat(step(da)).isNull();
		assertThat(ticks(checklist)).contains("students-work-dk", "dk-cpr-family").doesNotContain("dk-eu-registration");
	}

	@Test
	void specificQuestionsStillGetTheirArticles() {
		for (String[] question : new String[][] { { "How do I get a CPR number?", "dk-cpr-registration" },
				{ "Hur får jag ett personnummer när jag flyttar till Lund?", "se-personnummer" },
				{ "hvordan får jeg et cpr nummer", "dk-cpr-registration" },
				{ "where do I register for a personnummer after I move to Malmö?", "se-personnummer" } }) {
			String user = user();
			Response answer = say(user, question[0]);
			assertThat(answer.citation()).as(question[0]).isNotNull();
			assertThat(answer.citation().articleId()).as(question[0]).isEqualTo(question[1]);
			assertThat(step(user)).isNull();
		}
		// Moving words with a question the knowledge base answers: its answer, not the guide.
		for (String question : List.of("I just moved to Copenhagen, how do I get a CPR number?",
				"Jag har flyttat till Malmö, hur får jag BankID?")) {
			String user = user();
			assertThat(say(user, question).citation()).as(question).isNotNull();
			assertThat(step(user)).isNull();
		}
	}

	@Test
	void whatsNextIsTheGuidesOnlyWithAChecklistInProgress() {
		String without = user();
		say(without, "How do I get a CPR number?");
		Response before = say(without, "what's next?");
		assertThat(values(before)).noneMatch(v -> v.startsWith("/guide"));

		String user = user();
		say(user, "/guide start");
		Response checklist = answer(user, say(user, "/guide"), SITUATIONS.get(1).answers(), Language.EN);
		String first = ticks(checklist).get(0);
		Response next = say(user, "what's next?");
		assertThat(values(next)).contains("/guide done " + first);
		assertThat(text(next)).contains(this.steps.find(first).orElseThrow().text(Language.EN));
		// A follow-up on a knowledge answer stays one.
		assertThat(say(user, "How do I get a CPR number?").citation().articleId()).isEqualTo("dk-cpr-registration");
		assertThat(say(user, "what about in Sweden?").citation().articleId()).isEqualTo("se-personnummer");
		assertThat(values(say(user, "vad är nästa steg?"))).contains("/guide done " + first);
	}

	@Test
	void stepsAreTickedOffAndGuideShowsWhatIsLeft() {
		this.clock.set(MutableClock.START);
		String user = user();
		say(user, "/guide start");
		Response checklist = answer(user, say(user, "/guide"), SITUATIONS.get(1).answers(), Language.EN);
		List<String> open = ticks(checklist);
		Response ticked = say(user, "/guide done " + open.get(0));
		assertThat(text(ticked)).startsWith(this.phrases.get(Language.EN, "guide.ticked",
				this.steps.find(open.get(0)).orElseThrow().text(Language.EN)));
		assertThat(values(ticked)).contains("/guide done " + open.get(1));
		assertThat(text(say(user, "/guide done " + open.get(0)))).startsWith(this.phrases.get(Language.EN, "guide.already"));
		assertThat(text(say(user, "/guide done no-such-step"))).isEqualTo(this.phrases.get(Language.EN, "guide.unknown-step"));
		Response left = say(user, "/guide");
		assertThat(text(left)).contains(this.phrases.get(Language.EN, "guide.progress", 1, open.size()));
		assertThat(ticks(left)).isEqualTo(open.subList(1, open.size()));
		for (String id : open.subList(1, open.size())) {
			say(user, "/guide done " + id);
		}
		assertThat(text(say(user, "what's next?"))).isEqualTo(this.phrases.get(Language.EN, "guide.all-done"));
		// New answers keep the ticks of the steps that still apply.
		say(user, "/guide change");
		Response changed = answer(user, say(user, "/guide"), Map.of("live", "DK", "work", "DK", "citizen", "eu", "family",
				"none"), Language.EN);
		assertThat(ticks(changed)).containsExactly("dk-eu-registration");
		assertThat(text(say(user, "/mydata"))).contains(this.phrases.get(Language.EN, "mydata.guide",
				"living in Denmark, working in Denmark, EU/EEA or Swiss citizen, on your own",
				Readable.date(MutableClock.START, Language.EN), open.size() - 1, open.size()));
	}

	@Test
	void theReminderGoesOutOnceAfterAWeekOutsideTheQuietHours() {
		this.clock.set(MutableClock.START);
		String user = user();
		say(user, "/guide start");
		answer(user, say(user, "/guide"), SITUATIONS.get(1).answers(), Language.EN);
		say(user, "/guide done ihc");
		assertThat(text(say(user, "/guide remind on"))).isEqualTo(this.phrases.get(Language.EN, "guide.reminder.on"));
		this.clock.advance(Duration.ofDays(6));
		this.reminders.sendDue();
		assertThat(inbox(user)).isEmpty();
		// A week later, but at 22:00 in Copenhagen: held back until the morning.
		this.clock.set(ZonedDateTime.of(2026, 11, 29, 22, 0, 0, 0, Readable.ZONE).toInstant());
		this.reminders.sendDue();
		assertThat(inbox(user)).isEmpty();
		this.clock.set(ZonedDateTime.of(2026, 11, 30, 9, 30, 0, 0, Readable.ZONE).toInstant());
		this.reminders.sendDue();
		this.reminders.sendDue();
		this.clock.advance(Duration.ofDays(30));
		this.reminders.sendDue();
		List<String> inbox = inbox(user);
		assertThat(inbox).hasSize(1);
		assertThat(inbox.get(0)).contains(this.phrases.count(Language.EN, "guide.reminder.text", 5))
			.contains(this.steps.find("dk-cpr").orElseThrow().text(Language.EN))
			.doesNotContain(this.steps.find("ihc").orElseThrow().text(Language.EN))
			.doesNotContain(this.steps.find("dk-danish-lessons").orElseThrow().text(Language.EN));
		assertThat(text(say(user, "/mydata"))).contains(this.phrases.get(Language.EN, "mydata.guide.reminded",
				Readable.date(ZonedDateTime.of(2026, 11, 30, 9, 30, 0, 0, Readable.ZONE).toInstant(), Language.EN)));
		assertThat(text(say(user, "/guide remind on"))).isEqualTo(this.phrases.get(Language.EN, "guide.reminder.sent"));
	}

	@Autowired
	RedisGuides guides;

	@Autowired
	Checklists checklists;

	@Autowired
	org.talentbridge.bot.conversation.ProactivePolicy policy;

	@Autowired
	org.talentbridge.bot.conversation.UserProfiles profiles;

	@Test
	void aReminderThatCertainlyFailedIsTriedAgainLaterWithLongerWaitsThenGivenUp() {
		this.clock.set(MutableClock.START);
		String user = user();
		say(user, "/guide start");
		answer(user, say(user, "/guide"), SITUATIONS.get(1).answers(), Language.EN);
		say(user, "/guide remind on");
		java.util.concurrent.atomic.AtomicInteger tries = new java.util.concurrent.atomic.AtomicInteger();
		GuideReminders failing = new GuideReminders(this.guides, this.checklists, (userId, response) -> {
			if (userId.endsWith(user)) {
				tries.incrementAndGet();
			}
			return org.talentbridge.bot.conversation.Notifier.Delivery.FAILED;
		}, this.policy, this.profiles, this.phrases, this.clock);
		// Well past the week, in the morning.
		this.clock.set(ZonedDateTime.of(2026, 12, 2, 9, 30, 0, 0, Readable.ZONE).toInstant());
		failing.sendDue();
		assertThat(tries).hasValue(1);
		// Not at once again: the first wait is an hour, the next two.
		this.clock.advance(Duration.ofMinutes(30));
		failing.sendDue();
		assertThat(tries).hasValue(1);
		this.clock.advance(Duration.ofMinutes(31));
		failing.sendDue();
		assertThat(tries).hasValue(2);
		this.clock.advance(Duration.ofMinutes(61));
		failing.sendDue();
		assertThat(tries).hasValue(2);
		for (int day = 1; day <= 4; day++) {
			this.clock.advance(Duration.ofDays(1));
			failing.sendDue();
		}
		assertThat(tries).as("given up after %d attempts", GuideReminders.ATTEMPTS).hasValue(GuideReminders.ATTEMPTS);
		this.clock.advance(Duration.ofDays(1));
		failing.sendDue();
		assertThat(tries).hasValue(GuideReminders.ATTEMPTS);
		assertThat(inbox(user)).isEmpty();
	}

	@Test
	void noReminderWithoutOptInOrAfterStop() {
		this.clock.set(MutableClock.START);
		String quiet = user();
		say(quiet, "/guide start");
		answer(quiet, say(quiet, "/guide"), SITUATIONS.get(0).answers(), Language.EN);
		String stopped = user();
		say(stopped, "/guide start");
		answer(stopped, say(stopped, "/guide"), SITUATIONS.get(0).answers(), Language.EN);
		say(stopped, "/guide remind on");
		say(stopped, "/stop");
		this.clock.set(Instant.parse("2026-12-01T10:00:00Z"));
		this.reminders.sendDue();
		assertThat(inbox(quiet)).isEmpty();
		assertThat(inbox(stopped)).isEmpty();
	}

	@Test
	void forgetRemovesTheChecklistItsTicksAndTheReminder() {
		this.clock.set(MutableClock.START);
		String user = user();
		say(user, "/guide start");
		answer(user, say(user, "/guide"), SITUATIONS.get(2).answers(), Language.EN);
		say(user, "/guide done housing-se");
		say(user, "/guide remind on");
		assertThat(text(say(user, "/mydata"))).contains("studying in Sweden").contains("1 of 12 steps done")
			.contains(this.phrases.get(Language.EN, "mydata.guide.remind"));
		assertThat(RedisScan.mentions(this.redis, user)).anyMatch(found -> found.contains("tb:guide:"));
		say(user, "/forget");
		say(user, "/forget yes");
		assertThat(RedisScan.mentions(this.redis, user)).isEmpty();
		assertThat(text(say(user, "what's next?"))).doesNotContain(this.phrases.get(Language.EN, "guide.next", ""));
		assertThat(text(say(user, "/guide next"))).isEqualTo(this.phrases.get(Language.EN, "guide.none"));
	}

	@Test
	void staffSeePeoplePerSituationAndTheStepsLeftOpen() {
		this.clock.set(MutableClock.START);
		long before = this.usage.figures().people();
		for (int i = 0; i < 2; i++) {
			String user = user();
			say(user, "/guide start");
			answer(user, say(user, "/guide"), SITUATIONS.get(6).answers(), Language.EN);
			say(user, "/guide done housing-dk");
		}
		GuideUsage.Figures figures = this.usage.figures();
		assertThat(figures.people()).isEqualTo(before + 2);
		assertThat(figures.situations()).containsKey("living in Denmark, working in Denmark, Nordic citizen, on your own");
		assertThat(figures.situations().get("living in Denmark, working in Denmark, Nordic citizen, on your own"))
			.isGreaterThanOrEqualTo(2);
		assertThat(figures.openSteps()).extracting(GuideUsage.OpenStep::stepId).contains("welcome-events");
		assertThat(figures.openSteps().get(0).open()).isGreaterThanOrEqualTo(2);
	}

	private List<String> inbox(String user) {
		return this.redis.lrange("tb:channel:web-inbox:web:" + user, 0, -1);
	}

}
