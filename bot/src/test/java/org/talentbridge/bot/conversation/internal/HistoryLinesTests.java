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

		assertThat(raw).startsWith(AT + "|offer|sv|").doesNotContain("VCALENDAR");
		assertThat(line).isEqualTo(new ConversationHistory.Line(Instant.ofEpochMilli(AT), false, Language.SV,
				"Welcome reception | 12 March", List.of(new Reply.Button("Sign me up", "/signup welcome")),
				new ConversationHistory.File("welcome.ics", "/events/welcome.ics")));
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
	}

}
