package org.talentbridge.bot.mentorship;

import java.util.Locale;
import java.util.Optional;

/** The sectors of the programme, as people choose them when they register. */
public enum Sector {

	MEDTECH("medtech"), BIOTECH("biotech"), FOODTECH("foodtech"), DEEP_TECH("deeptech"), TECH("tech"),
	OTHER("other");

	private final String code;

	Sector(String code) {
		this.code = code;
	}

	/** Lowercase, no spaces: "deeptech"; used in buttons and in Redis. */
	public String code() {
		return this.code;
	}

	/** Reads a code or what people write: "Deep tech", "med-tech", "annat", "andet". */
	public static Optional<Sector> parse(String text) {
		String word = text.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
		for (Sector sector : values()) {
			if (sector.code.equals(word)) {
				return Optional.of(sector);
			}
		}
		return switch (word) {
			case "annat", "andet", "övrigt", "øvrigt", "andra", "andre" -> Optional.of(OTHER);
			case "lifescience", "lifesciences" -> Optional.of(BIOTECH);
			case "it", "software", "ict" -> Optional.of(TECH);
			default -> Optional.empty();
		};
	}

}
