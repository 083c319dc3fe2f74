package org.talentbridge.bot.channel.telegram;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Phrases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person in Telegram, the real TelegramBots long-polling and client libraries, the whole bot, and
 * an in-process Bot API that refuses anything Telegram would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "bot.telegram.poll-timeout-seconds=1")
class TelegramEndToEndTests {

	static final FakeBotApi telegram = FakeBotApi.start();

	static final Duration WAIT = Duration.ofSeconds(10);

	@Autowired
	Phrases phrases;

	@Autowired
	TelegramConnection polling;

	@Autowired
	RedisUpdateLog updates;

	@Autowired
	io.micrometer.core.instrument.MeterRegistry meters;

	private double deliveries(String kind, String result) {
		return this.meters.get("bot.deliveries").tags("platform", "telegram", "kind", kind, "result", result).counter().count();
	}

	/** The counter moves just after the fake Bot API has the message. */
	private void awaitDeliveries(String kind, String result, double atLeast) throws InterruptedException {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (deliveries(kind, result) < atLeast && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertThat(deliveries(kind, result)).as(kind + " " + result).isGreaterThanOrEqualTo(atLeast);
	}

	@DynamicPropertySource
	static void telegram(DynamicPropertyRegistry registry) {
		telegram.register(registry);
	}

	@AfterAll
	static void stop() {
		telegram.close();
	}

	@Test
	void answersAQuestionInAPrivateChat() throws InterruptedException {
		long user = 5001;
		telegram.userSays(user, "How do I get a CPR number?", "en");
		List<Map<String, Object>> replies = telegram.awaitSent(user, 1, WAIT);
		assertThat(replies).singleElement().satisfies(reply -> {
			assertThat(reply.get("parse_mode").toString()).isEqualToIgnoringCase("HTML");
			assertThat(reply.get("text").toString()).contains("CPR").contains("https://cpr.dk/english/getting-a-cpr-number/");
		});
		assertThat(telegram.refused).isEmpty();
	}

	@Test
	void registersCommandsInThreeLanguagesAndReportsHealth() {
		assertThat(telegram.calls("getMe")).isNotEmpty();
		assertThat(telegram.calls("deleteWebhook")).isNotEmpty();
		assertThat(telegram.calls("setMyCommands")).extracting(c -> c.parameters().get("language_code"))
			.contains(null, "sv", "da");
		assertThat(telegram.calls("setMyCommands").get(0).parameters().get("commands").toString()).contains("start", "help", "ask", "language");
		assertThat(telegram.calls("setMyCommands")).allSatisfy(c -> assertThat(c.parameters().get("commands").toString()).contains("guide"));
		assertThat(telegram.calls("setMyCommands"))
			.anySatisfy(c -> assertThat(c.parameters().get("commands").toString()).contains("Din egen checklista"));
		assertThat(this.polling.health().getStatus().getCode()).isEqualTo("UP");
	}

	@Test
	@SuppressWarnings("unchecked")
	void startGreetsWithButtons() throws InterruptedException {
		long user = 5002;
		telegram.userSays(user, "/start", "da");
		Map<String, Object> reply = telegram.awaitSent(user, 1, WAIT).get(0);
		assertThat(reply.get("text")).isEqualTo(this.phrases.get(Language.DA, "smalltalk.greeting"));
		List<List<Map<String, Object>>> keyboard = (List<List<Map<String, Object>>>) ((Map<String, Object>) reply
			.get("reply_markup")).get("inline_keyboard");
		assertThat(keyboard).hasSize(3);
		assertThat(keyboard.get(0).get(0).get("callback_data")).isEqualTo(this.phrases.get(Language.DA, "smalltalk.example.1"));
		// Longer than Telegram's 64 bytes: the button carries a short key, and pressing it asks the question.
		String longKey = keyboard.get(1).get(0).get("callback_data").toString();
		assertThat(longKey).startsWith("b:");
		telegram.pressButton(user, longKey);
		assertThat(telegram.awaitSent(user, 2, WAIT).get(1).get("text").toString()).contains("skat");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aPosterDeepLinkSignsUpInTwoTapsWithTheCalendarFile() throws InterruptedException {
		long user = 5010;
		telegram.userSays(user, "/start event_hellopenhagen-2027", "da");
		Map<String, Object> offer = telegram.awaitSent(user, 1, WAIT).get(0);
		assertThat(offer.get("text").toString()).contains("HELLOpenhagen velkomstmesse", "Talent");
		List<List<Map<String, Object>>> keyboard = (List<List<Map<String, Object>>>) ((Map<String, Object>) offer
			.get("reply_markup")).get("inline_keyboard");
		assertThat(keyboard.get(0).get(0).get("text")).isEqualTo("Tilmeld mig som Talent");
		telegram.pressButton(user, keyboard.get(0).get(0).get("callback_data").toString(), "da");
		assertThat(telegram.awaitSent(user, 2, WAIT).get(1).get("text").toString()).startsWith("Du er tilmeldt HELLOpenhagen");
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (telegram.calls("sendDocument").stream().noneMatch(c -> String.valueOf(user).equals(c.parameters().get("chat_id")))
				&& System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(telegram.calls("sendDocument")).anySatisfy(call -> {
			assertThat(call.parameters().get("chat_id")).isEqualTo(String.valueOf(user));
			assertThat(call.parameters().get("document")).isEqualTo("attach://hellopenhagen-2027.ics");
			assertThat(call.parameters().get("hellopenhagen-2027.ics")).isEqualTo("file:hellopenhagen-2027.ics");
		});
	}

	@Test
	void anExpiredButtonGetsAPoliteNote() throws InterruptedException {
		long user = 5007;
		telegram.pressButton(user, "b:000000000000000000000000");
		assertThat(telegram.awaitSent(user, 1, WAIT).get(0).get("text"))
			.isEqualTo(this.phrases.get(Language.EN, "telegram.button-expired"));
	}

	@Test
	void aButtonPressIsAnsweredAndHandled() throws InterruptedException {
		long user = 5003;
		telegram.pressButton(user, "/language sv");
		Map<String, Object> reply = telegram.awaitSent(user, 1, WAIT).get(0);
		assertThat(reply.get("text")).isEqualTo(this.phrases.get(Language.SV, "language.set"));
		assertThat(telegram.calls("answerCallbackQuery")).isNotEmpty();
	}

	@Test
	void escapesWhatPeopleWrite() throws InterruptedException {
		long user = 5004;
		telegram.userSays(user, "/x<b>&amp;</i>", "en");
		Map<String, Object> reply = telegram.awaitSent(user, 1, WAIT).get(0);
		assertThat(reply.get("text").toString()).contains("/x&lt;b&gt;&amp;amp;&lt;/i&gt;");
		assertThat(FakeBotApi.visibleText(reply.get("text").toString())).contains("/x<b>&amp;</i>");
		assertThat(telegram.refused).isEmpty();
	}

	@Test
	void inGroupsAnswersOnlyWhenAddressed() throws InterruptedException {
		long group = -100777;
		telegram.groupMessage(group, 6001, "How do I get a CPR number?", null);
		telegram.groupMessage(group, 6001, "@" + FakeBotApi.BOT_USERNAME + " How do I get a CPR number?", null);
		telegram.groupMessage(group, 6001, "and the yellow health card?", FakeBotApi.fromBot());
		List<Map<String, Object>> replies = telegram.awaitSent(group, 2, WAIT);
		Thread.sleep(500);
		assertThat(telegram.sentTo(group)).hasSize(2);
		assertThat(replies.get(0).get("text").toString()).contains("CPR");
	}

	@Test
	void waitsOutTooManyRequests() throws InterruptedException {
		long user = 5005;
		int before = telegram.calls("sendMessage").size();
		double limited = deliveries("reply", "429");
		double sent = deliveries("reply", "sent");
		telegram.throttle(1);
		telegram.userSays(user, "hello", "en");
		assertThat(telegram.awaitSent(user, 1, WAIT)).hasSize(1);
		assertThat(telegram.calls("sendMessage").size() - before).isGreaterThanOrEqualTo(2);
		// Counted: the 429 on the way and the reply that went after it.
		awaitDeliveries("reply", "sent", sent + 1);
		assertThat(deliveries("reply", "429")).isEqualTo(limited + 1);
	}

	@Test
	void remembersWhereItStopped() throws InterruptedException {
		long user = 5006;
		int id = telegram.userSays(user, "thanks", "en");
		telegram.awaitSent(user, 1, WAIT);
		// The update is marked handled just after its reply goes out.
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (this.updates.lastHandled() < id && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertThat(this.updates.lastHandled()).isGreaterThanOrEqualTo(id);
		// A redelivered update (after a crash before Telegram confirmed it) is not answered again.
		assertThat(this.updates.claim(id)).isFalse();
	}

}
