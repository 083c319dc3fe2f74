package org.talentbridge.bot.mentorship;

import java.util.Locale;
import java.util.Optional;

/** Which side of the Öresund a person lives on. */
public enum Side {

	DK, SE;

	/** Reads "DK", "Denmark", "Danmark", "SE", "Sweden", "Sverige" and the like. */
	public static Optional<Side> parse(String text) {
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
			case "dk", "denmark", "danmark", "danish side", "danska sidan", "danske side", "den danske side" ->
				Optional.of(DK);
			case "se", "sweden", "sverige", "swedish side", "svenska sidan", "svenske side", "den svenske side" ->
				Optional.of(SE);
			default -> Optional.empty();
		};
	}

}
