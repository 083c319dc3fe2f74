package org.talentbridge.bot.channel.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Replies as Telegram HTML: everything escaped, since replies carry plain text (and people's own
 * words), so Telegram never fails with "can't parse entities"; long replies split where a reader
 * would pause.
 */
final class TelegramHtml {

	/** Telegram's limit for one message, in UTF-16 units of the text as shown. */
	static final int MAX_LENGTH = 4096;

	private TelegramHtml() {
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * Splits plain text into parts of at most {@code limit} characters: at paragraph breaks if it
	 * can, else at line breaks, else between words, else anywhere but inside a surrogate pair.
	 */
	static List<String> split(String text, int limit) {
		List<String> parts = new ArrayList<>();
		String rest = text;
		while (rest.length() > limit) {
			int cut = lastBreak(rest, limit, "\n\n");
			if (cut <= 0) {
				cut = lastBreak(rest, limit, "\n");
			}
			if (cut <= 0) {
				cut = lastBreak(rest, limit, " ");
			}
			if (cut <= 0) {
				cut = Character.isHighSurrogate(rest.charAt(limit - 1)) ? limit - 1 : limit;
			}
			String part = rest.substring(0, cut).strip();
			if (!part.isEmpty()) {
				parts.add(part);
			}
			rest = rest.substring(cut).strip();
		}
		if (!rest.isBlank() || parts.isEmpty()) {
			parts.add(rest.strip());
		}
		return parts;
	}

	private static int lastBreak(String text, int limit, String separator) {
		int at = text.lastIndexOf(separator, limit - separator.length());
		return (at > limit / 4) ? at + separator.length() : -1;
	}

}
