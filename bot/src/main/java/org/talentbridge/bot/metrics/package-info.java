/**
 * Operations: the bot's meters for Prometheus at {@code /actuator/prometheus} (behind
 * {@code METRICS_TOKEN}). Features never see Micrometer: the conversation and the channels report
 * through {@link org.talentbridge.bot.conversation.BotActivity}, signups arrive as
 * {@link org.talentbridge.bot.events.SignupResult} events, and the gauges read the announcements'
 * and nudges' APIs when scraped. Nothing depends on this module.
 */
@NullMarked
@ApplicationModule(displayName = "Metrics", allowedDependencies = { "conversation", "events", "announcements", "nudges" })
package org.talentbridge.bot.metrics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
