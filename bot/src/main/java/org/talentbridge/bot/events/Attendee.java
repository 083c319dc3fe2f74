package org.talentbridge.bot.events;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A person on an event's list.
 *
 * @param userId channel-scoped id ("telegram:123")
 * @param name the name they gave
 * @param email optional
 * @param signedUpAt when they signed up
 * @param checkedInAt when staff checked them in at the door, or null
 */
public record Attendee(String userId, String name, @Nullable String email, Instant signedUpAt,
		@Nullable Instant checkedInAt) {

}
