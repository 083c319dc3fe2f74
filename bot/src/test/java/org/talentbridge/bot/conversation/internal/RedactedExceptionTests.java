package org.talentbridge.bot.conversation.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A failed message is logged with where it failed, never with what the person wrote. */
class RedactedExceptionTests {

	@Test
	void keepsTypesAndStackTracesButNoMessages() {
		NumberFormatException cause = new NumberFormatException("For input string: \"my personnummer 19900101-1234\"");
		IllegalStateException thrown = new IllegalStateException("Could not read 'anna@example.org'", cause);
		Throwable logged = DefaultConversation.withoutMessages(thrown);
		assertThat(logged.getMessage()).isEqualTo(IllegalStateException.class.getName());
		assertThat(logged.getStackTrace()).isEqualTo(thrown.getStackTrace());
		assertThat(logged.getCause().getMessage()).isEqualTo(NumberFormatException.class.getName());
		assertThat(logged.getCause().getStackTrace()).isEqualTo(cause.getStackTrace());
		java.io.StringWriter printed = new java.io.StringWriter();
		logged.printStackTrace(new java.io.PrintWriter(printed));
		assertThat(printed.toString()).doesNotContain("19900101", "anna@example.org")
			.contains("IllegalStateException", "NumberFormatException");
	}

}
