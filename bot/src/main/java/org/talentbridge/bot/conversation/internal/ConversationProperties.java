package org.talentbridge.bot.conversation.internal;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param floodLimitPerMinute messages one person may send in a minute before the bot goes quiet
 * @param intentConfidence how sure the intent classifier must be before a message is taken for
 * anything but a question, by intent; "default" for intents not named
 * @param historySize turns kept per person (for a human who takes over later)
 * @param historyTtl how long an idle conversation's history is kept
 */
@ConfigurationProperties("bot.conversation")
record ConversationProperties(@DefaultValue("20") int floodLimitPerMinute,
		Map<String, Double> intentConfidence, @DefaultValue("20") int historySize,
		@DefaultValue("30d") Duration historyTtl) {

	double confidenceFor(String intent) {
		Double specific = this.intentConfidence.get(intent);
		return (specific != null) ? specific : this.intentConfidence.getOrDefault("default", 0.45);
	}

}
