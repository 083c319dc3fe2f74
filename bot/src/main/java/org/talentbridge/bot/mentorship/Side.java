package org.talentbridge.bot.mentorship;

import java.util.Optional;

import org.talentbridge.bot.conversation.TypedAnswers;

/** Which side of the Öresund a person lives on. */
public enum Side {

	DK, SE;

	/** Reads "DK", "Denmark", "Danmark", "SE", "Sweden", "Sverige", "the Swedish side" and the like. */
	public static Optional<Side> parse(String text) {
		return TypedAnswers.country(text).map(Side::valueOf);
	}

}
