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
 * @param permitExpires when the study permit expires, if the graduate told it (asked of non-EU
 * graduates in Sweden, whose post-study permit must be applied for before that day); null otherwise
 * @param optedInAt when they agreed to nudges, or null when they did not
 * @param foundJobAt when they said they found a job, or null
 */
public record GraduateProfile(String userId, String university, String degree, LocalDate graduation, String country,
		boolean euCitizen, @Nullable LocalDate permitExpires, @Nullable Instant optedInAt, @Nullable Instant foundJobAt) {

	public boolean wantsNudges() {
		return this.optedInAt != null && this.foundJobAt == null;
	}

	/** The same profile with tips turned on or off and the found-job mark, the other answers kept. */
	public GraduateProfile with(@Nullable Instant optedInAt, @Nullable Instant foundJobAt) {
		return new GraduateProfile(this.userId, this.university, this.degree, this.graduation, this.country,
				this.euCitizen, this.permitExpires, optedInAt, foundJobAt);
	}

}
