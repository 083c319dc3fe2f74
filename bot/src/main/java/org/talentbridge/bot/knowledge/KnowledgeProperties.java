package org.talentbridge.bot.knowledge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether an answer is good enough is learned from the knowledge base itself (see
 * {@link KnowledgeBase#decisionFigures()}), so nothing here sets a threshold.
 *
 * @param path the knowledge-base folder; blank finds ./knowledge-base or ../knowledge-base, and
 * falls back to the copy packaged in the jar
 * @param suggestions how many close topics to offer when the bot does not know
 * @param related how many related topics to offer under an answer, its counterpart included
 */
@ConfigurationProperties("bot.knowledge")
public record KnowledgeProperties(@DefaultValue("") String path, @DefaultValue("3") int suggestions,
		@DefaultValue("3") int related) {
}
