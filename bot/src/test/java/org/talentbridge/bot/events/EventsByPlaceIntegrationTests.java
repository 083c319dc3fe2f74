package org.talentbridge.bot.events;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import org.talentbridge.bot.MutableClock;
import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Conversation;
import org.talentbridge.bot.conversation.IncomingMessage;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Events in Lund" through the real conversation: the message is understood as asking for events,
 * and the place, audience or sector it names narrows the list, in English, Swedish and Danish.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(MutableClock.Config.class)
class EventsByPlaceIntegrationTests {

	@Autowired
	Conversation conversation;

	@Autowired
	Phrases phrases;

	@Autowired
	EventCatalog catalog;

	private Reply say(String text) {
		Response response = this.conversation.handle(IncomingMessage.of(Channel.WEB, "p-" + UUID.randomUUID(), text));
		assertThat(response.replies()).hasSize(1);
		return response.replies().get(0);
	}

	private static java.util.List<String> events(Reply reply) {
		return reply.buttons().stream().map(Reply.Button::value).toList();
	}

	/** Other tests in this context add events of their own; every event listed must fit. */
	private void allListed(Reply reply, java.util.function.Predicate<Event> fits) {
		assertThat(events(reply)).isNotEmpty().allSatisfy(value -> assertThat(
				this.catalog.find(value.substring("/event ".length())).filter(fits)).as(value).isPresent());
	}

	@Test
	void eventsInCopenhagenInDanish() {
		Reply reply = say("hvilke arrangementer er der i København?");
		assertThat(events(reply)).contains("/event hellopenhagen-2027", "/event career-seminar-copenhagen-2027-03");
		allListed(reply, e -> e.city().equals("Copenhagen"));
		assertThat(reply.text()).startsWith(this.phrases.get(Language.DA, "events.list.filtered", "København"));
	}

	@Test
	void eventsInLundInEnglish() {
		Reply reply = say("events in Lund");
		assertThat(events(reply)).contains("/event welcome-reception-lund-2026-12", "/event lifescience-matchmaking-2027-01");
		allListed(reply, e -> e.city().equals("Lund"));
	}

	@Test
	void eventsInMalmoInSwedish() {
		Reply reply = say("evenemang i Malmö");
		assertThat(events(reply)).contains("/event partners-network-malmo-2027-02");
		allListed(reply, e -> e.city().equals("Malmö"));
		assertThat(reply.text()).startsWith(this.phrases.get(Language.SV, "events.list.filtered", "Malmö"));
	}

	@Test
	void theEventsCommandTakesPlacesAudiencesAndSectorsToo() {
		Reply sweden = say("/events Sweden");
		assertThat(events(sweden)).contains("/event welcome-reception-lund-2026-12", "/event lifescience-matchmaking-2027-01",
				"/event partners-network-malmo-2027-02");
		allListed(sweden, e -> e.country().equals("SE"));
		Reply students = say("/events students in Copenhagen");
		assertThat(events(students)).contains("/event hellopenhagen-2027", "/event career-seminar-copenhagen-2027-03");
		allListed(students, e -> e.city().equals("Copenhagen")
				&& (e.audience().contains(Event.Audience.STUDENTS) || e.audience().contains(Event.Audience.EVERYONE)));
		Reply lifeScience = say("/events life science");
		assertThat(events(lifeScience)).contains("/event lifescience-matchmaking-2027-01", "/event career-seminar-copenhagen-2027-03");
		allListed(lifeScience, e -> e.sectors().contains("medtech") || e.sectors().contains("biotech"));
	}

	@Test
	void nothingMatchingSaysSoAndOffersTheFullList() {
		Reply reply = say("are there any events for researchers in Helsingborg?");
		assertThat(reply.text()).isEqualTo(this.phrases.get(Language.EN, "events.none-for", "researchers, Helsingborg"));
		assertThat(events(reply)).containsExactly("/events");
		assertThat(reply.buttons().get(0).label()).isEqualTo(this.phrases.get(Language.EN, "events.all.button"));
	}

}
