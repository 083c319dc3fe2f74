package org.talentbridge.bot.knowledge;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import redis.clients.jedis.JedisPooled;

import org.talentbridge.bot.MutableClock;
import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Conversation;
import org.talentbridge.bot.conversation.IncomingMessage;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Understanding as people talk, through the whole conversation on the real embedded Redis: follow-ups
 * from the topic kept per person, counterparts on the other side, small talk that is never "I don't
 * know", and questions that name a topic even when they ask for help.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(MutableClock.Config.class)
class UnderstandingIntegrationTests {

	@Autowired
	Conversation conversation;

	@Autowired
	Phrases phrases;

	@Autowired
	JedisPooled redis;

	@Autowired
	MutableClock clock;

	private final String user = UUID.randomUUID().toString();

	private Response say(String text) {
		return this.conversation.handle(IncomingMessage.of(Channel.WEB, this.user, text));
	}

	private static String article(Response response) {
		return (response.citation() != null) ? response.citation().articleId() : "unknown";
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			How do I get a CPR number?                          | what about in Sweden?   | se-personnummer
			How do I get a CPR number?                          | and in Malmö?           | se-personnummer
			Hur får jag ett personnummer?                       | och i Danmark?          | dk-cpr-registration
			Hvordan får jeg et CPR-nummer?                      | hvad med i Sverige?     | se-personnummer
			What is SFI?                                        | is it free?             | se-sfi
			Hvad er danskuddannelse?                            | er det gratis?          | dk-danish-lessons
			What is the Establishment Card?                     | who can apply?          | dk-establishment-card
			I live in Malmö and work in Copenhagen, where do I pay tax? | and the other way round? | xb-tax-live-dk-work-se
			Jag bor i Lund och jobbar i Köpenhamn, var betalar jag skatt? | och omvänt?  | xb-tax-live-dk-work-se
			Tell me about the pay limit scheme                  | what salary do I need for it? | dk-pay-limit-scheme
			""")
	void answersAFollowUpWithTheTopicBeforeIt(String first, String second, String expected) {
		say(first);
		assertThat(article(say(second))).as(first + " -> " + second).isEqualTo(expected);
	}

	@Test
	void aCompleteQuestionAfterATopicIsAnsweredOnItsOwn() {
		assertThat(article(say("How do I get a CPR number?"))).isEqualTo("dk-cpr-registration");
		assertThat(article(say("How do I get BankID in Sweden?"))).isEqualTo("se-bankid");
	}

	@Test
	void theTopicIsForgottenAfterHalfAnHourOfSilence() {
		assertThat(article(say("How do I get a CPR number?"))).isEqualTo("dk-cpr-registration");
		this.clock.advance(java.time.Duration.ofMinutes(31));
		assertThat(article(say("what about in Sweden?"))).isEqualTo("unknown");
	}

	@Test
	void theTopicLivesInRedisSoAnyInstanceContinuesIt() {
		say("How do I get a CPR number?");
		assertThat(this.redis.hget("tb:conversation:context:web:" + this.user, "article")).isEqualTo("dk-cpr-registration");
		assertThat(this.redis.ttl("tb:conversation:context:web:" + this.user)).isPositive();
	}

	@Test
	void anAnswerWithACounterpartOffersItFirstAndNoTopicOfTheOtherCountry() {
		Response cpr = say("How do I get a CPR number?");
		List<Reply.Button> buttons = cpr.replies().get(0).buttons();
		assertThat(buttons).isNotEmpty();
		assertThat(buttons.get(0).label()).isEqualTo("The same in Sweden");
		assertThat(buttons.get(0).value()).isEqualTo("/article se-personnummer");
		assertThat(buttons.subList(1, buttons.size())).extracting(Reply.Button::value)
			.noneMatch(value -> value.startsWith("/article se-"));
		Response sv = say("Hur får jag ett personnummer i Sverige?");
		assertThat(sv.replies().get(0).buttons().get(0).label()).isEqualTo("Samma sak i Danmark");
	}

	@ParameterizedTest
	@ValueSource(strings = { "hej", "Hej!", "hejsan", "hallo", "godmorgen", "tak", "tack så mycket", "Tak for hjælpen!",
			"hello", "thanks" })
	void greetingsAndThanksAreNeverIDontKnow(String text) {
		Response response = say(text);
		assertThat(response.citation()).isNull();
		assertThat(response.replies()).extracting(Reply::text)
			.noneMatch(reply -> reply.startsWith(this.phrases.get(response.language(), "knowledge.unknown")));
	}

	@Test
	void aQuestionThatNamesATopicIsAnsweredEvenWhenItAsksForHelp() {
		assertThat(article(say("What can International House Copenhagen help me with?")))
			.isEqualTo("dk-international-house-copenhagen");
		assertThat(article(say("Can you help me get a personnummer in Sweden?"))).isEqualTo("se-personnummer");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			I live in Malmö and work in Copenhagen, where do I pay tax?     | xb-tax-live-se-work-dk
			I live in Copenhagen and work in Malmö, where do I pay tax?     | xb-tax-live-dk-work-se
			Jeg bor i København og arbejder i Malmø, hvor betaler jeg skat? | xb-tax-live-dk-work-se
			Jag bor i Malmö och jobbar i Köpenhamn, var skattar jag?        | xb-tax-live-se-work-dk
			""")
	void whereSomeoneLivesAndWorksPicksTheDirectionOfCommuting(String question, String expected) {
		assertThat(article(say(question))).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "what's the weather in Malmö tomorrow?", "best pizza in Copenhagen",
			"hur blir vädret i helgen", "opskrift på æblekage", "asdfgh qwerty" })
	void declinesWhatTheKnowledgeBaseDoesNotCover(String text) {
		assertThat(article(say(text))).isEqualTo("unknown");
	}

}
