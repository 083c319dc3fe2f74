package org.talentbridge.bot.events.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.events.Event;
import org.talentbridge.bot.events.Event.Audience;

import static org.assertj.core.api.Assertions.assertThat;

/** Places, audiences and sectors named in English, Swedish and Danish narrow the event list. */
class EventFilterTests {

	static final Event LUND = event("mingle-lund", "Lund", "SE", Set.of(Audience.EVERYONE), Set.of());

	static final Event MALMO = event("partners-malmo", "Malmö", "SE", Set.of(Audience.PARTNERS), Set.of());

	static final Event COPENHAGEN = event("career-cph", "Copenhagen", "DK", Set.of(Audience.STUDENTS, Audience.GRADUATES),
			Set.of("medtech", "deep tech"));

	static final Event HELSINGOR = event("research-helsingor", "Helsingør", "DK", Set.of(Audience.RESEARCHERS),
			Set.of("biotech"));

	static final List<Event> ALL = List.of(LUND, MALMO, COPENHAGEN, HELSINGOR);

	static Event event(String id, String city, String country, Set<Audience> audience, Set<String> sectors) {
		LocalDateTime start = LocalDateTime.of(2027, 3, 1, 17, 0);
		return new Event(id, Map.of(Language.EN, id), Map.of(), start, start.plusHours(2), ZoneId.of("Europe/Copenhagen"),
				"Hall", city, country, 10, Instant.parse("2027-02-28T12:00:00Z"), audience, sectors, Event.Status.OPEN);
	}

	static List<String> ids(String text, boolean command) {
		return EventFilter.parse(text, ALL, command).apply(ALL).stream().map(Event::id).toList();
	}

	@Test
	void aCityInAnyLanguageAndSpelling() {
		assertThat(ids("hvilke arrangementer er der i København?", false)).containsExactly("career-cph");
		assertThat(ids("evenemang i Köpenhamn", false)).containsExactly("career-cph");
		assertThat(ids("events in Lund", false)).containsExactly("mingle-lund");
		assertThat(ids("evenemang i Malmö", false)).containsExactly("partners-malmo");
		assertThat(ids("arrangementer i Malmø", false)).containsExactly("partners-malmo");
		assertThat(ids("något i Malmös centrum?", false)).containsExactly("partners-malmo");
		assertThat(ids("events in Elsinore", false)).containsExactly("research-helsingor");
	}

	@Test
	void aCountryOrASideOfTheOresund() {
		assertThat(ids("events in Sweden", false)).containsExactly("mingle-lund", "partners-malmo");
		assertThat(ids("arrangementer i Danmark", false)).containsExactly("career-cph", "research-helsingor");
		assertThat(ids("evenemang i Skåne", false)).containsExactly("mingle-lund", "partners-malmo");
		assertThat(ids("DK", true)).containsExactly("career-cph", "research-helsingor");
		// "se" is also a verb ("kan jeg se..."): a country code only as a whole /events argument.
		assertThat(ids("kan jeg se arrangementer", false)).hasSize(4);
	}

	@Test
	void anAudienceIncludesEventsForEveryone() {
		assertThat(ids("events for researchers", false)).containsExactly("mingle-lund", "research-helsingor");
		assertThat(ids("evenemang för forskare", false)).containsExactly("mingle-lund", "research-helsingor");
		assertThat(ids("arrangementer for studerende", false)).containsExactly("mingle-lund", "career-cph");
		assertThat(ids("/events nyutexaminerade", true)).containsExactly("mingle-lund", "career-cph");
		assertThat(ids("partners", true)).containsExactly("mingle-lund", "partners-malmo");
	}

	@Test
	void aSectorByItsTagOrAnotherName() {
		assertThat(ids("medtech", true)).containsExactly("career-cph");
		assertThat(ids("deep tech events", false)).containsExactly("career-cph");
		assertThat(ids("life science events", false)).containsExactly("career-cph", "research-helsingor");
	}

	@Test
	void kindsCombineAndPlacesWiden() {
		assertThat(ids("events for students in Lund", false)).containsExactly("mingle-lund");
		assertThat(ids("events for students in Malmö", false)).isEmpty();
		assertThat(ids("events in Lund or Malmö", false)).containsExactly("mingle-lund", "partners-malmo");
	}

	@Test
	void whatWasAskedIsKeptAsWritten() {
		EventFilter filter = EventFilter.parse("hvilke arrangementer er der for forskere i København?", ALL, false);
		assertThat(filter.asked()).containsExactlyInAnyOrder("forskere", "København");
		assertThat(filter.isEmpty()).isFalse();
		assertThat(filter.apply(ALL)).isEmpty();
	}

	@Test
	void nothingNamedFiltersNothingButAnUnknownCommandArgumentMatchesNothing() {
		assertThat(EventFilter.parse("which events are coming up?", ALL, false).isEmpty()).isTrue();
		assertThat(ids("which events are coming up?", false)).hasSize(4);
		assertThat(ids("events in Greater Copenhagen", false)).hasSize(4);
		assertThat(ids("all", true)).hasSize(4);
		EventFilter knitting = EventFilter.parse("knitting", ALL, true);
		assertThat(knitting.apply(ALL)).isEmpty();
		assertThat(knitting.asked()).containsExactly("knitting");
		assertThat(EventFilter.parse("x".repeat(500), ALL, true).asked().get(0)).hasSize(60).endsWith("…");
	}

}
