package org.talentbridge.bot.console;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.events.Attendee;
import org.talentbridge.bot.events.AttendeeCsv;
import org.talentbridge.bot.events.Event;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleTimeTests {

	static ConsoleTime in(String zone) {
		return new ConsoleTime(new ConsoleProperties("", "", 5, Duration.ofMinutes(15), ZoneId.of(zone)));
	}

	static Event event(LocalDateTime start, LocalDateTime end, String zone) {
		return new Event("e", Map.of(Language.EN, "E"), Map.of(), start, end, ZoneId.of(zone), "Hall", "Lund", "SE", 10,
				start.atZone(ZoneId.of(zone)).toInstant(), Set.of(), Set.of(), Event.Status.OPEN);
	}

	@Test
	void timesReadAsStaffWriteThemInTheProgrammesZone() {
		ConsoleTime time = in("Europe/Copenhagen");
		Instant winter = Instant.parse("2026-12-03T16:30:00Z");
		assertThat(time.dateTime(winter)).isEqualTo("Thu 3 Dec 2026, 17:30");
		assertThat(time.dateTimeZoned(winter)).isEqualTo("Thu 3 Dec 2026, 17:30 CET");
		assertThat(time.dateTimeZoned(Instant.parse("2027-06-03T15:30:00Z"))).isEqualTo("Thu 3 Jun 2027, 17:30 CEST");
		assertThat(time.date(LocalDate.of(2026, 11, 22))).isEqualTo("Sun 22 Nov 2026");
		assertThat(time.zoneLabel()).isEqualTo("Copenhagen time");
		assertThat(time.dateTime((Instant) null)).isEmpty();
	}

	@Test
	void theZoneIsConfigurable() {
		ConsoleTime time = in("Europe/London");
		assertThat(time.dateTime(Instant.parse("2026-12-03T16:30:00Z"))).isEqualTo("Thu 3 Dec 2026, 16:30");
		assertThat(time.zoneLabel()).isEqualTo("London time");
	}

	@Test
	void anEventShowsItsOwnLocalTimeWithTheZoneNamed() {
		ConsoleTime time = in("Europe/Copenhagen");
		Event evening = event(LocalDateTime.parse("2026-12-15T17:00"), LocalDateTime.parse("2026-12-15T19:00"), "Europe/Stockholm");
		assertThat(time.span(evening)).isEqualTo("Tue 15 Dec 2026, 17:00\u201319:00 CET");
		assertThat(time.start(evening)).isEqualTo("Tue 15 Dec 2026, 17:00 CET");
		Event overnight = event(LocalDateTime.parse("2026-12-15T22:00"), LocalDateTime.parse("2026-12-16T02:00"), "Europe/Copenhagen");
		assertThat(time.span(overnight)).isEqualTo("Tue 15 Dec 2026, 22:00 \u2013 Wed 16 Dec 2026, 02:00 CET");
	}

	@Test
	void theCsvKeepsIsoTimesWithTheOffset() {
		Attendee saga = new Attendee("web:1", "Saga", "saga@example.com", Instant.parse("2026-12-03T16:30:00Z"),
				Instant.parse("2027-06-03T15:30:00Z"));
		String csv = AttendeeCsv.of(List.of(saga), List.of(), ZoneId.of("Europe/Copenhagen"));
		assertThat(csv).contains("confirmed,1,Saga,saga@example.com,2026-12-03T17:30:00+01:00,2027-06-03T17:30:00+02:00,web:1");
	}

}
