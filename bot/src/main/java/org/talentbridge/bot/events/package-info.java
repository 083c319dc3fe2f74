/**
 * Welcome receptions, matchmaking and career events: the catalog (seeded from
 * {@code knowledge-base/events/}, changed by staff), signing up by message with capacity and a
 * first-come waitlist kept atomic in Redis, calendar files, and reminders before the start.
 */
@NullMarked
@ApplicationModule(displayName = "Events", allowedDependencies = { "conversation", "knowledge" })
package org.talentbridge.bot.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
