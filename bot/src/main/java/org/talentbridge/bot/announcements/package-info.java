/**
 * Staff announcements to the people who opted in ("/news"): a segment, text per language, a
 * preview, then delivery through a Redis Stream with a consumer group, paced per platform, so a
 * restart resumes where it stopped and nobody gets a message twice.
 */
@NullMarked
@ApplicationModule(displayName = "Announcements", allowedDependencies = { "conversation", "events", "nudges" })
package org.talentbridge.bot.announcements;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
