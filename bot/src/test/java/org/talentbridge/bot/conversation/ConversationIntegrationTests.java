package org.talentbridge.bot.conversation;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import redis.clients.jedis.JedisPooled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The conversation core against the real embedded Redis: language, routing, flood limit, failures. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "bot.conversation.flood-limit-per-minute=5")
@Import({ ConversationIntegrationTests.FailingHandler.class, ConversationIntegrationTests.ProbeForm.class })
class ConversationIntegrationTests {

	@Autowired
	Conversation conversation;

	@Autowired
	UserProfiles profiles;

	@Autowired
	JedisPooled redis;

	@Autowired
	Phrases phrases;

	private final String user = UUID.randomUUID().toString();

	private Response say(String text) {
		return this.conversation.handle(IncomingMessage.of(Channel.WEB, this.user, text));
	}

	@Test
	void aLoneHejDoesNotFlipTheLanguage() {
		assertThat(say("How do I get a CPR number when I move to Copenhagen?").language()).isEqualTo(Language.EN);
		Response hej = say("hej");
		assertThat(hej.language()).isEqualTo(Language.EN);
		assertThat(hej.citation()).isNull();
		assertThat(say("ok").language()).isEqualTo(Language.EN);
		// The learned language is written with the history, just after the reply.
		await().untilAsserted(() -> assertThat(this.profiles.find("web:" + this.user))
			.hasValueSatisfying(p -> assertThat(p.language()).isEqualTo(Language.EN)));
	}

	@Test
	void aLongerMessageInAnotherLanguageSwitchesUntilAChoiceIsMade() {
		say("How do I get a CPR number when I move to Copenhagen?");
		await().until(() -> this.profiles.find("web:" + this.user).isPresent());
		assertThat(say("Hur får jag ett personnummer när jag flyttar till Lund?").language()).isEqualTo(Language.SV);
		assertThat(say("/language da").language()).isEqualTo(Language.DA);
		assertThat(say("Hur får jag ett personnummer när jag flyttar till Lund?").language()).isEqualTo(Language.DA);
	}

	@Test
	void platformHintIsUsedOnlyWhenNothingElseIsKnown() {
		Response response = this.conversation
			.handle(IncomingMessage.of(Channel.WEB, this.user, "hej").withLanguageHint(Language.SV));
		assertThat(response.language()).isEqualTo(Language.SV);
	}

	@Test
	void greetingAndThanksAreSmallTalk() {
		Response greeting = say("hello");
		assertThat(greeting.citation()).isNull();
		assertThat(greeting.replies().get(0).text()).isEqualTo(this.phrases.get(Language.EN, "smalltalk.greeting"));
		assertThat(greeting.replies().get(0).buttons()).hasSize(3);
		assertThat(say("thanks!").replies().get(0).text()).isEqualTo(this.phrases.get(Language.EN, "smalltalk.thanks"));
	}

	@Test
	void languageCommandOffersButtonsAndRejectsUnknownCodes() {
		Response menu = say("/language");
		assertThat(menu.replies().get(0).buttons()).extracting(Reply.Button::value)
			.containsExactly("/language en", "/language sv", "/language da");
		Response unknown = say("/language klingon");
		assertThat(unknown.replies().get(0).text()).isEqualTo(this.phrases.get(Language.EN, "language.unknown"));
	}

	@Test
	void unknownCommandsGetHelpNotAnError() {
		Response response = say("/frobnicate now");
		assertThat(response.replies().get(0).text()).contains("/frobnicate").contains("/help");
	}

	@Test
	void aFailingFeatureGetsAnApologyNotAStackTrace() {
		Response response = say("/boom");
		assertThat(response.replies()).singleElement()
			.extracting(Reply::text)
			.isEqualTo(this.phrases.get(Language.EN, "error.internal"));
	}

