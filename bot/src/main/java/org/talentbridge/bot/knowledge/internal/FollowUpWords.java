package org.talentbridge.bot.knowledge.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells a message that only makes sense after the last answer ("and in Malmö?", "is it free?",
 * "og omvendt?") from a complete question, by the words people continue with, from
 * {@code follow-up-words.txt}. All three languages at once: people mix them.
 */
public final class FollowUpWords {

	public static final FollowUpWords INSTANCE = new FollowUpWords(Resources.lines("follow-up-words.txt"));

	/** Longer messages that merely contain "it" or "det" are complete questions. */
	static final int SHORT = 7;

	public enum Kind {

		/** A complete question of its own, as far as its words tell. */
		NONE,
		/** Refers back to the last answer ("is it free?", "hvor længe gælder det?"). */
		DETAIL,
		/** Goes on from the last answer to another place or aspect ("and in Malmö?", "and if I drive?"). */
		ASPECT,
		/** Asks for the other side of the last answer ("and the other way round?"). */
		OTHER_WAY

	}

	private final List<List<String>> starts = new ArrayList<>();

	private final Set<String> refers = new HashSet<>();

	private final List<List<String>> others = new ArrayList<>();

	private final Set<String> asks = new HashSet<>();

	FollowUpWords(List<String> lines) {
		Map<String, List<List<String>>> phrases = new HashMap<>();
		phrases.put("start", this.starts);
		phrases.put("other", this.others);
		for (String line : lines) {
			int colon = line.indexOf(':');
			String kind = line.substring(0, colon).trim().split("\\s+")[0];
			for (String entry : line.substring(colon + 1).split(",")) {
				List<String> words = Synonyms.words(entry);
				if (words.isEmpty()) {
					continue;
				}
				if ("refer".equals(kind)) {
					this.refers.addAll(words);
				}
				else if ("ask".equals(kind)) {
					this.asks.addAll(words);
				}
				else {
					phrases.get(kind).add(words);
				}
			}
		}
	}

	public Kind of(String text) {
		List<String> words = Synonyms.words(text.toLowerCase(Locale.ROOT));
		if (words.isEmpty()) {
			return Kind.NONE;
		}
		for (List<String> other : this.others) {
			if (contains(words, other) && words.size() <= SHORT) {
				return Kind.OTHER_WAY;
			}
		}
		if (words.size() <= SHORT && words.stream().anyMatch(this.refers::contains)) {
			return Kind.DETAIL;
		}
		for (List<String> start : this.starts) {
			if (words.size() >= start.size() && words.subList(0, start.size()).equals(start)) {
				return Kind.ASPECT;
			}
		}
		return Kind.NONE;
	}

	/** Whether a message is short enough that "it" or "det" in it refers back rather than being part of a question. */
	public boolean isShort(String text) {
		return Synonyms.words(text).size() <= SHORT;
	}

	/** Whether a message asks something: a question mark, or a question word first. */
	public boolean asks(String text) {
		if (text.strip().endsWith("?")) {
			return true;
		}
		List<String> words = Synonyms.words(text);
		return !words.isEmpty() && this.asks.contains(words.get(0));
	}

	private static boolean contains(List<String> words, List<String> phrase) {
		for (int i = 0; i + phrase.size() <= words.size(); i++) {
			if (words.subList(i, i + phrase.size()).equals(phrase)) {
				return true;
			}
		}
		return false;
	}

}
