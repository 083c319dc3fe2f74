package org.talentbridge.bot.knowledge;

import java.time.Instant;
import java.util.List;

import org.talentbridge.bot.conversation.Language;

/** The questions the bot could not answer, for staff: most asked first. */
public interface UnansweredQuestions {

	void record(String text, Language language);

	List<Entry> mostAsked(int limit);

	/**
	 * @param text the question as first asked
	 * @param language its language
	 * @param count how often it (or the same words) was asked
	 * @param lastAsked when it was last asked
	 */
	record Entry(String text, Language language, long count, Instant lastAsked) {
	}

}
