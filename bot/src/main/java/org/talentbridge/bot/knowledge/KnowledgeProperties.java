package org.talentbridge.bot.knowledge;

import java.time.Duration;

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
 * @param answerWhileTraining whether the bot is ready before the answer decision of this knowledge
 * base is trained, judging meanwhile with the one trained last on an earlier version (when there is
 * one); off, a start or reload waits for the training
 * @param editsCheck how often each instance looks for staff edits made on another
 * @param retrainAfter how long after the last staff edit the answer decision is trained on the edits
 * (edits apply at once; the decision trained on the files judges meanwhile, with the edits' phrases)
 */
@ConfigurationProperties("bot.knowledge")
public record KnowledgeProperties(@DefaultValue("") String path, @DefaultValue("3") int suggestions,
		@DefaultValue("3") int related, @DefaultValue("true") boolean answerWhileTraining,
		@DefaultValue("500ms") Duration editsCheck, @DefaultValue("30s") Duration retrainAfter) {

	@org.springframework.boot.context.properties.bind.ConstructorBinding
	public KnowledgeProperties {
	}

	public KnowledgeProperties(String path, int suggestions, int related) {
		this(path, suggestions, related, false, Duration.ofMillis(500), Duration.ofSeconds(30));
	}

}
