package org.talentbridge.bot.channel.telegram;

import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Response;

import static org.assertj.core.api.Assertions.assertThat;

class TelegramHtmlTests {

	@Test
	void escapesMarkupCharacters() {
		assertThat(TelegramHtml.escape("<b>Tom & Jerry</b> 5 > 3")).isEqualTo("&lt;b&gt;Tom &amp; Jerry&lt;/b&gt; 5 &gt; 3");
		assertThat(FakeBotApi.visibleText(TelegramHtml.escape("a <i>b</i> & &amp;"))).isEqualTo("a <i>b</i> & &amp;");
	}

	@Test
	void splitsAtParagraphsThenLinesThenWords() {
		String paragraph = "word ".repeat(300).strip();
		List<String> parts = TelegramHtml.split(paragraph + "\n\n" + paragraph + "\n\n" + paragraph, 4096);
		assertThat(parts).hasSize(2);
		assertThat(parts).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(4096));
		assertThat(parts.get(0)).endsWith("word").doesNotContain("\n\n\n");
		assertThat(TelegramHtml.split("x".repeat(10_000), 4096)).extracting(String::length).containsExactly(4096, 4096, 1808);
	}

	@Test
	void neverCutsASurrogatePair() {
		String emoji = "😀".repeat(3000);
		List<String> parts = TelegramHtml.split(emoji, 4096);
		assertThat(String.join("", parts)).isEqualTo(emoji);
		assertThat(parts).allSatisfy(p -> assertThat(Character.isLowSurrogate(p.charAt(0))).isFalse());
	}

	@Test
	void shortTextIsOnePart() {
		assertThat(TelegramHtml.split("hej", 4096)).containsExactly("hej");
	}

	@Test
	void longRepliesBecomeSeveralMessagesWithTheButtonsOnTheLast() {
		String text = ("Paragraph with <markup> & more. ".repeat(40) + "\n\n").repeat(10);
		Response response = Response.of(Language.EN, new Reply(text, List.of(new Reply.Button("More", "/help"))));
		List<SendMessage> messages = TelegramAdapter.render(42L, response, UnaryOperator.identity());
		assertThat(messages).hasSizeGreaterThan(2);
		for (SendMessage message : messages) {
			assertThat(FakeBotApi.validate(java.util.Map.of("text", message.getText(), "parse_mode", "HTML"))).isNull();
		}
		assertThat(messages.get(messages.size() - 1).getReplyMarkup()).isInstanceOf(InlineKeyboardMarkup.class);
		assertThat(messages.get(0).getReplyMarkup()).isNull();
	}

}
