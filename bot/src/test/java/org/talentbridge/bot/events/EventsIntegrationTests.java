package org.talentbridge.bot.events;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import redis.clients.jedis.JedisPooled;

import org.talentbridge.bot.MutableClock;
import org.talentbridge.bot.RedisScan;
import org.talentbridge.bot.TestNames;
import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Conversation;
import org.talentbridge.bot.conversation.IncomingMessage;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Signing up by message through the real conversation and Redis: the happy paths and every refusal. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(MutableClock.Config.class)
class EventsIntegrationTests {

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	@Autowired
	Conversation conversation;

	@Autowired
	EventManagement management;

	@Autowired
	EventCatalog catalog;

	@Autowired
	Signups signups;

	@Autowired
	Phrases phrases;

	@Autowired
	JedisPooled redis;

	@Autowired
	MutableClock clock;

	private Response say(String user, String text) {
		return this.conversation.handle(IncomingMessage.of(Channel.WEB, user, text));
	}

	private static String user() {
		return "t-" + UUID.randomUUID();
	}

	private static Reply only(Response response) {
		assertThat(response.replies()).hasSize(1);
		return response.replies().get(0);
	}

	private static String button(Response response, int index) {
		return only(response).buttons().get(index).value();
	}

	private static String last(Response response) {
		return response.replies().get(response.replies().size() - 1).text();
	}

	/** The question the open form waits for, as the conversation keeps it; null when no form is open. */
	private String step(String user) {
		return this.redis.hget("tb:conversation:context:web:" + user, "form.step");
	}

	/** Signs up as a new person would: the event, a name, the consent button. */
	private Response signUp(String user, String eventId, String name) {
		Response asked = say(user, "/signup " + eventId);
		assertThat(step(user)).as(eventId).isEqualTo("name");
		Response consent = say(user, name);
		assertThat(step(user)).as(name).isEqualTo("consent");
		return say(user, button(consent, 0));
	}

	static Event event(String id, int capacity, LocalDateTime start) {
		return new Event(id, Map.of(Language.EN, "Test mingle " + id, Language.SV, "Testmingel " + id), Map.of(), start,
				start.plusHours(2), STOCKHOLM, "Stadshallen", "Lund", "SE", capacity,
				start.minusHours(1).atZone(STOCKHOLM).toInstant(), Set.of(Event.Audience.EVERYONE), Set.of(),
				Event.Status.OPEN);
	}

	@Test
	void theCuratedEventsAreLoaded() {
		assertThat(this.catalog.find("hellopenhagen-2027")).hasValueSatisfying(e -> {
			assertThat(e.title(Language.DA)).isEqualTo("HELLOpenhagen velkomstmesse");
			assertThat(e.zone()).isEqualTo(ZoneId.of("Europe/Copenhagen"));
			assertThat(e.capacity()).isEqualTo(400);
		});
		assertThat(this.catalog.upcoming()).extracting(Event::id)
			.contains("welcome-reception-lund-2026-12", "lifescience-matchmaking-2027-01");
	}

	@Test
	void naturalLanguageSignupInEnglishAsksNameAndConsentThenConfirmsWithACalendarFile() {
		String user = user();
		Response asked = say(user, "sign me up for the welcome reception");
		assertThat(only(asked).text()).contains("Welcome reception in Lund", this.phrases.get(Language.EN, "events.ask-name"));
		assertThat(step(user)).isEqualTo("name");
		Response consent = say(user, "Anna Berg anna.berg@example.com");
		assertThat(only(consent).text()).contains("Anna Berg (anna.berg@example.com)");
		assertThat(only(consent).buttons()).extracting(Reply.Button::value)
			.containsExactly("/form signup consent yes", "/form signup consent no", "/form signup name");
		Response confirmed = say(user, button(consent, 0));
		assertThat(only(confirmed).text()).startsWith("You're signed up for Welcome reception in Lund").contains("as Anna Berg");
		Reply.Attachment ics = only(confirmed).attachment();
		assertThat(ics).isNotNull();
		assertThat(ics.fileName()).isEqualTo("welcome-reception-lund-2026-12.ics");
		assertThat(ics.link()).isEqualTo("/events/welcome-reception-lund-2026-12.ics?lang=en");
		String calendar = new String(ics.content(), java.nio.charset.StandardCharsets.UTF_8);
		// 17:30 in Lund in December is 16:30 UTC.
		assertThat(calendar).contains("BEGIN:VEVENT", "DTSTART:20261203T163000Z", "SUMMARY:Welcome reception in Lund");
		assertThat(this.signups.attendees("welcome-reception-lund-2026-12")).anySatisfy(a -> {
			assertThat(a.userId()).isEqualTo("web:" + user);
			assertThat(a.email()).isEqualTo("anna.berg@example.com");
		});
		// Known now: the next signup takes one message.
		Response second = say(user, "sign me up for HELLOpenhagen");
		assertThat(only(second).text()).startsWith("You're signed up for HELLOpenhagen welcome fair");
		assertThat(only(say(user, "/signup hellopenhagen-2027")).text())
			.isEqualTo(this.phrases.get(Language.EN, "events.already-confirmed", "HELLOpenhagen welcome fair"));
	}

