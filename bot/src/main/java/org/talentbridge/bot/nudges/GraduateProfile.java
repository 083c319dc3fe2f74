package org.talentbridge.bot.nudges;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a student told the bot about their graduation.
 *
 * @param userId channel-scoped id
 * @param university free text
 * @param degree bachelor, master or phd
 * @param graduation expected graduation date
 * @param country of study, DK or SE
 * @param euCitizen EU/EEA or Nordic citizen (no permit needed)
 * @param optedInAt when they agreed to nudges, or null when they did not
 * @param foundJobAt when they said they found a job, or null
 */
public record GraduateProfile(String userId, String university, String degree, LocalDate graduation, String country,
		boolean euCitizen, @Nullable Instant optedInAt, @Nullable Instant foundJobAt) {

	public boolean wantsNudges() {
		return this.optedInAt != null && this.foundJobAt == null;
	}

}
