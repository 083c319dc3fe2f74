package org.talentbridge.bot.conversation.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.talentbridge.bot.conversation.Language;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageDetectorTests {

	static final LanguageDetector detector = new LanguageDetector();

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"How do I get a CPR number when I move to Copenhagen? | EN",
			"Where do I pay tax if I live in Malmö and work in København? | EN",
			"Hur får jag ett personnummer när jag flyttar till Lund? | SV",
			"vad kostar id-kortet från skatteverket och hur lång tid tar det? | SV",
			"Hvordan får jeg et CPR-nummer og det gule sundhedskort? | DA",
			"Skal jeg betale skat i Danmark, hvis jeg bor i Malmö? | DA",
			"hvad laver copenhagen capacity egentlig? | DA" })
	void recognisesSentences(String text, Language expected) {
		assertThat(detector.detect(text)).contains(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "hej", "ok", "tak", "thanks", "hej hej", "cpr?", "Malmö", "" })
	void givesNoVerdictOnAWordOrTwo(String text) {
		assertThat(detector.detect(text)).isEmpty();
	}

}