	@Test
	void naturalLanguageSignupInSwedishFindsTheMingleOnThursday() {
		String user = user();
		Response asked = say(user, "anmäl mig till mingel på torsdag");
		assertThat(asked.language()).isEqualTo(Language.SV);
		assertThat(only(asked).text()).contains("Välkomstmingel i Lund", "torsdag 3 december 2026");
		Response consent = say(user, "Sven Svensson");
		Response confirmed = say(user, button(consent, 0));
		assertThat(only(confirmed).text()).startsWith("Du är anmäld till Välkomstmingel i Lund");
	}

	@Test
	void naturalLanguageSignupInDanishUsesThePlatformNameWhenThePersonAgrees() {
		String user = user();
		Response offer = this.conversation.handle(
				IncomingMessage.of(Channel.TELEGRAM, user, "tilmeld mig HELLOpenhagen").withDisplayName("Mette Hansen"));
		assertThat(offer.language()).isEqualTo(Language.DA);
		assertThat(only(offer).text()).contains("HELLOpenhagen velkomstmesse", "Mette Hansen");
		assertThat(only(offer).buttons().get(0).label()).isEqualTo("Tilmeld mig som Mette Hansen");
		Response confirmed = this.conversation.handle(IncomingMessage.of(Channel.TELEGRAM, user, button(offer, 0))
			.withDisplayName("Mette Hansen")
			.withLanguageHint(Language.DA));
		assertThat(only(confirmed).text()).startsWith("Du er tilmeldt HELLOpenhagen velkomstmesse");
	}

	@Test
	void listsUpcomingEventsFilteredByAudienceOrSector() {
		Response all = say(user(), "which events are coming up?");
		assertThat(only(all).buttons()).extracting(Reply.Button::value)
			.contains("/event hellopenhagen-2027", "/event welcome-reception-lund-2026-12");
		Response partners = say(user(), "/events partners");
		assertThat(only(partners).buttons()).extracting(Reply.Button::value)
			.contains("/event partners-network-malmo-2027-02", "/event hellopenhagen-2027")
			.doesNotContain("/event lifescience-matchmaking-2027-01");
		Response medtech = say(user(), "/events medtech");
		assertThat(only(medtech).buttons()).extracting(Reply.Button::value)
			.contains("/event lifescience-matchmaking-2027-01")
			.doesNotContain("/event hellopenhagen-2027");
		assertThat(only(say(user(), "/events knitting")).text()).isEqualTo(this.phrases.get(Language.EN, "events.none-for", "knitting"));
		Response one = say(user(), "/event hellopenhagen-2027");
		assertThat(only(one).text()).contains("Copenhagen City Hall", "Saturday 6 February 2027, 12:00–16:00");
	}

