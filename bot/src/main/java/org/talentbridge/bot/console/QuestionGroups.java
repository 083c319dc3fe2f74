package org.talentbridge.bot.console;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.knowledge.UnansweredQuestions.Entry;

/**
 * Groups unanswered questions that share most of their words (Jaccard similarity of their longer
 * words), per language, so "tax on my bike" and "do I pay tax on a bike" land together.
 */
final class QuestionGroups {

	static final double SIMILAR = 0.5;

	private QuestionGroups() {
	}

	record Group(Language language, List<Entry> questions) {

		public long count() {
			return this.questions.stream().mapToLong(Entry::count).sum();
		}

		public Entry first() {
			return this.questions.get(0);
		}

	}

	static List<Group> of(List<Entry> entries) {
		List<Group> groups = new ArrayList<>();
		List<Set<String>> words = new ArrayList<>();
		for (Entry entry : entries) {
			Set<String> mine = words(entry.text());
			int home = -1;
			for (int i = 0; i < groups.size(); i++) {
				if (groups.get(i).language() == entry.language() && similarity(words.get(i), mine) >= SIMILAR) {
					home = i;
					break;
				}
			}
			if (home < 0) {
				groups.add(new Group(entry.language(), new ArrayList<>(List.of(entry))));
				words.add(new HashSet<>(mine));
			}
			else {
				groups.get(home).questions().add(entry);
				words.get(home).addAll(mine);
			}
		}
		groups.sort((a, b) -> Long.compare(b.count(), a.count()));
		return groups;
	}

	static Set<String> words(String text) {
		String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		Set<String> words = new HashSet<>();
		for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
			if (word.length() >= 4) {
				words.add(word.length() > 6 ? word.substring(0, 6) : word);
			}
		}
		return words;
	}

	static double similarity(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		Set<String> both = new HashSet<>(a);
		both.retainAll(b);
		Set<String> either = new HashSet<>(a);
		either.addAll(b);
		return (double) both.size() / either.size();
	}

}
