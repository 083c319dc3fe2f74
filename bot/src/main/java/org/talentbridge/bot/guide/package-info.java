/**
 * The personal step-by-step guide for moving to the region: up to four questions (a form of the
 * conversation, pre-filled from what the first message says), then the person's own checklist in
 * three phases, from steps curated in {@code knowledge-base/guide/}, each linking the article that
 * explains it. Progress is kept per person; one reminder after a week, if asked for.
 */
@NullMarked
@ApplicationModule(displayName = "Guide", allowedDependencies = { "conversation", "knowledge" })
package org.talentbridge.bot.guide;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
