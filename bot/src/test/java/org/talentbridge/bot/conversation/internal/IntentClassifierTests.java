package org.talentbridge.bot.conversation.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.talentbridge.bot.conversation.IntentExamples;

import static org.assertj.core.api.Assertions.assertThat;

class IntentClassifierTests {

	static final IntentExamples examples = () -> Map.of(
			"greeting", List.of("hi", "hello", "hey there", "hej", "hejsan", "goddag", "good morning"),
			"thanks", List.of("thanks", "thank you", "tack", "tak", "mange tak", "tack så mycket"),
			"question", List.of("how do I get a cpr number", "where do I pay tax", "hur får jag personnummer",
					"hvordan får jeg et sundhedskort", "what is the pay limit scheme", "can I work as a student",
					"how do I find housing in copenhagen", "hvad koster danskundervisning"));

	@Test
	void tellsGreetingsAndThanksFromQuestions() {
		IntentClassifier classifier = new IntentClassifier(List.of(examples));
		assertThat(classifier.classify("Hej!").intent()).isEqualTo("greeting");
		assertThat(classifier.classify("tak").intent()).isEqualTo("thanks");
		assertThat(classifier.classify("how do I get a cpr number in copenhagen?").intent()).isEqualTo("question");
	}

	@Test
	void emptyTextIsAQuestionWithNoConfidence() {
		IntentClassifier classifier = new IntentClassifier(List.of(examples));
		assertThat(classifier.classify("?!").intent()).isEqualTo("question");
		assertThat(classifier.classify("?!").confidence()).isZero();
	}

	@Test
	void foldsCaseAndAccents() {
		assertThat(IntentClassifier.tokens("Hej, MALMÖ og Ørestad!")).containsExactly("hej", "malmo", "og", "orestad");
	}

}
