package org.talentbridge.bot.channel.telegram;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 2,000 (-Dfuzz.messages= for more) random, unicode, markup-laden and over-long messages through the Telegram adapter and the
 * whole bot, answered through the real client against the strict fake Bot API: no failure, and
 * every reply one Telegram would accept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "bot.telegram.poll-timeout-seconds=1", "bot.conversation.flood-limit-per-minute=1000000" })
class TelegramFuzzTests {

	static final int MESSAGES = Integer.getInteger("fuzz.messages", 2_000);

	static final FakeBotApi telegram = FakeBotApi.start();

	@Autowired
	TelegramAdapter adapter;

	@DynamicPropertySource
	static void telegram(DynamicPropertyRegistry registry) {
		telegram.register(registry);
	}

	@AfterAll
	static void stop() {
		telegram.close();
	}

	@Test
	void everyMessageIsAnsweredWithValidTelegramHtml() {
		Random random = new Random(20261122);
		long failuresBefore = this.adapter.failures();
		int sentBefore = telegram.sent.size();
		long started = System.nanoTime();
		for (int i = 0; i < MESSAGES; i++) {
			this.adapter.handle(update(900_000 + i, 7_000_000L + i, fuzz(random)));
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		int replies = telegram.sent.size() - sentBefore;
		System.out.printf("Telegram fuzz: %d messages in %.1f s, %d replies, %d refused by the fake Bot API, %d failures%n",
				MESSAGES, seconds, replies, telegram.refused.size(), this.adapter.failures() - failuresBefore);
		assertThat(this.adapter.failures() - failuresBefore).isZero();
		assertThat(telegram.refused).isEmpty();
		assertThat(replies).isGreaterThanOrEqualTo(MESSAGES);
	}

	static Update update(int id, long userId, String text) {
		Update update = new Update();
		update.setUpdateId(id);
		Message message = new Message();
		message.setMessageId(id);
		message.setDate((int) (System.currentTimeMillis() / 1000));
		Chat chat = new Chat(userId, "private");
		message.setChat(chat);
		message.setFrom(new User(userId, "Fuzz", false));
		message.setText(text);
		update.setMessage(message);
		return update;
	}

	static final List<String> PIECES = List.of("<b>", "</b>", "<i>", "&", "&amp;", "&lt;", "<a href=\"x\">", "</a>",
			"<script>alert(1)</script>", "<tg-spoiler>", "*bold*", "_it_", "`code`", "```", "[link](http://x)", "\\",
			"\"", "'", "/start", "/language", "/article ", "/help@" + FakeBotApi.BOT_USERNAME, "@" + FakeBotApi.BOT_USERNAME,
			"CPR", "personnummer", "Malmö", "København", "Øresund", "skat", "bostadskö", "😀", "👩‍👩‍👧", "\u200D",
			"\u202E", "\u0000", "\t", "\n", "\n\n", "é", "ß", "中文", "العربية", "עברית", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "  ", "?", "!!!");

	static String fuzz(Random random) {
		StringBuilder text = new StringBuilder();
		int kind = random.nextInt(10);
		if (kind == 0) {
			// Over-long: beyond Telegram's 4,096 characters and the bot's own limits.
			while (text.length() < 4_500 + random.nextInt(6_000)) {
				text.append(PIECES.get(random.nextInt(PIECES.size()))).append(' ');
			}
			return text.toString();
		}
		if (kind == 1) {
			// Random code points, surrogates included.
			for (int i = 0, n = 1 + random.nextInt(200); i < n; i++) {
				int cp = random.nextInt(0x2FFFF);
				if (Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF)) {
					text.appendCodePoint(cp);
				}
			}
			return text.isEmpty() ? "x" : text.toString();
		}
		for (int i = 0, n = 1 + random.nextInt(30); i < n; i++) {
			text.append(PIECES.get(random.nextInt(PIECES.size())));
			if (random.nextBoolean()) {
				text.append(' ');
			}
		}
		return text.toString();
	}

}