	@Test
	void aFloodGetsOneNoticeThenSilence() {
		for (int i = 0; i < 5; i++) {
			assertThat(say("hello").replies()).hasSize(1);
		}
		assertThat(say("hello").replies()).singleElement()
			.extracting(Reply::text)
			.isEqualTo(this.phrases.get(Language.EN, "flood.notice"));
		assertThat(say("hello").replies()).isEmpty();
		// Someone else is not slowed down.
		assertThat(this.conversation.handle(IncomingMessage.of(Channel.WEB, "other-" + this.user, "hello")).replies())
			.hasSize(1);
	}

	@Test
	void leavingSeeingAndDeletingOnesDataAndHelpPassTheFloodLimit() {
		for (int i = 0; i < 7; i++) {
			say("hello");
		}
		assertThat(say("hello").replies()).isEmpty();
		for (String command : java.util.List.of("/help", "/mydata", "/forget", "/stop")) {
			assertThat(say(command).replies()).as(command).isNotEmpty()
				.noneMatch(reply -> reply.text().equals(this.phrases.get(Language.EN, "flood.notice")));
		}
		assertThat(say("/forget yes").replies()).isNotEmpty();
	}

	@Test
	void controlCharactersAreDroppedAndEmptyTextIsAnswered() {
		assertThat(say("\u0000\u0007  ").replies().get(0).text()).isEqualTo(this.phrases.get(Language.EN, "input.empty"));
	}

	@Test
	void overlongMessagesAreAskedToBeShorter() {
		assertThat(say("word ".repeat(1000)).replies().get(0).text())
			.isEqualTo(this.phrases.get(Language.EN, "input.too-long", 4000));
	}

	@Test
	void keepsRecentTurnsForAPersonWhoTakesOver() {
		say("hello");
		say("How do I get a CPR number when I move to Copenhagen?");
		await().untilAsserted(() -> assertThat(this.redis.lrange("tb:conversation:history:web:" + this.user, 0, -1))
			.hasSize(4)
			.anySatisfy(line -> assertThat(line).contains("|in|en|How do I get a CPR number")));
		assertThat(this.redis.ttl("tb:conversation:history:web:" + this.user)).isPositive();
	}

	@Autowired
	ConversationHistory history;

	@Test
	void anArticlesAnswerIsKeptOnceForEveryoneAndEachHistoryShowsItWithItsButtons() {
		String other = UUID.randomUUID().toString();
		String question = "How do I get a CPR number when I move to Copenhagen?";
		Reply answer = say(question).replies().get(0);
		this.conversation.handle(IncomingMessage.of(Channel.WEB, other, question));

		assertThat(answer.common()).isTrue();
		String body = answer.text().split("\n\n")[1];
		for (String person : List.of(this.user, other)) {
			assertThat(this.redis.lrange("tb:conversation:history:web:" + person, 0, -1)).hasSize(2)
				.noneSatisfy(line -> assertThat(line).contains(body));
			assertThat(this.history.recent("web:" + person)).last()
				.satisfies(line -> assertThat(line.text()).isEqualTo(answer.text()))
				.satisfies(line -> assertThat(line.buttons()).isEqualTo(answer.buttons()));
		}
		Set<String> keys = this.redis.keys("tb:conversation:reply:*");
		assertThat(keys).filteredOn(key -> this.redis.get(key).contains(body))
			.singleElement()
			.satisfies(key -> assertThat(this.redis.ttl(key)).isGreaterThan(this.redis.ttl("tb:conversation:history:web:" + other)));

		keys.forEach(this.redis::del);
		assertThat(this.history.recent("web:" + other)).last()
			.satisfies(line -> assertThat(line.text()).isEqualTo(this.phrases.get(Language.EN, "history.answer-gone")));
	}

	@Test
	void repliesWithPersonalOrChangingTextsStayInTheHistoryOfTheirOwn() {
		say("hello");
		assertThat(this.redis.lrange("tb:conversation:history:web:" + this.user, 0, -1)).hasSize(2)
			.allSatisfy(line -> assertThat(line).doesNotContain("|common|"));
	}

