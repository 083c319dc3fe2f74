package org.talentbridge.bot.knowledge.internal;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VocabularyTests {

	final Vocabulary vocabulary = new Vocabulary(
			Map.of("personnumm", 4, "person", 9, "student", 3, "tillstand", 5, "cpr", 3, "skattekort", 2));

	@Test
	void correctsTyposWithinTheAllowedEdits() {
		assertThat(this.vocabulary.closest("personum")).isEqualTo("personnumm");
		assertThat(this.vocabulary.closest("skattkeort")).isEqualTo("skattekort");
		assertThat(this.vocabulary.closest("studnet")).isEqualTo("student");
	}

	@Test
	void leavesShortAndFarWordsAlone() {
		assertThat(this.vocabulary.closest("cpt")).isNull();
		assertThat(this.vocabulary.closest("weather")).isNull();
		assertThat(this.vocabulary.closest("qersonnumm")).isNull();
	}

	@Test
	void splitsCompoundsIntoKnownParts() {
		assertThat(this.vocabulary.split("studenttillstand")).containsExactly("student", "tillstand");
		assertThat(this.vocabulary.split("studentstillstand")).containsExactly("student", "tillstand");
		assertThat(this.vocabulary.split("pizzatillstand")).isEmpty();
	}

	@Test
	void distanceCountsSwapsAsOneEdit() {
		assertThat(Vocabulary.distance("abcd", "abdc", 5)).isEqualTo(1);
		assertThat(Vocabulary.distance("kitten", "sitting", 5)).isEqualTo(3);
		assertThat(Vocabulary.distance("kitten", "sitting", 2)).isEqualTo(2);
	}

}
