package org.talentbridge.bot.conversation.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import redis.clients.jedis.JedisPooled;

import org.talentbridge.bot.conversation.IntentExamples;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intent model trained at a start is kept in Redis, where the next start with the same phrases
 * takes it instead of training; the jar carries the one of the phrases it packages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeptIntentModelIntegrationTests {

	@Autowired
	JedisPooled redis;

	@Autowired
	TrainedIntents kept;

	@Autowired
	List<IntentExamples> sources;

	@Autowired
	IntentClassifier classifier;

	@Test
	void theNextStartWithTheSamePhrasesTakesTheKeptModel() {
		// A greeting no start has trained on.
		String greeting = "hello hello " + UUID.randomUUID().toString().substring(0, 8);
		List<IntentExamples> changed = new ArrayList<>(this.sources);
		changed.add(() -> Map.of("greeting", List.of(greeting)));
		Counting store = new Counting(this.kept);

		IntentClassifier first = new IntentClassifier(changed, store);
		first.afterSingletonsInstantiated();

		assertThat(store.kept).isEqualTo(1);
		assertThat(first.classify(greeting).intent()).isEqualTo("greeting");
		assertThat(this.redis.ttl(RedisTrainedIntents.key(store.fingerprint))).isPositive();

		// A new process: nothing trained in this one.
		IntentClassifier.forgetTrained();
		IntentClassifier next = new IntentClassifier(changed, store);
		next.afterSingletonsInstantiated();

		assertThat(store.kept).as("taken, not trained again").isEqualTo(1);
		assertThat(store.found).isEqualTo(1);
		assertThat(next.classify(greeting).intent()).isEqualTo("greeting");
		assertThat(next.classify("How do I get a CPR number?").intent()).isEqualTo("question");
	}

	@Test
	void theJarCarriesTheModelOfThePhrasesItPackages() throws Exception {
		if (Boolean.getBoolean("packaged.write")) {
			// mvn -pl bot test -Dtest='KeptDecisionIntegrationTests,KeptIntentModelIntegrationTests' -Dpackaged.write=true
			write(this.classifier.packaged());
		}
		RedisTrainedIntents.Packaged packaged = RedisTrainedIntents.packaged()
			.orElseThrow(() -> new AssertionError(RedisTrainedIntents.PACKAGED + " is missing"));
		String current = this.classifier.fingerprint();
		assertThat(packaged.fingerprint())
			.as("%s is of other phrases (an article's first questions or intents/*.txt changed): write it again with "
					+ "mvn -B -pl bot test -Dtest='KeptDecisionIntegrationTests,KeptIntentModelIntegrationTests' "
					+ "-Dpackaged.write=true", RedisTrainedIntents.PACKAGED)
			.isEqualTo(current);
		opennlp.tools.doccat.DocumentCategorizerME categorizer = new opennlp.tools.doccat.DocumentCategorizerME(
				new opennlp.tools.doccat.DoccatModel(new java.io.ByteArrayInputStream(packaged.model())));
		assertThat(categorizer.getCategory(categorizer.getIndex("greeting"))).isEqualTo("greeting");
		assertThat(categorizer.getBestCategory(categorizer.categorize(IntentClassifier.tokens("tack så mycket"))))
			.isEqualTo("thanks");
	}

	private static void write(String encoded) throws java.io.IOException {
		for (String root : List.of("src/main/resources", "target/classes")) {
			Path file = Path.of(root).resolve(RedisTrainedIntents.PACKAGED);
			Files.createDirectories(file.getParent());
			Files.writeString(file, encoded);
		}
	}

	static final class Counting implements TrainedIntents {

		private final TrainedIntents store;

		int kept;

		int found;

		String fingerprint;

		Counting(TrainedIntents store) {
			this.store = store;
		}

		@Override
		public Optional<byte[]> find(String fingerprint) {
			Optional<byte[]> model = this.store.find(fingerprint);
			this.found += model.isPresent() ? 1 : 0;
			return model;
		}

		@Override
		public void keep(String fingerprint, byte[] model) {
			this.kept++;
			this.fingerprint = fingerprint;
			this.store.keep(fingerprint, model);
		}

	}

}