	@Test
	void anOpenFormAndTheTopicOfTheLastAnswerShareTheContextWithoutDisturbingEachOther() {
		String key = "tb:conversation:context:web:" + this.user;
		Response answer = say("How do I get a CPR number when I move to Copenhagen?");
		assertThat(answer.citation()).isNotNull();
		String article = answer.citation().articleId();
		assertThat(this.redis.hget(key, "article")).isEqualTo(article);

		assertThat(say("/probe").replies().get(0).text()).isEqualTo("Which city?");
		assertThat(this.redis.hgetAll(key)).containsEntry("article", article)
			.containsEntry("form", "probe")
			.containsEntry("form.step", "city")
			.containsKeys("form.values", "form.until");

		// An answer with a citation replaces the topic; the form waits and says so.
		Response other = say("How do I get a personnummer when I move to Malmö?");
		assertThat(other.citation()).isNotNull();
		assertThat(other.replies()).hasSize(2);
		assertThat(other.replies().get(1).text()).isEqualTo("Still open: the probe. (Write cancel to leave it.)\n\nWhich city?");
		assertThat(this.redis.hget(key, "article")).isEqualTo(other.citation().articleId());
		assertThat(this.redis.hget(key, "form.step")).isEqualTo("city");

		// Answers keep the topic as it was.
		assertThat(say("Springfield").replies().get(0).text()).isEqualTo("Which side?");
		assertThat(say("Sverige").replies().get(0).text()).isEqualTo("Springfield is on the SE side.");
		assertThat(this.redis.hgetAll(key)).containsEntry("article", other.citation().articleId())
			.doesNotContainKeys("form", "form.step", "form.values", "form.until");
		assertThat(this.redis.ttl(key)).isPositive();
	}

	@Test
	void aCityThatTellsItsSideSettlesBothQuestions() {
		say("/probe");
		assertThat(say("Helsingborg").replies().get(0).text()).isEqualTo("Helsingborg is on the SE side.");
		say("/probe");
		assertThat(say("Frederiksberg").replies().get(0).text()).isEqualTo("Frederiksberg is on the DK side.");
	}

	@Test
	void anOldButtonOfAFormThatIsNotOpenIsExplained() {
		Response old = say("/form probe side DK");
		assertThat(old.replies()).singleElement().extracting(Reply::text).isEqualTo(this.phrases.get(Language.EN, "form.gone"));
		assertThat(this.redis.hget("tb:conversation:context:web:" + this.user, "form")).isNull();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ProbeForm {

		@Bean
		IntentHandler probeHandler(Forms forms) {
			Form probe = Form.builder("probe", (l, a) -> "the probe")
				.field(FormField.text("city", (l, a) -> "Which city?").fills("side", TypedAnswers::countryOfCity).build())
				.field(FormField.choice("side", (l, a) -> "Which side?")
					.choice("DK", (l, a) -> "Denmark")
					.choice("SE", (l, a) -> "Sweden")
					.parser(TypedAnswers::country)
					.build())
				.onComplete((turn, a) -> Response.of(turn.language(),
						Reply.text(a.get("city") + " is on the " + a.get("side") + " side.")));
			return new IntentHandler() {
				@Override
				public Set<String> intents() {
					return Set.of();
				}

				@Override
				public Set<String> commands() {
					return Set.of("/probe");
				}

				@Override
				public java.util.List<Form> forms() {
					return java.util.List.of(probe);
				}

				@Override
				public Response handle(Turn turn) {
					return forms.start(turn, probe, java.util.Map.of(), "");
				}
			};
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FailingHandler {

		@Bean
		IntentHandler boomHandler() {
			return new IntentHandler() {
				@Override
				public Set<String> intents() {
					return Set.of();
				}

				@Override
				public Set<String> commands() {
					return Set.of("/boom");
				}

				@Override
				public Response handle(Turn turn) {
					throw new IllegalStateException("feature failed");
				}
			};
		}

	}

}
