/**
 * Graduate nudges: a student tells the bot when and where they graduate, opts in, and gets the
 * options to stay in the region at the right moments, from campaigns curated in
 * {@code knowledge-base/nudges/}. Each nudge is claimed atomically in Redis, so it goes out once
 * with any number of instances and across restarts.
 */
@NullMarked
@ApplicationModule(displayName = "Nudges", allowedDependencies = { "conversation", "knowledge", "events" })
package org.talentbridge.bot.nudges;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
