package org.talentbridge.bot.conversation;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates, times, countries, languages and counts as a person reads them, in each language. */
class ReadableTests {

	/** 08:58 UTC is 09:58 in Copenhagen in December. */
	static final Instant MORNING = Instant.parse("2026-12-01T08:58:30.167Z");

	@Test
	void datesAndTimesInCopenhagenPerLanguage() {
		assertThat(Readable.dateTime(MORNING, Language.EN)).isEqualTo("1 December 2026 at 09:58");
		assertThat(Readable.dateTime(MORNING, Language.SV)).isEqualTo("1 december 2026 kl. 09:58");
		assertThat(Readable.dateTime(MORNING, Language.DA)).isEqualTo("1. december 2026 kl. 09.58");
		// Late on 31 December in UTC is already the new year in Copenhagen.
		assertThat(Readable.date(Instant.parse("2026-12-31T23:30:00Z"), Language.EN)).isEqualTo("1 January 2027");
		assertThat(Readable.date(LocalDate.of(2027, 6, 30), Language.DA)).isEqualTo("30. juni 2027");
	}

	@Test
	void countriesByNameInTheReadersLanguage() {
		assertThat(Readable.country("SE", Language.EN)).isEqualTo("Sweden");
		assertThat(Readable.country("se", Language.SV)).isEqualTo("Sverige");
		assertThat(Readable.country("DK", Language.DA)).isEqualTo("Danmark");
		assertThat(Readable.country("DK", Language.SV)).isEqualTo("Danmark");
		assertThat(Readable.country("Atlantis", Language.EN)).isEqualTo("Atlantis");
	}

	@Test
	void languagesByNameInTheReadersLanguage() {
		assertThat(Readable.language(Language.SV, Language.EN)).isEqualTo("Swedish");
		assertThat(Readable.language(Language.DA, Language.SV)).isEqualTo("danska");
		assertThat(Readable.language(Language.EN, Language.DA)).isEqualTo("engelsk");
	}

	@Test
	void countsTakeTheRightForm() {
		Phrases phrases = new Phrases();
		assertThat(phrases.count(Language.EN, "mydata.mentorship-matches", 1)).isEqualTo("- 1 mentorship match you were proposed for");
		assertThat(phrases.count(Language.EN, "mydata.mentorship-matches", 3)).isEqualTo("- 3 mentorship matches you were proposed for");
		assertThat(phrases.count(Language.SV, "mydata.handoff", 1)).startsWith("- 1 fråga ");
		assertThat(phrases.count(Language.SV, "mydata.handoff", 2)).startsWith("- 2 frågor ");
		assertThat(phrases.count(Language.DA, "mydata.history", 1)).startsWith("- Den seneste linje ");
		assertThat(phrases.count(Language.DA, "mydata.history", 20)).startsWith("- De seneste 20 linjer ");
	}

}
