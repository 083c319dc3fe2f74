package org.talentbridge.bot.handoff;

import java.util.List;
import java.util.Optional;

/** The inbox, as staff tools see it. */
public interface Handoffs {

	/** Open and answered threads, the ones waiting longest for staff first. */
	List<InboxThread> inbox();

	Optional<InboxThread> find(String id);

	/**
	 * Sends a staff answer to the talent in their channel and records it.
	 * @param signature the name the staff member chose to sign with; blank: signed by the team
	 * @return whether it reached the talent's channel
	 * @throws java.util.NoSuchElementException when there is no such thread
	 * @throws IllegalStateException when the thread is closed
	 */
	boolean answer(String id, String signature, String text);

	void close(String id);

}
