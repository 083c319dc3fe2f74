package org.talentbridge.bot.guide.internal;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a first message already says, in English, Swedish and Danish; what it does not say stays open. */
class SituationReaderTests {

	@Test
	void whereTheyLiveWorkAndStudy() {
		assertThat(SituationReader.read("I just arrived in Copenhagen, what should I do first?"))
			.containsExactlyEntriesOf(Map.of("live", "DK"));
		assertThat(SituationReader.read("jag har precis flyttat till Lund, vad ska jag göra?"))
			.containsExactlyEntriesOf(Map.of("live", "SE"));
		assertThat(SituationReader.read("vi flytter til København, hvad skal vi huske?"))
			.containsExactlyEntriesOf(Map.of("live", "DK"));
		assertThat(SituationReader.read("I live in Malmö and work in Copenhagen")).containsEntry("live", "SE")
			.containsEntry("work", "DK");
		assertThat(SituationReader.read("Jag bor i Köpenhamn men jobbar i Lund")).containsEntry("live", "DK")
			.containsEntry("work", "SE");
		assertThat(SituationReader.read("Jeg bor i Malmø og arbejder i København")).containsEntry("live", "SE")
			.containsEntry("work", "DK");
		assertThat(SituationReader.read("I moved to Copenhagen for a new job")).containsEntry("live", "DK")
			.containsEntry("work", "DK");
		assertThat(SituationReader.read("I'm starting my master's at Lund University in August"))
			.containsEntry("work", "study-SE");
		assertThat(SituationReader.read("I just moved to Lund to study")).containsEntry("live", "SE")
			.containsEntry("work", "study-SE");
		assertThat(SituationReader.read("jeg skal studere på DTU")).containsEntry("work", "study-DK");
		assertThat(SituationReader.read("I'm moving to Malmö and looking for a job")).containsEntry("live", "SE")
			.containsEntry("work", "looking");
	}

	@Test
	void citizenshipFamilyAndRole() {
		assertThat(SituationReader.read("I'm Indian and moving to Copenhagen")).containsEntry("citizen", "other");
		assertThat(SituationReader.read("Jag är tysk medborgare")).containsEntry("citizen", "eu");
		assertThat(SituationReader.read("jeg er norsk statsborger")).containsEntry("citizen", "nordic");
		assertThat(SituationReader.read("I'm coming on a work permit")).containsEntry("citizen", "other");
		assertThat(SituationReader.read("we're from Brazil")).containsEntry("citizen", "other");
		assertThat(SituationReader.read("I'm an EU citizen")).containsEntry("citizen", "eu");
		assertThat(SituationReader.read("I'm moving with my wife and two kids")).containsEntry("family", "both");
		assertThat(SituationReader.read("vi flyttar med våra barn")).containsEntry("family", "children");
		assertThat(SituationReader.read("jeg flytter alene")).containsEntry("family", "none");
		assertThat(SituationReader.read("I'm a postdoc moving to Lund")).containsEntry("role", "researcher")
			.containsEntry("live", "SE");
		Map<String, String> partner = SituationReader.read("My wife got a job in Copenhagen and we moved to Malmö");
		assertThat(partner).containsEntry("role", "accompanying").containsEntry("live", "SE").containsEntry("family", "partner")
			.doesNotContainKey("work");
	}

	@Test
	void whatIsNotSaidIsNotGuessed() {
		assertThat(SituationReader.read("what should I do first?")).isEmpty();
		assertThat(SituationReader.read("I want to take Danish lessons in Copenhagen")).doesNotContainKey("citizen");
		assertThat(SituationReader.read("we are moving to Denmark")).doesNotContainKey("family");
		assertThat(SituationReader.read("I'm looking forward to moving to Lund")).doesNotContainKey("work");
	}

	@Test
	void whatASpecificQuestionAsksAbout() {
		assertThat(SituationReader.topicWords("I just moved to Copenhagen, how do I get a CPR number?")).containsExactly("cpr",
				"number");
		assertThat(SituationReader.topicWords("Jag har flyttat till Malmö, hur får jag BankID?")).contains("bankid");
		assertThat(SituationReader.topicWords("we just moved to Copenhagen with our kids, where do we start?")).isEmpty();
		assertThat(SituationReader.topicWords("jag har precis flyttat till Lund, vad ska jag göra?")).isEmpty();
		assertThat(SituationReader.topicWords("vi flytter til København i august, hvad skal vi huske?")).isEmpty();
	}

	@Test
	void typedAnswersToEachQuestion() {
		assertThat(SituationReader.live("Malmö")).contains("SE");
		assertThat(SituationReader.live("i Danmark")).contains("DK");
		assertThat(SituationReader.live("not sure yet")).contains("undecided");
		assertThat(SituationReader.live("vet inte")).contains("undecided");
		assertThat(SituationReader.work("Copenhagen")).contains("DK");
		assertThat(SituationReader.work("both")).contains("both");
		assertThat(SituationReader.work("I study at KU")).contains("study-DK");
		assertThat(SituationReader.work("söker jobb")).contains("looking");
		assertThat(SituationReader.citizen("EU")).contains("eu");
		assertThat(SituationReader.citizen("Indian")).contains("other");
		assertThat(SituationReader.citizen("svensk")).contains("nordic");
		assertThat(SituationReader.citizen("USA")).contains("other");
		assertThat(SituationReader.family("just me")).contains("none");
		assertThat(SituationReader.family("min kone og to børn")).contains("both");
		assertThat(SituationReader.family("mina barn")).contains("children");
		assertThat(SituationReader.family("blue")).isEmpty();
	}

}
