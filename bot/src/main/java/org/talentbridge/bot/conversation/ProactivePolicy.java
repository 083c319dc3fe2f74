package org.talentbridge.bot.conversation;

import java.time.Instant;

/**
 * The rules for messages nobody asked for (graduate nudges, announcements; event reminders are
 * exempt): nothing between 20:00 and 09:00 in the person's time zone, and at most one such message
 * every 3 days per person.
 */
public interface ProactivePolicy {

	/** The earliest moment, {@code now} or later, a proactive message may go to the person. */
	Instant nextAllowed(String userId, Instant now);

	/** Records that a proactive message went out, which starts the person's quiet period. */
	void sent(String userId, Instant at);

}
