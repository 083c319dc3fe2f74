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
			case "annat", "andet", "övrigt", "øvrigt", "andra", "andre", "somethingelse" ->
				Optional.of(OTHER);
			case "lifescience", "lifesciences", "biotechnology", "bioteknik", "bioteknologi", "pharma", "pharmaceuticals",
					"läkemedel", "lægemidler", "biotek" ->
				Optional.of(BIOTECH);
			case "medicaltechnology", "medicaldevices", "medicinteknik", "medicoteknik", "medtek", "healthtech" ->
				Optional.of(MEDTECH);
			case "food", "foodtechnology", "livsmedel", "livsmedelsteknik", "fødevarer", "fødevareteknologi", "agritech" ->
				Optional.of(FOODTECH);
			case "quantum", "robotics", "hardware", "deeptechnology" -> Optional.of(DEEP_TECH);
			case "it", "software", "ict", "data", "ai", "technology", "teknik", "teknologi" -> Optional.of(TECH);
			default -> Optional.empty();
		};
	}

}
