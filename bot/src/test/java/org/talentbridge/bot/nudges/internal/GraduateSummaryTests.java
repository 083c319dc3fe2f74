package org.talentbridge.bot.nudges.internal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.nudges.GraduateProfile;

import static org.assertj.core.api.Assertions.assertThat;

/** The graduate summary names the degree, the date and the country in words, in each language. */
class GraduateSummaryTests {

	final Phrases phrases = new Phrases();

	final GraduateProfile profile = new GraduateProfile("web:g", "Lund University", "master", LocalDate.of(2027, 6, 30),
			"SE", false, null, null, null);

	@Test
	void inEnglish() {
		assertThat(GraduateSummary.describe(this.profile, Language.EN, this.phrases)).isEqualTo("""
				University: Lund University
				Degree: Master's degree
				Graduation: 30 June 2027
				Country of study: Sweden
				EU/EEA, Swiss or Nordic citizen: No""");
	}

	@Test
	void inSwedishAndDanish() {
		assertThat(GraduateSummary.describe(this.profile, Language.SV, this.phrases)).contains("Examen: Masterexamen",
				"Examensdatum: 30 juni 2027", "Studieland: Sverige").doesNotContain("2027-06-30", ": SE");
		GraduateProfile phd = new GraduateProfile("web:h", "DTU", "phd", LocalDate.of(2028, 1, 31), "DK", true, null, null, null);
		assertThat(GraduateSummary.describe(phd, Language.DA, this.phrases)).contains("Uddannelse: Ph.d.-uddannelse",
				"Dimission: 31. januar 2028", "Studieland: Danmark", "statsborger: Ja");
	}

}
