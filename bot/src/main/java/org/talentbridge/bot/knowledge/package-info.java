/**
 * Answers questions from the curated articles in {@code knowledge-base/}: loads and validates them,
 * indexes them with Lucene (BM25, Swedish, Danish and English analyzers), and says honestly when it
 * does not know, recording the question for staff.
 */
@NullMarked
@ApplicationModule(displayName = "Knowledge", allowedDependencies = "conversation")
package org.talentbridge.bot.knowledge;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
