package org.talentbridge.bot.conversation;

import java.time.LocalDate;
import java.util.Map;

/** Figures for the staff dashboard, counted as messages arrive. */
public interface ConversationStats {

	/** Messages people sent on a day (Copenhagen time). */
	long messagesOn(LocalDate day);

	/** People who ever wrote, per channel (estimated with a HyperLogLog, so no ids are kept). */
	Map<Channel, Long> peopleReached();

}
