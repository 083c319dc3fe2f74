package org.talentbridge.bot.knowledge.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.talentbridge.bot.conversation.Language;

/**
 * The curated concept files, {@code knowledge-base/synonyms/<lang>.txt}: each line a comma-separated
 * group whose first entry is the word the articles use and the rest the ways people say it
 * ("salary, earn, income, pay"). At query time a member also searches for the article's word.
 */
public final class Synonyms {

	public static final Synonyms NONE = new Synonyms(Map.of());

	static final int MAX_PHRASE = 3;

	/** Member phrase (lower-case words joined by one space) to the article's word(s). */
	private final Map<String, List<String>> canonical;

	/** The first words of the members of more than one word: most tokens start none, and need no joining. */
	private final java.util.Set<String> phraseStarts;

	private Synonyms(Map<String, List<String>> canonical) {
		this.canonical = Map.copyOf(canonical);
		this.phraseStarts = canonical.keySet()
			.stream()
			.filter(member -> member.indexOf(' ') > 0)
			.map(member -> member.substring(0, member.indexOf(' ')))
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	/**
	 * @param files per language, the lines of its file; the person's language is not known when the
	 * index is built, so all three are merged and the first file to claim a phrase keeps it
	 * @param where names each file in error messages
	 */
	public static Synonyms parse(Map<Language, List<String>> files, Map<Language, String> where) {
		Map<String, List<String>> canonical = new HashMap<>();
		for (Map.Entry<Language, List<String>> file : files.entrySet()) {
			int lineNumber = 0;
			for (String line : file.getValue()) {
				lineNumber++;
				String trimmed = line.strip();
				if (trimmed.isEmpty() || trimmed.startsWith("#")) {
					continue;
				}
				List<String> group = new ArrayList<>();
				for (String entry : trimmed.split(",")) {
					String words = String.join(" ", words(entry));
					if (words.isEmpty()) {
						throw new ArticleFormatException(where.get(file.getKey()),
								"line " + lineNumber + " has an empty entry");
					}
					if (words.split(" ").length > MAX_PHRASE) {
						throw new ArticleFormatException(where.get(file.getKey()),
								"line " + lineNumber + ": '" + entry.strip() + "' has more than " + MAX_PHRASE + " words");
					}
					group.add(words);
				}
				if (group.size() < 2) {
					throw new ArticleFormatException(where.get(file.getKey()),
							"line " + lineNumber + " needs at least two comma-separated entries");
				}
				List<String> target = List.of(group.get(0).split(" "));
				for (String member : group.subList(1, group.size())) {
					if (!member.equals(group.get(0))) {
						canonical.putIfAbsent(member, target);
					}
				}
			}
		}
		return new Synonyms(canonical);
	}

	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

	/** The article's words for the phrase of {@code length} tokens starting at {@code from}, or null. */
	List<String> at(List<String> tokens, int from, int length) {
		if (from + length > tokens.size() || (length > 1 && !this.phraseStarts.contains(tokens.get(from)))) {
			return null;
		}
		String phrase = (length == 1) ? tokens.get(from) : String.join(" ", tokens.subList(from, from + length));
		return this.canonical.get(phrase);
	}

	/** The concept map as text, in a stable order, for recognising an unchanged knowledge base. */
	String fingerprint() {
		return new java.util.TreeMap<>(this.canonical).toString();
	}

	boolean isEmpty() {
		return this.canonical.isEmpty();
	}

}
