package org.talentbridge.bot.mentorship;

import java.time.Instant;

/**
 * A mentor and a mentee the bot put together.
 *
 * @param id a number, as text
 * @param menteeId the mentee's user id
 * @param mentorId the mentor's user id
 * @param score how well they fit: sector 10, same city 4 or same side of the Öresund 2, one per
 * further shared language
 * @param status see {@link Status}
 * @param menteeAccepted whether the mentee said yes after staff approved
 * @param mentorAccepted whether the mentor said yes after staff approved
 * @param proposedAt when the bot proposed it
 */
public record Match(String id, String menteeId, String mentorId, int score, Status status, boolean menteeAccepted,
		boolean mentorAccepted, Instant proposedAt) {

	/**
	 * PROPOSED (waiting for staff) -> APPROVED (waiting for both sides; holds one of the mentor's
	 * seats) -> INTRODUCED once both accepted. Staff may reject a proposal (REJECTED); either side may
	 * decline an approved match (DECLINED); a match whose person deleted their profile is WITHDRAWN.
	 */
	public enum Status {

		PROPOSED, APPROVED, INTRODUCED, REJECTED, DECLINED, WITHDRAWN;

		/** Whether the match still stands or may still go ahead. */
		public boolean open() {
			return this == PROPOSED || this == APPROVED || this == INTRODUCED;
		}

	}

}