	@Test
	void anUnclearRequestGetsAChoiceOfEvents() {
		Response choice = say(user(), "I want to sign up for an event please");
		assertThat(only(choice).buttons()).extracting(Reply.Button::value).allMatch(v -> v.startsWith("/signup "));
		assertThat(only(choice).buttons()).hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	void aFullEventWaitlistsInOrderAndACancellationPromotesAndTellsTheNextPerson() {
		this.management.create(event("tiny-mingle", 1, LocalDateTime.of(2026, 12, 10, 18, 0)));
		String first = user();
		String second = user();
		String third = user();
		for (String user : List.of(first, second, third)) {
			signUp(user, "tiny-mingle", TestNames.person(user));
		}
		assertThat(only(say(second, "/signup tiny-mingle")).text())
			.isEqualTo(this.phrases.get(Language.EN, "events.already-waitlisted", "Test mingle tiny-mingle", 1));
		assertThat(only(say(third, "/mysignups")).text()).contains("waitlist number 2");
		assertThat(only(say(first, "/cancel tiny-mingle")).text()).contains("no longer signed up");
		assertThat(this.signups.attendees("tiny-mingle")).extracting(Attendee::userId).containsExactly("web:" + second);
		assertThat(this.signups.waitlist("tiny-mingle")).extracting(Attendee::userId).containsExactly("web:" + third);
		// The promoted person finds the news in the web chat's inbox, with the calendar file.
		List<String> inbox = this.redis.lrange("tb:channel:web-inbox:web:" + second, 0, -1);
		assertThat(inbox).singleElement().satisfies(json -> assertThat(json).contains("a seat at Test mingle tiny-mingle", "tiny-mingle.ics"));
	}

	@Test
	void refusesUnknownPastCancelledAndClosedEventsClearly() {
		String user = user();
		assertThat(only(say(user, "/signup no-such-event")).text()).isEqualTo(this.phrases.get(Language.EN, "events.unknown"));
		assertThat(only(say(user, "/signup ../../etc")).text()).isEqualTo(this.phrases.get(Language.EN, "events.unknown"));
		this.management.create(event("past-mingle", 10, LocalDateTime.of(2026, 11, 1, 18, 0)));
		assertThat(only(say(user, "/signup past-mingle")).text())
			.isEqualTo(this.phrases.get(Language.EN, "events.closed.past", "Test mingle past-mingle"));
		this.management.create(event("cancelled-mingle", 10, LocalDateTime.of(2026, 12, 20, 18, 0)));
		this.management.cancel("cancelled-mingle");
		assertThat(only(say(user, "/signup cancelled-mingle")).text())
			.isEqualTo(this.phrases.get(Language.EN, "events.closed.cancelled", "Test mingle cancelled-mingle"));
		// The deadline is an hour before the start.
		this.management.create(event("deadline-mingle", 10, LocalDateTime.of(2026, 11, 22, 10, 30)));
		assertThat(only(say(user, "/signup deadline-mingle")).text())
			.isEqualTo(this.phrases.get(Language.EN, "events.closed.deadline", "Test mingle deadline-mingle"));
	}

	@Test
	void aMissingOrAbsurdNameIsAskedForAgainAndNothingIsStored() {
		String user = user();
		String tooLong = "N".repeat(150);
		String askAgain = this.phrases.get(Language.EN, "events.name-invalid", 100) + "\n\n"
				+ this.phrases.get(Language.EN, "events.ask-name");
		say(user, "/signup hellopenhagen-2027");
		assertThat(only(say(user, tooLong)).text()).isEqualTo(askAgain);
		assertThat(step(user)).isEqualTo("name");
		for (String notAName : List.of("12345", "Nina 2", "nina@example.com", "www.nina.dk",
				"this is really not my name at all")) {
			assertThat(only(say(user, notAName)).text()).as(notAName).isEqualTo(askAgain);
		}
		Response tenThousand = say(user, "x".repeat(10_000));
		assertThat(only(tenThousand).text()).isEqualTo(this.phrases.get(Language.EN, "input.too-long", 4000));
		Response consent = say(user, "Nina Nobody");
		assertThat(RedisScan.mentions(this.redis, "Nina Nobody")).as("only the conversation has it before consent")
			.allMatch(key -> key.startsWith("tb:conversation:"));
		Response no = say(user, button(consent, 1));
		assertThat(only(no).text()).isEqualTo(this.phrases.get(Language.EN, "events.not-signed-up"));
		assertThat(step(user)).isNull();
		assertThat(this.redis.keys("tb:events:*" + user + "*")).isEmpty();
		assertThat(this.signups.attendees("hellopenhagen-2027")).extracting(Attendee::userId).doesNotContain("web:" + user);
	}

	@Test
	void cancellingAnEventTellsEveryoneSignedUp() {
		this.management.create(event("doomed-mingle", 5, LocalDateTime.of(2026, 12, 12, 18, 0)));
		String user = user();
		signUp(user, "doomed-mingle", "Dora");
		assertThat(this.management.cancel("doomed-mingle")).containsExactly("web:" + user);
		assertThat(this.redis.lrange("tb:channel:web-inbox:web:" + user, 0, -1))
			.anySatisfy(json -> assertThat(json).contains("has been cancelled"));
		assertThat(this.management.cancel("doomed-mingle")).isEmpty();
	}

	@Test
	void forgetRemovesEveryKeyAndValueHoldingThePersonAndFreesTheirSeat() {
		this.management.create(event("forget-mingle", 1, LocalDateTime.of(2026, 12, 14, 18, 0)));
		String user = user();
		String next = user();
		signUp(user, "forget-mingle", "Fia Forgetful fia@example.com");
		signUp(next, "forget-mingle", "Nils Next");
		say(user, "/reminders off");
		say(user, "How do I get a CPR number?");
		// A question the bot cannot answer is kept for staff, masked, and goes with the person too.
		String tag = user.substring(2).replaceAll("[^a-f]", "");
		say(user, "Can my pet alpaca " + tag + " come along? Write to fia@example.com or call 0701234567");
		// The history and the questions kept for staff are written behind the reply, in batches.
		await().untilAsserted(() -> assertThat(RedisScan.mentions(this.redis, tag)).as("the question is kept").isNotEmpty());
		// Only in their own recent conversation (for staff who take over), never in the questions kept for staff.
		await().untilAsserted(() -> assertThat(RedisScan.mentions(this.redis, "0701234567"))
			.containsExactly("tb:conversation:history:web:" + user + " (list)"));
		assertThat(only(say(user, "/mydata")).text()).contains("Fia Forgetful", "fia@example.com", "Test mingle forget-mingle",
				"One question I could not answer");
		Response confirm = say(user, "/forget");
		assertThat(button(confirm, 0)).isEqualTo("/forget yes");
		assertThat(only(say(user, "/forget yes")).text()).isEqualTo(this.phrases.get(Language.EN, "forget.done"));
		assertThat(RedisScan.mentions(this.redis, user)).isEmpty();
		assertThat(RedisScan.mentions(this.redis, tag)).as("the unanswered question").isEmpty();
		assertThat(this.signups.attendees("forget-mingle")).extracting(Attendee::userId).containsExactly("web:" + next);
	}

	@Test
	void aQuestionWhileTheNameIsAskedIsAnsweredAsAQuestionAndTheSignupGoesOn() {
		String user = user();
		say(user, "/signup hellopenhagen-2027");
		Response question = say(user, "how do I get a tax card in Denmark?");
		assertThat(question.replies()).hasSize(2);
		assertThat(question.replies().get(0).text()).doesNotContain("attendee list");
		assertThat(last(question)).startsWith(this.phrases.get(Language.EN, "form.reminder",
				this.phrases.get(Language.EN, "events.form.title", "HELLOpenhagen welcome fair")))
			.endsWith(this.phrases.get(Language.EN, "events.ask-name"));
		assertThat(step(user)).isEqualTo("name");
		Response consent = say(user, "Anna Berg");
		assertThat(only(consent).text()).contains("We'll keep Anna Berg on the attendee list of HELLOpenhagen welcome fair");
		assertThat(only(say(user, "yes")).text()).startsWith("You're signed up for HELLOpenhagen welcome fair");
		assertThat(this.signups.attendees("hellopenhagen-2027")).filteredOn(a -> a.userId().equals("web:" + user))
			.singleElement()
			.extracting(Attendee::name)
			.isEqualTo("Anna Berg");
	}

	@Test
	void anotherNameCanBeGivenAtTheConsentAndTypedAnswersWork() {
		String user = user();
		say(user, "/signup hellopenhagen-2027");
		Response consent = say(user, "Anna Bregg, anna@example.com");
		assertThat(only(consent).text()).contains("Anna Bregg (anna@example.com)");
		Response again = say(user, "use another name");
		assertThat(only(again).text()).isEqualTo(this.phrases.get(Language.EN, "events.ask-name"));
		Response fixed = say(user, "Anna Berg");
		assertThat(only(fixed).text()).contains("We'll keep Anna Berg on").doesNotContain("anna@example.com");
		assertThat(only(say(user, "ok")).text()).startsWith("You're signed up for HELLOpenhagen welcome fair");
	}

	@Test
	void cancellingInWordsAsksToConfirmFreesTheSeatAndNeverSignsUp() {
		String[][] phrases = { { "I want to cancel my registration for the lantern mingle", "en" },
				{ "cancel my spot at the lantern mingle", "en" }, { "avboka min plats på lyktminglet", "sv" },
				{ "avanmäl mig från lyktminglet", "sv" }, { "afmeld mig lantern mingle", "da" },
				{ "jeg vil afmelde mig lantern mingle", "da" } };
		int round = 0;
		for (String[] asked : phrases) {
			String id = "lantern-" + (round++);
			this.management.create(new Event(id, Map.of(Language.EN, "Lantern mingle", Language.SV, "Lyktmingel"),
					// Far ahead, so the other tests' lists of what is coming up stay as they were.
					Map.of(), LocalDateTime.of(2029, 12, 18, 18, 0), LocalDateTime.of(2029, 12, 18, 20, 0), STOCKHOLM,
					"Stadshallen", "Lund", "SE", 1, LocalDateTime.of(2029, 12, 18, 17, 0).atZone(STOCKHOLM).toInstant(),
					Set.of(Event.Audience.EVERYONE), Set.of(), Event.Status.OPEN));
			Language language = Language.fromCode(asked[1]).orElseThrow();
			String user = user();
			String waiting = user();
			signUp(user, id, "Carl Cancel");
			// Known now: signed up at once.
			assertThat(only(say(user, "/signup hellopenhagen-2027")).text()).startsWith("You're signed up");
			signUp(waiting, id, "Wanda Waiting");
			assertThat(this.signups.waitlist(id)).extracting(Attendee::userId).containsExactly("web:" + waiting);

			Response confirm = this.conversation
				.handle(IncomingMessage.of(Channel.WEB, user, asked[0]).withChosenLanguage(language));
			String title = (language == Language.SV) ? "Lyktmingel" : "Lantern mingle";
			assertThat(only(confirm).text()).as(asked[0]).isEqualTo(this.phrases.get(language, "events.cancel.confirm", title));
			assertThat(only(confirm).buttons()).extracting(Reply.Button::value)
				.containsExactly("/form cancel-signup consent yes", "/form cancel-signup consent no");
			assertThat(this.signups.attendees(id)).as("nothing happens before the yes").extracting(Attendee::userId)
				.containsExactly("web:" + user);

			// The yes typed in the person's language, or the button.
			String yes = switch (language) {
				case SV -> "ja";
				case DA -> "Ja!";
				default -> button(confirm, 0);
			};
			Response done = this.conversation.handle(IncomingMessage.of(Channel.WEB, user, yes).withChosenLanguage(language));
			assertThat(only(done).text()).isEqualTo(this.phrases.get(language, "events.cancelled", title));
			assertThat(this.signups.attendees(id)).extracting(Attendee::userId).containsExactly("web:" + waiting);
			assertThat(this.signups.of("web:" + user)).extracting(Signups.MySignup::eventId)
				.containsExactly("hellopenhagen-2027");
		}
	}

	@Test
	void cancellingWordsForAnEventOneIsNotSignedUpForSignUpNobody() {
		for (String[] asked : new String[][] { { "I want to cancel my registration for HELLOpenhagen", "en" },
				{ "avboka min plats på HELLOpenhagen", "sv" }, { "afmeld mig HELLOpenhagen", "da" } }) {
			Language language = Language.fromCode(asked[1]).orElseThrow();
			String user = user();
			signUp(user, "welcome-reception-lund-2026-12", "Nora None");
			Response response = this.conversation
				.handle(IncomingMessage.of(Channel.WEB, user, asked[0]).withChosenLanguage(language));
			assertThat(only(response).text()).as(asked[0])
				.isEqualTo(this.phrases.get(language, "events.cancel.not-signed-up",
						this.catalog.find("hellopenhagen-2027").orElseThrow().title(language)));
			assertThat(this.signups.of("web:" + user)).extracting(Signups.MySignup::eventId)
				.containsExactly("welcome-reception-lund-2026-12");
		}
		String stranger = user();
		Response nothing = say(stranger, "please cancel my spot at HELLOpenhagen");
		assertThat(only(nothing).text())
			.isEqualTo(this.phrases.get(Language.EN, "events.cancel.not-signed-up", "HELLOpenhagen welcome fair"));
		assertThat(only(say(stranger, "I want to cancel my registration")).text())
			.isEqualTo(this.phrases.get(Language.EN, "events.mine.none"));
		assertThat(this.signups.of("web:" + stranger)).isEmpty();
		assertThat(step(stranger)).isNull();
	}

	@Test
	void keepingTheSeatAfterAllChangesNothing() {
		String user = user();
		signUp(user, "hellopenhagen-2027", "Kim Keep");
		Response confirm = say(user, "cancel my spot at HELLOpenhagen");
		assertThat(only(say(user, "No, keep it")).text())
			.isEqualTo(this.phrases.get(Language.EN, "events.cancel.kept", "HELLOpenhagen welcome fair"));
		assertThat(only(confirm).buttons()).hasSize(2);
		assertThat(this.signups.of("web:" + user)).extracting(Signups.MySignup::eventId).containsExactly("hellopenhagen-2027");
	}

}
