package org.talentbridge.bot.mentorship;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A talent looking for a mentor, as they registered, with their consent.
 *
 * @param userId channel-scoped id ("telegram:123"); never shown to the other side
 * @param name the name they gave
 * @param sector the sector they work or want to work in
 * @param field their field, such as "medical devices" or "data science"
 * @param goals what they hope to get from a mentor
 * @param languages language codes they can be mentored in: en, sv, da, other
 * @param city where they live
 * @param side which side of the Öresund
 * @param contact contact details they agreed to share with their mentor once both accept (e-mail,
 * LinkedIn), or null
 * @param registeredAt when they agreed to have this stored
 */
public record MenteeProfile(String userId, String name, Sector sector, String field, String goals,
		Set<String> languages, String city, Side side, @Nullable String contact, Instant registeredAt) {

	public MenteeProfile {
		languages = Set.copyOf(languages);
	}

}
