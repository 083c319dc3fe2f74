package org.talentbridge.bot.conversation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One message from the bot, free of any platform's markup: plain text (paragraphs separated by a
 * blank line, bare URLs), optional buttons and an optional file. Adapters render it for their
 * platform.
 *
 * @param common the reply, its text and buttons, is the same for everyone who gets it (an
 * article's answer), with nothing of the person in it, so the history keeps it once for all rather
 * than once per person
 */
public record Reply(String text, List<Button> buttons, @Nullable Attachment attachment, boolean common) {

	public Reply {
		buttons = List.copyOf(buttons);
	}

	public Reply(String text, List<Button> buttons, @Nullable Attachment attachment) {
		this(text, buttons, attachment, false);
	}

	public Reply(String text, List<Button> buttons) {
		this(text, buttons, null, false);
	}

	/** A reply that is the same for everyone, see {@code common}. */
	public static Reply common(String text, List<Button> buttons) {
		return new Reply(text, buttons, null, true);
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

	/**
	 * A file sent with the reply, such as an event's calendar entry. Channels that take files send
	 * {@code content}; the others show {@code link}.
	 *
	 * @param fileName for example "welcome-reception.ics"
	 * @param mediaType for example "text/calendar"
	 * @param content the file itself
	 * @param link path on the bot's own web server where the same file can be downloaded, for
	 * example "/events/welcome-reception.ics"
	 */
	public record Attachment(String fileName, String mediaType, byte[] content, String link) {

	}

}
