package org.talentbridge.bot.conversation;

import java.util.List;

/**
 * One message from the bot, free of any platform's markup: plain text (paragraphs separated by a
 * blank line, bare URLs) and optional buttons. Adapters render it for their platform.
 */
public record Reply(String text, List<Button> buttons) {

	public Reply {
		buttons = List.copyOf(buttons);
	}

	public static Reply text(String text) {
		return new Reply(text, List.of());
	}

	/**
	 * A choice offered to the person.
	 *
	 * @param label what the button shows
	 * @param value what pressing it sends back as the message text (often a command such as
	 * "/article dk-cpr-registration"); at most 64 bytes so it fits Telegram's callback data
	 */
	public record Button(String label, String value) {

	}

}
