package org.talentbridge.bot.knowledge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param path the knowledge-base folder; blank finds ./knowledge-base or ../knowledge-base, and
 * falls back to the copy packaged in the jar
 * @param minConfidence share of a question's weighted words an article must contain to be the answer
 * @param minEvidence summed rarity (IDF) of the matched words; keeps one common word such as "tax"
 * from being an answer on its own
 * @param minEvidenceFullMatch the lower evidence enough when every meaningful word of the question
 * matches the article, as with a single keyword such as "skattekort"
 * @param suggestions how many close topics to offer when the bot does not know
 * @param strongEvidence evidence needed to answer a message the intent classifier took for an
 * out-of-scope question
 */
@ConfigurationProperties("bot.knowledge")
public record KnowledgeProperties(@DefaultValue("") String path, @DefaultValue("0.2") double minConfidence,
		@DefaultValue("3.0") double minEvidence, @DefaultValue("1.5") double minEvidenceFullMatch,
		@DefaultValue("3") int suggestions,
		@DefaultValue("6.0") double strongEvidence) {
}
