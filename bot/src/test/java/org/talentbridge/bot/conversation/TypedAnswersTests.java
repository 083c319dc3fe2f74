package org.talentbridge.bot.conversation;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TypedAnswersTests {

	@ParameterizedTest
	@ValueSource(strings = { "ja", "Yes", "jo", "OK", "okay", "sure!", "gärna", "Garna", "Ja tack", "ja, gärna", "gerne",
			"  SELVFØLGELIG!!!  ", "Selvfolgelig.", "of   course!!!!!!!!" })
	void yes(String text) {
		assertThat(TypedAnswers.yesOrNo(text)).contains(true);
	}

	@ParameterizedTest
	@ValueSource(strings = { "nej", "No", "nope", "Nej tak.", "no thanks", "NO THANK YOU!!!", "👎" })
	void no(String text) {
		assertThat(TypedAnswers.yesOrNo(text)).contains(false);
	}

	@Test
	void neitherYesNorNo() {
		assertThat(TypedAnswers.yesOrNo("maybe")).isEmpty();
		assertThat(TypedAnswers.yesOrNo("yes I study in Lund")).isEmpty();
		assertThat(TypedAnswers.yesOrNo("selvfølgeligt")).isEmpty();
		assertThat(TypedAnswers.yesOrNo("yes please, and how do I get a CPR number in Copenhagen?")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "June 2027,2027-06-30", "juni 2027,2027-06-30", "Jun 2027,2027-06-30", "2027-06,2027-06-30",
			"06/2027,2027-06-30", "6/2027,2027-06-30", "2027-06-15,2027-06-15", "15 juni 2027,2027-06-15",
			"15/6/2027,2027-06-15", "januari 2028,2028-01-31", "maj 2027,2027-05-31", "okt 2027,2027-10-31",
			"marts 2028,2028-03-31", "'  December 2026. ',2026-12-31" })
	void dates(String text, LocalDate expected) {
		assertThat(TypedAnswers.date(text)).contains(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sometime soon", "2027-13", "32/13/2027", "summer 2027", "ma 2027", "next year" })
	void notDates(String text) {
		assertThat(TypedAnswers.date(text)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "Sweden,SE", "Sverige,SE", "SE,SE", "se,SE", "Denmark,DK", "Danmark,DK", "DK,DK", "'Danmark (DK)',DK",
			"the Swedish side,SE" })
	void countries(String text, String expected) {
		assertThat(TypedAnswers.country(text)).contains(expected);
	}

	@Test
	void dänemarkIsNotOneOfOurLanguages() {
		assertThat(TypedAnswers.country("Dänemark")).isEmpty();
		assertThat(TypedAnswers.country("Norway")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "Malmö,SE", "malmo,SE", "Lund,SE", "Helsingborg,SE", "Copenhagen,DK", "København,DK",
			"Kobenhavn,DK", "Frederiksberg,DK", "Lyngby,DK", "Kongens Lyngby,DK", "'Malmö, Sweden',SE" })
	void citySides(String text, String expected) {
		assertThat(TypedAnswers.countryOfCity(text)).contains(expected);
	}

	@Test
	void unknownCitiesAreAsked() {
		assertThat(TypedAnswers.countryOfCity("Springfield")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "Lund University,SE", "LU,SE", "Malmö University,SE", "Lunds universitet,SE", "KU,DK",
			"University of Copenhagen,DK", "DTU,DK", "CBS,DK", "ITU,DK", "RUC,DK", "IT University of Copenhagen,DK",
			"'Lund University, Faculty of Engineering',SE" })
	void universityCountries(String text, String expected) {
		assertThat(TypedAnswers.countryOfUniversity(text)).contains(expected);
	}

	@Test
	void unknownUniversitiesAreAsked() {
		assertThat(TypedAnswers.countryOfUniversity("KU Leuven")).isEmpty();
		assertThat(TypedAnswers.countryOfUniversity("University of Tartu")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Anna Berg", "Mette Hansen", "Jean-Luc O'Neill", "Zoë", "María José García López" })
	void names(String text) {
		assertThat(TypedAnswers.isName(text, 100)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "how do I get a tax card in Denmark?", "how do I get a tax card in Denmark",
			"hvordan får jeg et skattekort", "hur får jag ett personnummer", "I want to cancel my registration for it",
			"12345", "Anna 2", "www.example.com", "see example.com", "/events", "yes", "nej", "", "   " })
	void notNames(String text) {
		assertThat(TypedAnswers.isName(text, 100)).isFalse();
	}

	@Test
	void questions() {
		assertThat(TypedAnswers.looksLikeQuestion("Is it free?")).isTrue();
		assertThat(TypedAnswers.looksLikeQuestion("hvad koster det")).isTrue();
		assertThat(TypedAnswers.looksLikeQuestion("Lund University")).isFalse();
		assertThat(TypedAnswers.looksLikeQuestion("what")).isFalse();
	}

	@Test
	void labelsAreComparedWithoutCaseAccentsOrPunctuation() {
		assertThat(TypedAnswers.folded("  Hoppa över! ")).isEqualTo(TypedAnswers.folded("hoppa over"));
		assertThat(TypedAnswers.normalized("«Master»")).isEqualTo("master");
	}

}
