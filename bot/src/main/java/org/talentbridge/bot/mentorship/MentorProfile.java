package org.talentbridge.bot.mentorship;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A professional offering to mentor, as they registered, with their consent.
 *
 * @param userId channel-scoped id ("telegram:123"); never shown to the other side
 * @param name the name they gave
 * @param sector their sector
 * @param expertise what they can help with
 * @param languages language codes they mentor in: en, sv, da, other
 * @param city where they live or work
 * @param side which side of the Öresund
 * @param capacity how many mentees at once, 1 to {@link #MAX_CAPACITY}
 * @param contact contact details they agreed to share with their mentees once both accept, or null
 * @param registeredAt when they agreed to have this stored
 */
public record MentorProfile(String userId, String name, Sector sector, String expertise, Set<String> languages,
		String city, Side side, int capacity, @Nullable String contact, Instant registeredAt) {

	public static final int MAX_CAPACITY = 5;

	public MentorProfile {
		languages = Set.copyOf(languages);
		if (capacity < 1 || capacity > MAX_CAPACITY) {
			throw new IllegalArgumentException("A mentor takes 1 to " + MAX_CAPACITY + " mentees: " + capacity);
		}
	}

}
