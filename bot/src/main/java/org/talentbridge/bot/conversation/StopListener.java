package org.talentbridge.bot.conversation;

/**
 * Implemented by every feature that sends messages nobody asked for: "/stop" (or "stop", "stopp",
 * "stop venligst" alone) opts the person out of all of them at once.
 */
public interface StopListener {

	void stop(String userId);

}
