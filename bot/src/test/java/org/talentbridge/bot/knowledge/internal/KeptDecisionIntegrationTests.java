package org.talentbridge.bot.knowledge.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import redis.clients.jedis.JedisPooled;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.knowledge.Article;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision trained at a start is kept in Redis, where the next start with the same content finds
 * it; a start with changed content answers at once with the one kept last while its own trains.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeptDecisionIntegrationTests {

	@Autowired
	JedisPooled redis;

	@Autowired
	TrainedDecisions kept;

	@Test
	void aChangedKnowledgeBaseIsJudgedAtOnceByTheLatestDecisionUntilItsOwnIsTrained() {
		assertThat(this.kept.latest()).isPresent();
		KnowledgeSource.Snapshot snapshot = KnowledgeSource.resolve("").load(LocalDate.now());
		// One more example question: content no start has trained on, whose training takes seconds.
		List<Article> articles = new ArrayList<>(snapshot.articles());
		Article first = articles.get(0);
		Map<Language, List<String>> questions = new EnumMap<>(first.questions());
		questions.put(Language.EN, Stream.concat(questions.get(Language.EN).stream(),
				Stream.of("Something nobody asked before " + UUID.randomUUID())).toList());
		articles.set(0, new Article(first.id(), first.country(), first.topics(), first.sources(), first.checked(),
				first.validUntil(), questions, first.sections(), first.file(), first.counterpart(), first.commute()));
		int keptBefore = fingerprints().size();

		// As at a start: the training waits until the application is ready.
		Searcher searcher = new Searcher(articles, snapshot.synonyms(), snapshot.outOfScope(), this.kept, true);

		assertThat(searcher.answersAtOnce()).isTrue();
		assertThat(searcher.isTrained()).isFalse();
		assertThat(searcher.decisionFigures()).contains("of an earlier knowledge base");
		String asked = first.questions().get(Language.EN).get(0);
		Searcher.Decided meanwhile = searcher.search(asked, Language.EN, 3);
		assertThat(meanwhile.matches()).isNotEmpty();
		assertThat(meanwhile.matches().get(0).article().id()).isEqualTo(first.id());
		assertThat(meanwhile.answered()).isTrue();

		searcher.startTraining();
		searcher.awaitTrained();
		assertThat(searcher.isTrained()).isTrue();
		assertThat(searcher.decisionFigures()).doesNotContain("earlier");
		assertThat(searcher.search(asked, Language.EN, 3).matches().get(0).article().id()).isEqualTo(first.id());

		// Kept for the next start with this content, which restores it instead of training.
		String fingerprint = Searcher.fingerprint(articles, snapshot.synonyms(), snapshot.outOfScope());
		assertThat(fingerprints()).hasSize(keptBefore + 1).contains(fingerprint);
		assertThat(this.redis.ttl(RedisTrainedDecisions.key(fingerprint))).isPositive();
		String encoded = this.kept.find(fingerprint).orElseThrow();
		assertThat(encoded).startsWith(AnswerDecision.VERSION + "\n").isEqualTo(this.kept.latest().orElseThrow());
		assertThat(AnswerDecision.restore(encoded, articles, snapshot.outOfScope(), new Analyzers()))
			.hasValueSatisfying(decision -> assertThat(decision.threshold()).isBetween(0.0, 1.0));
	}

	@Test
	void theJarCarriesADecisionThisVersionCanRead() {
		KnowledgeSource.Snapshot snapshot = KnowledgeSource.resolve("").load(LocalDate.now());
		if (Boolean.getBoolean("packaged.write")) {
			// mvn -pl bot test -Dtest=KeptDecisionIntegrationTests -Dpackaged.write=true, after a change to the features
			AnswerDecision trained = AnswerDecision.train(snapshot.articles(), snapshot.outOfScope(), new Analyzers(),
					snapshot.synonyms());
			write(Searcher.fingerprint(snapshot.articles(), snapshot.synonyms(), snapshot.outOfScope()) + "\n"
					+ trained.encode());
		}
		String packaged = RedisTrainedDecisions.packaged()
			.orElseThrow(() -> new AssertionError(RedisTrainedDecisions.PACKAGED + " is missing"))
			.encoded();
		assertThat(packaged).as("%s is of another version of the features: write it again (-Dpackaged.write=true)",
				RedisTrainedDecisions.PACKAGED)
			.startsWith(AnswerDecision.VERSION + "\n");
		assertThat(AnswerDecision.restore(packaged, snapshot.articles(), snapshot.outOfScope(), new Analyzers()))
			.hasValueSatisfying(decision -> assertThat(decision.threshold()).isBetween(0.5, 1.0));
	}

	private static void write(String encoded) {
		try {
			Path file = Path.of("src/main/resources").resolve(RedisTrainedDecisions.PACKAGED);
			Files.createDirectories(file.getParent());
			Files.writeString(file, encoded + "\n");
			// Also where this run's class path reads it.
			Path built = Path.of("target/classes").resolve(RedisTrainedDecisions.PACKAGED);
			Files.createDirectories(built.getParent());
			Files.writeString(built, encoded + "\n");
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private Set<String> fingerprints() {
		Set<String> fingerprints = new java.util.TreeSet<>();
		for (String key : this.redis.keys(RedisTrainedDecisions.key("*"))) {
			String fingerprint = key.substring(RedisTrainedDecisions.key("").length());
			if (!"latest".equals(fingerprint)) {
				fingerprints.add(fingerprint);
			}
		}
		return fingerprints;
	}

}
