package org.talentbridge.bot.nudges;

import java.util.List;
import java.util.Optional;

/** The graduate profiles, for other features and staff tools (segments, the nudges overview). */
public interface Graduates {

	Optional<GraduateProfile> find(String userId);

	List<GraduateProfile> all();

	/** Nudges due from now until {@code until}, soonest first: who gets which when. */
	List<PlannedNudge> planned(java.time.Instant until);

	/** How many nudges are due by {@code now} and not sent yet (for monitoring). */
	long dueBy(java.time.Instant now);

	record PlannedNudge(String userId, String nudgeId, java.time.Instant due) {
	}

}
