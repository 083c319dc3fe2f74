/**
 * Mentorship: talents register as mentees and professionals as mentors, by message; the bot proposes
 * matches by sector, language and place; staff approve them (in chat or over the staff API); once
 * both sides accept, each is introduced to the other. Profiles, matches and mentors' seats live in
 * Redis under {@code tb:mentorship:}, every change of a match one atomic step, so a mentor never gets
 * more mentees than they offered.
 */
@NullMarked
@ApplicationModule(displayName = "Mentorship", allowedDependencies = "conversation")
package org.talentbridge.bot.mentorship;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
