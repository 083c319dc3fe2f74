package org.talentbridge.bot.events.internal;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import org.talentbridge.bot.MutableClock;
import org.talentbridge.bot.conversation.Language;

import static org.assertj.core.api.Assertions.assertThat;

/** The name kept for event lists shows the day of the consent as a date in the person's language. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(MutableClock.Config.class)
class EventsPersonalDataTests {

	@Autowired
	RedisPeople people;

	@Autowired
	EventsPersonalData data;

	@Autowired
	MutableClock clock;

	@Test
	void theConsentDayReadsAsADate() {
		// 23:30 UTC on 30 November is already 1 December in Copenhagen.
		this.clock.set(java.time.Instant.parse("2026-11-30T23:30:00Z"));
		String user = "web:e-" + UUID.randomUUID();
		try {
			this.people.consented(user, "Anna Berg", "anna@example.org");
		}
		finally {
			this.clock.set(MutableClock.START);
		}
		assertThat(this.data.describe(user, Language.EN))
			.containsExactly("- Your name for event lists: Anna Berg, anna@example.org, agreed on 1 December 2026");
		assertThat(this.data.describe(user, Language.SV).get(0)).endsWith("godkänt 1 december 2026");
		assertThat(this.data.describe(user, Language.DA).get(0)).endsWith("godkendt 1. december 2026");
	}

}
