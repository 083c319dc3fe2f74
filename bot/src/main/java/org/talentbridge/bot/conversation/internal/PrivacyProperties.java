package org.talentbridge.bot.conversation.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retention how long the bot keeps everything about a person after their last message
 * (DATA_RETENTION; 13 months by default)
 * @param sweepEvery how often people silent longer than that are looked for
 */
@ConfigurationProperties("bot.privacy")
record PrivacyProperties(@DefaultValue("395d") Duration retention, @DefaultValue("1h") Duration sweepEvery) {
}
