package org.talentbridge.bot.conversation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words of a message as the statistical models see them: lower case, accents folded (ø as o,
 * æ as a), letters and digits only, so "Hej!" and "hej", "Malmö" and "malmo" are one feature.
 * Every message is split this way by the intent classifier and the answer decision, so text in
 * the Latin scripts takes a table made once from the exact rule; other text takes the rule itself.
 */
public final class FoldedWords {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	/** Characters below this (Basic Latin to Latin Extended-B) fold through {@link #TABLE}. */
	static final char TABLE_END = 0x250;

	/** Each such character folded on its own by {@link #exactFold}: its folding takes no context. */
	private static final String[] TABLE = new String[TABLE_END];

	static {
		for (char c = 0; c < TABLE_END; c++) {
			TABLE[c] = exactFold(String.valueOf(c));
		}
	}

	private FoldedWords() {
	}

	/** The last text split on each thread: the intent classifier and the answer decision split the same message. */
	private static final ThreadLocal<Split> LAST = new ThreadLocal<>();

	private record Split(String text, List<String> words) {
	}

	/** The folded words, in order, repeats kept; the list cannot be changed. */
	public static List<String> of(String text) {
		Split last = LAST.get();
		if (last != null && last.text().equals(text)) {
			return last.words();
		}
		List<String> words = java.util.Collections.unmodifiableList(split(text));
		LAST.set(new Split(text, words));
		return words;
	}

	private static List<String> split(String text) {
		List<String> words = new ArrayList<>();
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= TABLE_END) {
				for (String word : NOT_WORD.split(exactFold(text))) {
					if (!word.isEmpty()) {
						words.add(word);
					}
				}
				return words;
			}
		}
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			String folded = TABLE[text.charAt(i)];
			for (int j = 0; j < folded.length(); j++) {
				char c = folded.charAt(j);
				if (isWordChar(c)) {
					word.append(c);
				}
				else if (!word.isEmpty()) {
					words.add(word.toString());
					word.setLength(0);
				}
			}
		}
		if (!word.isEmpty()) {
			words.add(word.toString());
		}
		return words;
	}

	/** The rule itself: lower case, decomposed, marks dropped, ø and æ as o and a. */
	static String exactFold(String text) {
		return MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD))
			.replaceAll("")
			.replace('ø', 'o')
			.replace('æ', 'a');
	}

	/** What {@code [\p{L}\p{N}]} matches. */
	private static boolean isWordChar(char c) {
		if (c < 0x80) {
			return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
		}
		if (Character.isLetter(c)) {
			return true;
		}
		int type = Character.getType(c);
		return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
				|| type == Character.OTHER_NUMBER;
	}

}
