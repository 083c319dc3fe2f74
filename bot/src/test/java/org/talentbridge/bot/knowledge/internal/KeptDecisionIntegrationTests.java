package org.talentbridge.bot.knowledge.internal;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import redis.clients.jedis.JedisPooled;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision trained at a start is kept in Redis, where the next start with the same content finds it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeptDecisionIntegrationTests {

	@Autowired
	JedisPooled redis;

	@Autowired
	TrainedDecisions kept;

	@Test
	void theTrainedDecisionIsKeptAndRestoresForTheSameContent() {
		Set<String> keys = this.redis.keys(RedisTrainedDecisions.key("*"));
		assertThat(keys).isNotEmpty();
		String fingerprint = keys.iterator().next().substring(RedisTrainedDecisions.key("").length());
		String encoded = this.kept.find(fingerprint).orElseThrow();
		assertThat(encoded).startsWith(AnswerDecision.VERSION + "\n");
		assertThat(this.redis.ttl(RedisTrainedDecisions.key(fingerprint))).isPositive();
		KnowledgeSource.Snapshot snapshot = KnowledgeSource.resolve("").load(LocalDate.now());
		assertThat(AnswerDecision.restore(encoded, snapshot.articles(), snapshot.outOfScope(), new Analyzers()))
			.hasValueSatisfying(decision -> assertThat(decision.threshold()).isBetween(0.0, 1.0));
	}

}
