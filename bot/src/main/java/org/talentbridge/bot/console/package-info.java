/**
 * The staff console in the browser at /console: login with staff accounts, a dashboard, the human
 * inbox, unanswered questions, events with check-in and posters, announcements, mentorship
 * approvals, the graduate nudges overview and the moving guide's figures. Server-rendered pages (Thymeleaf) with a little
 * JavaScript for live figures.
 */
@NullMarked
@ApplicationModule(displayName = "Console",
		allowedDependencies = { "conversation", "knowledge", "events", "announcements", "nudges", "handoff", "mentorship", "guide" })
package org.talentbridge.bot.console;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
