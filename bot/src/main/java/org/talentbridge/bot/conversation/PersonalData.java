package org.talentbridge.bot.conversation;

import java.util.List;

/**
 * Implemented by every feature that keeps something about a person, so that {@code /mydata} can
 * show all of it and {@code /forget} can delete all of it.
 */
public interface PersonalData {

	/** Lines describing what is kept about the person, in their language; empty when nothing is. */
	List<String> describe(String userId, Language language);

	/** Deletes everything kept about the person. */
	void forget(String userId);

}
