package org.talentbridge.bot.events;

/**
 * What happened to a signup; also published as an application event for each attempt, which is
 * how the signups are counted for monitoring.
 *
 * @param outcome see {@link Outcome}
 * @param position seat number when confirmed, place in the queue when waitlisted, else 0
 */
public record SignupResult(Outcome outcome, int position) {

	public enum Outcome {

		CONFIRMED, WAITLISTED, ALREADY_CONFIRMED, ALREADY_WAITLISTED, CLOSED, NO_SUCH_EVENT

	}

}
