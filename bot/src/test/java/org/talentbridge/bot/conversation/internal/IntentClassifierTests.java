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
	void aKeptModelThatCannotBeReadIsTrainedAgain() {
		IntentClassifier.forgetTrained();
		KeptIntentModelIntegrationTests.Counting store = new KeptIntentModelIntegrationTests.Counting(new TrainedIntents() {

			@Override
			public java.util.Optional<byte[]> find(String fingerprint) {
				return java.util.Optional.of("not a model".getBytes(java.nio.charset.StandardCharsets.UTF_8));
			}

			@Override
			public void keep(String fingerprint, byte[] model) {
			}
		});

		IntentClassifier classifier = new IntentClassifier(List.of(examples), store);

		assertThat(classifier.classify("hejsan").intent()).isEqualTo("greeting");
		assertThat(store.kept).as("trained, and kept again").isEqualTo(1);
	}

	@Test
	void withoutRedisTheModelIsTrainedAndTheStartGoesOn() throws Exception {
		IntentClassifier.forgetTrained();
		int closed;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			closed = socket.getLocalPort();
		}
		try (redis.clients.jedis.JedisPooled down = new redis.clients.jedis.JedisPooled("127.0.0.1", closed)) {
			IntentClassifier classifier = new IntentClassifier(List.of(examples), new RedisTrainedIntents(down));

			assertThat(classifier.classify("mange tak").intent()).isEqualTo("thanks");
			assertThat(classifier.classify("where do I pay tax in sweden").intent()).isEqualTo("question");
		}
	}

	@Test
	void foldsCaseAndAccents() {
		assertThat(IntentClassifier.tokens("Hej, MALMÖ og Ørestad!")).containsExactly("hej", "malmo", "og", "orestad");
	}

}
