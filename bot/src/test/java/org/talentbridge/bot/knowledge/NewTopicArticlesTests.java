package org.talentbridge.bot.knowledge;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.talentbridge.bot.conversation.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The articles that filled the gaps newcomers asked about (family permits, daycare, health care,
 * driving licences, pensions, ...) each answer a typical question in every language. The questions
 * are worded differently from the articles' own example questions, so a pass means the search
 * generalises rather than recognises a copy.
 */
class NewTopicArticlesTests {

	@ParameterizedTest(name = "{1} {0}: {2}")
	@CsvSource(delimiter = '|', value = {
			"dk-family-reunification          | EN | my husband wants to come to Denmark with me, I have a job there, what permit does he apply for?",
			"dk-family-reunification          | SV | min fru vill följa med när jag börjar jobba i Danmark, vilket tillstånd söker hon?",
			"dk-family-reunification          | DA | min mand vil flytte med mig til Danmark, hvilken opholdstilladelse kan han få som medfølgende?",
			"se-family-reunification          | EN | can my wife and kids get permits to live with me in Sweden while I work there?",
			"se-family-reunification          | SV | kan min man och barnen få uppehållstillstånd när jag jobbar i Sverige?",
			"se-family-reunification          | DA | kan min kone og børnene få opholdstilladelse i Sverige, mens jeg arbejder der?",
			"dk-daycare-and-school            | EN | how do we find a nursery for our baby in Copenhagen?",
			"dk-daycare-and-school            | SV | hur får vi en plats i vuggestue eller dagpleje till vår bebis i Köpenhamn?",
			"dk-daycare-and-school            | DA | hvordan får vi plads i vuggestue til vores baby i København?",
			"se-preschool-and-school          | EN | how do I get a preschool place for my daughter in Lund?",
			"se-preschool-and-school          | SV | hur söker jag plats på förskola till min dotter i Lund?",
			"se-preschool-and-school          | DA | hvordan søger jeg förskola til min datter i Lund?",
			"se-health-care                   | EN | how do I choose a vårdcentral after getting my personnummer?",
			"se-health-care                   | SV | vilken vårdcentral ska jag välja när jag fått personnummer?",
			"se-health-care                   | DA | hvordan vælger jeg vårdcentral, når jeg har fået personnummer?",
			"dk-doctor-change-and-1813        | EN | who do I call when my GP is closed at the weekend in Copenhagen?",
			"dk-doctor-change-and-1813        | SV | vem ringer man när husläkaren har stängt på helgen i Köpenhamn?",
			"dk-doctor-change-and-1813        | DA | hvem ringer jeg til, når min læge har lukket i weekenden i København?",
			"se-bank-account-and-swish        | EN | which papers does a Swedish bank want before it opens an account for me?",
			"se-bank-account-and-swish        | SV | vilka papper vill en svensk bank ha för att öppna ett konto åt mig?",
			"se-bank-account-and-swish        | DA | hvilke papirer vil en svensk bank have, før den åbner en konto til mig?",
			"se-income-tax-return             | EN | how do I approve my Swedish income tax return and by when?",
			"se-income-tax-return             | SV | hur godkänner jag min inkomstdeklaration och när måste den vara klar?",
			"se-income-tax-return             | DA | hvordan godkender jeg min svenske inkomstdeklaration, og hvornår er fristen?",
			"dk-partner-job-search            | EN | can the jobcentre help me find work if I live on my partner's income in Denmark?",
			"dk-partner-job-search            | SV | kan jobcentret i Danmark hjälpa mig hitta jobb fast jag inte får någon ersättning?",
			"dk-partner-job-search            | DA | kan jobcentret hjælpe mig med at finde arbejde, selv om jeg er selvforsørgende?",
			"se-partner-job-search            | EN | I'm on a family permit in Sweden, how do I sign up as a job seeker at Arbetsförmedlingen?",
			"se-partner-job-search            | SV | jag har familjetillstånd, hur blir jag inskriven som arbetssökande hos Arbetsförmedlingen?",
			"se-partner-job-search            | DA | jeg har familietilladelse i Sverige, hvordan bliver jeg tilmeldt som jobsøgende hos Arbetsförmedlingen?",
			"xb-unemployment-commuters        | EN | I commute from Malmö to a job in Denmark, which unemployment fund should I be in?",
			"xb-unemployment-commuters        | SV | jag pendlar från Malmö till ett jobb i Danmark, vilken a-kassa ska jag tillhöra?",
			"xb-unemployment-commuters        | DA | hvilken a-kasse skal jeg være medlem af som grænsependler fra Sverige?",
			"dk-driving-licence               | EN | can I swap my Canadian driving licence for a Danish one?",
			"dk-driving-licence               | SV | kan jag byta mitt kanadensiska körkort mot ett danskt?",
			"dk-driving-licence               | DA | kan jeg bytte mit canadiske kørekort til et dansk?",
			"se-driving-licence               | EN | for how long can I drive in Sweden on my Australian licence?",
			"se-driving-licence               | SV | hur länge får jag köra i Sverige på mitt australiska körkort?",
			"se-driving-licence               | DA | hvor længe må jeg køre i Sverige på mit australske kørekort?",
			"dk-start-up-denmark              | EN | how do I get a Danish permit to run my own start-up?",
			"dk-start-up-denmark              | SV | hur får jag tillstånd att driva mitt eget start-up i Danmark?",
			"dk-start-up-denmark              | DA | hvordan får jeg tilladelse til at drive min egen start-up i Danmark?",
			"se-self-employment-permit        | EN | what do I need to get a Swedish permit for running my own company?",
			"se-self-employment-permit        | SV | vilka krav ställer Migrationsverket för uppehållstillstånd för att driva eget företag?",
			"se-self-employment-permit        | DA | hvad kræver det at få tilladelse til at drive egen virksomhed i Sverige?",
			"dk-pension-when-leaving          | EN | I'm leaving Denmark for good, can my pension savings be paid out?",
			"dk-pension-when-leaving          | SV | jag lämnar Danmark för gott, kan mitt pensionssparande betalas ut?",
			"dk-pension-when-leaving          | DA | jeg flytter fra Danmark for altid, kan min pensionsopsparing blive udbetalt?",
			"se-pension-when-leaving          | EN | I'm leaving Sweden, is my Swedish pension lost?",
			"se-pension-when-leaving          | SV | jag flyttar från Sverige, förlorar jag min svenska pension?",
			"se-pension-when-leaving          | DA | jeg flytter fra Sverige, mister jeg så min svenske pension?",
			"xb-child-benefit                 | EN | we live in Sweden and I work in Copenhagen, which country pays the child benefit?",
			"xb-child-benefit                 | SV | vi bor i Sverige och jag jobbar i Köpenhamn, vilket land betalar barnbidraget?",
			"xb-child-benefit                 | DA | vi bor i Sverige, og jeg arbejder i København, hvilket land betaler børnepengene?",
			"dk-recognition-of-qualifications | EN | how can I get my foreign degree assessed for Danish employers?",
			"dk-recognition-of-qualifications | SV | hur får jag min utländska examen bedömd för danska arbetsgivare?",
			"dk-recognition-of-qualifications | DA | hvordan får jeg min udenlandske eksamen vurderet til danske arbejdsgivere?",
			"se-recognition-of-qualifications | EN | how do I get UHR to evaluate my foreign degree?",
			"se-recognition-of-qualifications | SV | hur får jag UHR att bedöma min utländska examen?",
			"se-recognition-of-qualifications | DA | hvordan får jeg UHR til at vurdere min udenlandske eksamen?",
			"xb-non-eu-commuting              | EN | as a non-EU citizen with a Swedish permit, may I take a job in Copenhagen?",
			"xb-non-eu-commuting              | SV | får jag som medborgare utanför EU med svenskt tillstånd ta ett jobb i Köpenhamn?",
			"xb-non-eu-commuting              | DA | må jeg som borger uden for EU med svensk tilladelse tage et job i København?",
			"region-culture-and-leisure       | EN | how do we find clubs and leisure activities for our family as newcomers?",
			"region-culture-and-leisure       | SV | hur hittar vi föreningar och fritidsaktiviteter för familjen som nyinflyttade?",
			"region-culture-and-leisure       | DA | hvordan finder vi foreninger og fritidsaktiviteter til familien som tilflyttere?" })
	void answersATypicalQuestionInEveryLanguage(String expected, Language language, String question) {
		SearchResult result = KnowledgeBaseTests.knowledgeBase.search(question, language);
		assertThat(result.answer()).as(question)
			.hasValueSatisfying(match -> assertThat(match.article().id()).isEqualTo(expected));
	}

}
