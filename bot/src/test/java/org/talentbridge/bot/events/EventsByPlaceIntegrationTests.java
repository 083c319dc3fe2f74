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

	private Reply say(String text) {
		Response response = this.conversation.handle(IncomingMessage.of(Channel.WEB, "p-" + UUID.randomUUID(), text));
		assertThat(response.replies()).hasSize(1);
		return response.replies().get(0);
	}

	private static java.util.List<String> events(Reply reply) {
		return reply.buttons().stream().map(Reply.Button::value).toList();
	}

	@Test
	void eventsInCopenhagenInDanish() {
		Reply reply = say("hvilke arrangementer er der i København?");
		assertThat(events(reply)).containsExactlyInAnyOrder("/event hellopenhagen-2027", "/event career-seminar-copenhagen-2027-03");
		assertThat(reply.text()).startsWith(this.phrases.get(Language.DA, "events.list.filtered", "København"));
	}

	@Test
	void eventsInLundInEnglish() {
		Reply reply = say("events in Lund");
		assertThat(events(reply)).containsExactlyInAnyOrder("/event welcome-reception-lund-2026-12",
				"/event lifescience-matchmaking-2027-01");
	}

	@Test
	void eventsInMalmoInSwedish() {
		Reply reply = say("evenemang i Malmö");
		assertThat(events(reply)).containsExactly("/event partners-network-malmo-2027-02");
		assertThat(reply.text()).startsWith(this.phrases.get(Language.SV, "events.list.filtered", "Malmö"));
	}

	@Test
	void theEventsCommandTakesPlacesAudiencesAndSectorsToo() {
		assertThat(events(say("/events Sweden"))).containsExactlyInAnyOrder("/event welcome-reception-lund-2026-12",
				"/event lifescience-matchmaking-2027-01", "/event partners-network-malmo-2027-02");
		assertThat(events(say("/events students in Copenhagen"))).containsExactlyInAnyOrder("/event hellopenhagen-2027",
				"/event career-seminar-copenhagen-2027-03");
		assertThat(events(say("/events life science"))).containsExactlyInAnyOrder("/event lifescience-matchmaking-2027-01",
				"/event career-seminar-copenhagen-2027-03");
	}

	@Test
	void nothingMatchingSaysSoAndOffersTheFullList() {
		Reply reply = say("are there any events for researchers in Helsingborg?");
		assertThat(reply.text()).isEqualTo(this.phrases.get(Language.EN, "events.none-for", "researchers, Helsingborg"));
		assertThat(events(reply)).containsExactly("/events");
		assertThat(reply.buttons().get(0).label()).isEqualTo(this.phrases.get(Language.EN, "events.all.button"));
	}

}
