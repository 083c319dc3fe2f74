/**
 * The staff console in the browser at /console: login with staff accounts, a dashboard, the human
 * inbox, unanswered questions, events with check-in and posters, announcements, mentorship
 * approvals and the graduate nudges overview. Server-rendered pages (Thymeleaf) with a little
 * JavaScript for live figures.
 */
@NullMarked
@ApplicationModule(displayName = "Console",
		allowedDependencies = { "conversation", "knowledge", "events", "announcements", "nudges", "handoff", "mentorship" })
package org.talentbridge.bot.console;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
