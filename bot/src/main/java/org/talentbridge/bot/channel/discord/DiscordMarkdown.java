package org.talentbridge.bot.channel.discord;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replies as Discord messages: plain text with every Markdown character escaped (people's own
 * words and article text alike), mentions such as {@code @everyone} or {@code <@123>} made inert,
 * bare links left as they are so they stay clickable, and long replies split where a reader would
 * pause, never inside an escape, a link or a surrogate pair.
 */
final class DiscordMarkdown {

	/** Discord's limit for one message's content. */
	static final int MAX_LENGTH = 2000;

	private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

	/** Always escaped: emphasis, strike, code, spoilers, masked links, mentions, emoji and timestamps. */
	private static final String ALWAYS = "\\*_~`|[]<>";

	/** Escaped at the start of a line or after a space, where they would begin a header, quote or list. */
	private static final String LEADING = "#>-+";

	private static final Pattern BROADCAST = Pattern.compile("(?i)@(everyone|here)\\b");

	private DiscordMarkdown() {
	}

	/** The text escaped for Discord, in one piece (may be longer than a message). */
	static String escape(String text) {
		return escaped(text).text();
	}

	/** The text escaped and split into messages of at most {@code limit} characters; never empty. */
	static List<String> render(String text, int limit) {
		Escaped escaped = escaped(text);
		List<String> parts = split(escaped.text(), escaped.boundaries(), limit);
		return parts.isEmpty() ? List.of("\u200B") : parts;
	}

	/** Escaped text, with the positions a split may fall on (between escapes, outside links). */
	record Escaped(String text, BitSet boundaries) {
	}

	static Escaped escaped(String text) {
		StringBuilder out = new StringBuilder(text.length() + 32);
		BitSet boundaries = new BitSet();
		Matcher url = URL.matcher(text);
		int nextUrl = url.find() ? url.start() : -1;
		int i = 0;
		while (i < text.length()) {
			boundaries.set(out.length());
			if (i == nextUrl) {
				String link = trimTrailingPunctuation(url.group());
				nextUrl = url.find() ? url.start() : -1;
				if (link.length() <= MAX_LENGTH / 2 && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
					out.append(link);
					i += link.length();
					if (nextUrl >= 0 && nextUrl < i) {
						nextUrl = url.find(i) ? url.start() : -1;
					}
					continue;
				}
			}
			else if (nextUrl >= 0 && nextUrl < i) {
				nextUrl = url.find(i) ? url.start() : -1;
			}
			int cp = text.codePointAt(i);
			char c = (char) cp;
			boolean leading = i == 0 || Character.isWhitespace(text.charAt(i - 1));
			if (cp < 128 && (ALWAYS.indexOf(c) >= 0 || (leading && LEADING.indexOf(c) >= 0))) {
				out.append('\\').append(c);
			}
			else if (c == '@' && BROADCAST.matcher(text).region(i, text.length()).lookingAt()) {
				out.append("\\@");
			}
			else if (cp < 128 && Character.isDigit(c) && leading && numberedListItem(text, i)) {
				// "1. " at the start of a line would become a list with its own numbering.
				int dot = text.indexOf('.', i);
				out.append(text, i, dot).append("\\.");
				i = dot + 1;
				continue;
			}
			else {
				out.appendCodePoint(cp);
			}
			i += Character.charCount(cp);
		}
		boundaries.set(out.length());
		return new Escaped(out.toString(), boundaries);
	}

	private static boolean numberedListItem(String text, int at) {
		int i = at;
		while (i < text.length() && i - at < 9 && Character.isDigit(text.charAt(i))) {
			i++;
		}
		return i < text.length() - 1 && text.charAt(i) == '.' && text.charAt(i + 1) == ' ';
	}

	private static String trimTrailingPunctuation(String link) {
		int end = link.length();
		while (end > 8 && ".,;:!?)]}'*_~|`".indexOf(link.charAt(end - 1)) >= 0) {
			end--;
		}
		return link.substring(0, end);
	}

	/**
	 * Splits escaped text into parts of at most {@code limit} characters: at paragraph breaks if it
	 * can, else at line breaks, else between words, else at the last position that breaks no escape,
	 * link or surrogate pair. Whitespace around a split is dropped.
	 */
	static List<String> split(String text, BitSet boundaries, int limit) {
		List<String> parts = new ArrayList<>();
		int start = skipWhitespace(text, 0);
		while (text.length() - start > limit) {
			int max = start + limit;
			int cut = lastBreak(text, start, max, "\n\n");
			if (cut < 0) {
				cut = lastBreak(text, start, max, "\n");
			}
			if (cut < 0) {
				cut = lastBreak(text, start, max, " ");
			}
			if (cut < 0) {
				cut = boundaries.previousSetBit(max);
				while (cut > start + 1 && LEADING.indexOf(text.charAt(cut)) >= 0) {
					cut = boundaries.previousSetBit(cut - 1);
				}
				if (cut <= start) {
					// Only a single oversized unit: should not happen, links are kept short enough.
					cut = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
				}
			}
			String part = text.substring(start, cut).strip();
			if (!part.isEmpty()) {
				parts.add(part);
			}
			start = skipWhitespace(text, cut);
		}
		String last = text.substring(start).strip();
		if (!last.isEmpty()) {
			parts.add(last);
		}
		return parts;
	}

	private static int lastBreak(String text, int start, int max, String separator) {
		int at = text.lastIndexOf(separator, max - separator.length());
		return (at > start + (max - start) / 4) ? at + separator.length() : -1;
	}

	private static int skipWhitespace(String text, int from) {
		int i = from;
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return i;
	}

}
