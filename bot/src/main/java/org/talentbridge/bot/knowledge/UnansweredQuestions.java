package org.talentbridge.bot.knowledge;

import java.time.Instant;
import java.util.List;

import org.talentbridge.bot.conversation.Language;

/** The questions the bot could not answer, for staff: most asked first. */
public interface UnansweredQuestions {

	/**
	 * Keeps the question, masked, with a hash of who asked, and counts an unanswered one for today.
	 * The same person asking the same words again counts once, and one person's questions beyond a
	 * day's share are not kept, so a flood never fills the staff's list.
	 */
	void record(String userId, String text, Language language);

	/** Counts an unanswered question for today without keeping it (an answer to a form, say). */
	default void notRecorded() {
	}

	/** Counts an answered question for today; for the staff dashboard's share answered. */
	void answered();

	List<Entry> mostAsked(int limit);

	/** Staff dealt with it (changed an article, or it needs none): it leaves the list. */
	void handled(String id);

	/** Questions answered and not answered on a day. */
	Day day(java.time.LocalDate date);

	record Day(java.time.LocalDate date, long answered, long unanswered) {

		public long total() {
			return this.answered + this.unanswered;
		}

	}

	/**
	 * @param id stable for the same words, for {@link #handled(String)}
	 * @param text the question as first asked
	 * @param language its language
	 * @param count how often it (or the same words) was asked
	 * @param lastAsked when it was last asked
	 */
	record Entry(String id, String text, Language language, long count, Instant lastAsked) {
	}

}
