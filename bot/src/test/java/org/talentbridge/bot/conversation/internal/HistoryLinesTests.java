package org.talentbridge.bot.conversation.internal;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.talentbridge.bot.conversation.ConversationHistory;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Reply;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryLinesTests {

	private static final long AT = 1_795_000_000_000L;

	@Test
	void aReplyWithButtonsAndAFileKeepsThemWithoutTheFilesContent() {
		Reply reply = new Reply("Welcome reception | 12 March", List.of(new Reply.Button("Sign me up", "/signup welcome")),
				new Reply.Attachment("welcome.ics", "text/calendar", "BEGIN:VCALENDAR".getBytes(), "/events/welcome.ics"));

		String raw = ConversationStore.line(AT, Language.SV, ConversationStore.Out.of(reply));
		ConversationHistory.Line line = ConversationStore.parse(raw);

		assertThat(raw).startsWith(AT + "|offers|sv|{").endsWith("\nWelcome reception | 12 March").doesNotContain("VCALENDAR");
		assertThat(line).isEqualTo(new ConversationHistory.Line(Instant.ofEpochMilli(AT), false, Language.SV,
				"Welcome reception | 12 March", List.of(new Reply.Button("Sign me up", "/signup welcome")),
				new ConversationHistory.File("welcome.ics", "/events/welcome.ics")));
	}

	@Test
	void aTextWithLineBreaksBarsAndJsonUnderButtonsIsKeptAsItWas() {
		String text = "{\"text\": \"x\"}\n\na | b \\n \"quoted\" \u00e5\u00e6\u00f8 \uD83D\uDC4D\n";
		Reply reply = new Reply(text, List.of(new Reply.Button("Line\nbreak | \"label\"", "/article a|b")));

		ConversationHistory.Line line = ConversationStore.parse(ConversationStore.line(AT, Language.EN, ConversationStore.Out.of(reply)));

		assertThat(line).isEqualTo(new ConversationHistory.Line(Instant.ofEpochMilli(AT), false, Language.EN, text,
				List.of(new Reply.Button("Line\nbreak | \"label\"", "/article a|b")), null));
	}

	@Test
	void repliesWithButtonsWrittenAllAsJsonAreStillRead() {
		String older = AT + "|offer|da|{\"text\":\"Velkommen\\n\\nhej\",\"buttons\":[{\"label\":\"Tilmeld\",\"value\":\"/signup w\"}],"
				+ "\"file\":{\"fileName\":\"w.ics\",\"link\":\"/events/w.ics\"}}";

		assertThat(ConversationStore.parse(older)).isEqualTo(new ConversationHistory.Line(Instant.ofEpochMilli(AT), false,
				Language.DA, "Velkommen\n\nhej", List.of(new Reply.Button("Tilmeld", "/signup w")),
				new ConversationHistory.File("w.ics", "/events/w.ics")));
	}

	@Test
	void aPlainReplyStaysAPlainLineWithItsBarsAndLineBreaks() {
		String raw = ConversationStore.line(AT, Language.DA, ConversationStore.Out.of(Reply.text("a | b\n\nc")));

		assertThat(raw).isEqualTo(AT + "|out|da|a | b\n\nc");
		assertThat(ConversationStore.parse(raw))
			.isEqualTo(new ConversationHistory.Line(Instant.ofEpochMilli(AT), false, Language.DA, "a | b\n\nc"));
	}

	@Test
	void linesWrittenBeforeButtonsWereKeptAreStillRead() {
		assertThat(ConversationStore.parse(AT + "|in|en|How do I get a CPR number?"))
			.isEqualTo(new ConversationHistory.Line(Instant.ofEpochMilli(AT), true, Language.EN, "How do I get a CPR number?"));
	}

	@Test
	void aLineItCannotReadIsLeftOutNotAnError() {
		assertThat(ConversationStore.parse("garbage")).isNull();
		assertThat(ConversationStore.parse("soon|out|en|text")).isNull();
		assertThat(ConversationStore.parse(AT + "|offer|en|{not json")).isNull();
		assertThat(ConversationStore.parse(AT + "|offers|en|{\"buttons\":[]}")).isNull();
		assertThat(ConversationStore.parse(AT + "|offers|en|{not json\ntext")).isNull();
	}

	@Test
	void aCommonReplyIsNamedByItsDigestAndReadBackFromTheReplies() {
		String text = "Getting a CPR number\n\nBook a time | then bring your passport.";
		ConversationStore.Out out = ConversationStore.Out.of(Reply.common(text, List.of(new Reply.Button("In Sweden?", "/article se-x"))));
		String reply = ConversationStore.offered(out);
		String digest = CommonReplies.digest(reply);

		String raw = ConversationStore.commonLine(AT, Language.EN, digest);

		assertThat(raw).isEqualTo(AT + "|common|en|" + digest);
		assertThat(digest).hasSize(22).doesNotContain("|").doesNotContain("\n");
		assertThat(ConversationStore.digestIn(raw)).isEqualTo(digest);
		assertThat(ConversationStore.parse(raw, java.util.Map.of(digest, reply), language -> "gone"))
			.isEqualTo(new ConversationHistory.Line(Instant.ofEpochMilli(AT), false, Language.EN, text,
					List.of(new Reply.Button("In Sweden?", "/article se-x")), null));
	}

	@Test
	void aLineWhoseCommonReplyIsGoneSaysSoInItsLanguage() {
		String raw = ConversationStore.commonLine(AT, Language.SV, CommonReplies.digest("[]\nPersonnummer"));

		assertThat(ConversationStore.parse(raw, java.util.Map.of(), language -> "gone in " + language.code()))
			.isEqualTo(new ConversationHistory.Line(Instant.ofEpochMilli(AT), false, Language.SV, "gone in sv"));
		assertThat(ConversationStore.digestIn(AT + "|offers|en|{\"buttons\":[]}\ntext")).isNull();
		assertThat(ConversationStore.digestIn(AT + "|in|en|common")).isNull();
	}

	@Test
	void aCommonReplyIsWrittenTheFirstTimeAndAgainAfterAnHourOrAFailedWrite() {
		CommonReplies texts = new CommonReplies();
		String text = new String("{\"buttons\":[]}\nAn article's answer");

		CommonReplies.Named first = texts.name(text, AT);
		assertThat(first.due()).isTrue();
		assertThat(first.digest()).isEqualTo(CommonReplies.digest(text));
		assertThat(texts.name(new String(text), AT + 1000).due()).isFalse();
		assertThat(texts.name(text, AT + CommonReplies.REWRITE_AFTER_MILLIS).due()).isTrue();
		assertThat(texts.name(text, AT + CommonReplies.REWRITE_AFTER_MILLIS + 1).due()).isFalse();
		texts.notWritten(text);
		assertThat(texts.name(text, AT + CommonReplies.REWRITE_AFTER_MILLIS + 2)).isEqualTo(first);
		assertThat(CommonReplies.digest("another")).isNotEqualTo(first.digest());
	}

}
