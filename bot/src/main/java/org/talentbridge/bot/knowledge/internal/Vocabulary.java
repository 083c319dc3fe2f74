package org.talentbridge.bot.knowledge.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The known terms of one language, for correcting typos: the closest term by edit distance
 * (insertions, deletions, substitutions and swaps of neighbours), one edit for words of four to
 * seven letters and two for longer ones. The first letter must match, which is where people rarely
 * slip and which keeps the candidates few.
 */
final class Vocabulary {

	private final Map<Character, List<String>> byFirstLetter = new HashMap<>();

	private final Map<String, Integer> frequency;

	Vocabulary(Map<String, Integer> frequency) {
		this.frequency = frequency;
		for (String term : frequency.keySet()) {
			if (!term.isEmpty()) {
				this.byFirstLetter.computeIfAbsent(term.charAt(0), c -> new ArrayList<>()).add(term);
			}
		}
	}

	/**
	 * The closest known term; among equally close ones the longer (people drop letters more often
	 * than they add them: "personumer"), then the most used. Null if none is close enough.
	 */
	String closest(String term) {
		int allowed = allowedEdits(term.length());
		if (allowed == 0) {
			return null;
		}
		String best = null;
		int bestDistance = allowed + 1;
		int bestFrequency = 0;
		int bestLength = 0;
		for (String candidate : this.byFirstLetter.getOrDefault(term.charAt(0), List.of())) {
			if (Math.abs(candidate.length() - term.length()) > allowed || allowedEdits(candidate.length()) == 0) {
				continue;
			}
			int distance = distance(term, candidate, bestDistance);
			int candidateFrequency = this.frequency.get(candidate);
			boolean better = distance < bestDistance || (distance == bestDistance && (candidate.length() > bestLength
					|| (candidate.length() == bestLength && candidateFrequency > bestFrequency)));
			if (better) {
				best = candidate;
				bestDistance = distance;
				bestFrequency = candidateFrequency;
				bestLength = candidate.length();
			}
		}
		return (bestDistance <= allowed) ? best : null;
	}

	/**
	 * Splits an unknown compound into two known terms ("studenttillstand" into "student" and
	 * "tillstand"), allowing a linking s, e or a between them; the longest known first part wins.
	 */
	List<String> split(String term) {
		for (int cut = term.length() - 3; cut >= 3; cut--) {
			String right = term.substring(cut);
			if (!this.frequency.containsKey(right)) {
				continue;
			}
			String left = term.substring(0, cut);
			if (this.frequency.containsKey(left)) {
				return List.of(left, right);
			}
			char link = left.charAt(left.length() - 1);
			if ((link == 's' || link == 'e' || link == 'a') && left.length() > 3
					&& this.frequency.containsKey(left.substring(0, left.length() - 1))) {
				return List.of(left.substring(0, left.length() - 1), right);
			}
		}
		return List.of();
	}

	boolean contains(String term) {
		return this.frequency.containsKey(term);
	}

	static int allowedEdits(int length) {
		return (length < 4) ? 0 : (length < 8) ? 1 : 2;
	}

	/** Optimal string alignment distance, giving up (returning limit) once it cannot be below limit. */
	static int distance(String a, String b, int limit) {
		int[] before = new int[b.length() + 1];
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int rowMinimum = current[0];
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					value = Math.min(value, before[j - 2] + 1);
				}
				current[j] = value;
				rowMinimum = Math.min(rowMinimum, value);
			}
			if (rowMinimum >= limit) {
				return limit;
			}
			int[] swap = before;
			before = previous;
			previous = current;
			current = swap;
		}
		return Math.min(previous[b.length()], limit);
	}

}
