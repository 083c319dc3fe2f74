/**
 * Tools for the programme's staff: the REST API under {@code /api/staff/} (bearer token from
 * STAFF_API_TOKEN, documented with OpenAPI) and staff commands in chat. Later staff tools, such as
 * the browser console, build on this API.
 */
@NullMarked
@ApplicationModule(displayName = "Staff",
		allowedDependencies = { "conversation", "events", "knowledge", "announcements", "mentorship" })
package org.talentbridge.bot.staff;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
