package org.talentbridge.bot.events.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Giving up a place is told by its words, whatever the classifier made of the message. */
class CancellingWordsTests {

	@ParameterizedTest
	@ValueSource(strings = { "I want to cancel my registration for HELLOpenhagen", "cancel my spot at the mingle",
			"I can't come to the career seminar", "avboka min plats på HELLOpenhagen", "avanmäl mig från minglet",
			"Avanmäla mig", "afmeld mig HELLOpenhagen", "jeg vil afmelde mig HELLOpenhagen",
			"annullér min tilmelding", "kan ikke komme alligevel" })
	void cancelling(String text) {
		assertThat(EventsHandler.CANCELLING.matcher(text).find()).isTrue();
	}

	@Test
	void noPhraseOfSigningUpSoundsLikeCancelling() throws IOException {
		for (String phrase : Files.readAllLines(Path.of("../knowledge-base/intents/signup.txt"))) {
			if (!phrase.startsWith("#") && !phrase.isBlank()) {
				assertThat(EventsHandler.CANCELLING.matcher(phrase).find()).as(phrase).isFalse();
			}
		}
	}

	@Test
	void everyPhraseOfCancellingSoundsLikeIt() throws IOException {
		for (String phrase : Files.readAllLines(Path.of("../knowledge-base/intents/cancel-signup.txt"))) {
			if (!phrase.startsWith("#") && !phrase.isBlank()) {
				assertThat(EventsHandler.CANCELLING.matcher(phrase).find()).as(phrase).isTrue();
			}
		}
	}

}
