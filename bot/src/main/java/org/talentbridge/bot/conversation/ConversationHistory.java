package org.talentbridge.bot.conversation;

import java.time.Instant;
import java.util.List;

/** The recent turns with a person, for staff who take over a conversation. */
public interface ConversationHistory {

	/** Oldest first, at most the configured history size. */
	List<Line> recent(String userId);

	/**
	 * @param fromPerson true for what the person wrote, false for the bot's replies
	 */
	record Line(Instant at, boolean fromPerson, Language language, String text) {
	}

}
