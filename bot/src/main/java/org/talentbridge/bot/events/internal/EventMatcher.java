package org.talentbridge.bot.events.internal;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.events.Event;

/**
 * Finds the event a person means in "sign me up for the welcome reception" or "anmäl mig till
 * mingel på torsdag": words shared with the event's titles, id and city (parts of compounds
 * count, so "mingel" finds "välkomstmingel"), plus the weekday when one is named.
 */
final class EventMatcher {

	/** Words of signing up and filler that say nothing about which event. */
	private static final Set<String> IGNORED = Set.copyOf(java.util.List.of("sign", "signup", "me", "up", "for", "the", "a", "an", "to", "at",
			"in", "on", "please", "register", "i", "want", "would", "like", "join", "book", "event", "events", "anmal",
			"anmäl", "mig", "till", "pa", "på", "for", "för", "vill", "jag", "boka", "en", "ett", "och", "tilmeld",
			"tilmelding", "til", "pa", "gerne", "jeg", "vil", "gerne", "med", "og", "af", "det", "den", "att", "can",
			"could", "you", "kan", "du", "evenemang", "evenemanget", "arrangement", "arrangementet", "plats", "plads",
			"seat", "spot", "hos", "with", "and", "of",
			// Giving a place up says nothing about which event either.
			"cancel", "cancelled", "canceled", "my", "registration", "signup", "booking", "unregister", "withdraw",
			"remove", "from", "attendee", "list", "cant", "cannot", "come", "make", "it", "not", "wont", "able", "be",
			"avboka", "avbokning", "avanmal", "avanmala", "min", "mitt", "anmalan", "fran", "ta", "bort", "deltagarlistan",
			"inte", "komma", "afmeld", "afmelde", "annuller", "tilmelding", "fra", "fjern", "deltagerlisten", "ikke",
			"komme"));

	private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(Map.entry("monday", DayOfWeek.MONDAY),
			Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("wednesday", DayOfWeek.WEDNESDAY),
			Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("friday", DayOfWeek.FRIDAY),
			Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sunday", DayOfWeek.SUNDAY),
			Map.entry("mandag", DayOfWeek.MONDAY), Map.entry("tisdag", DayOfWeek.TUESDAY),
			Map.entry("tirsdag", DayOfWeek.TUESDAY), Map.entry("onsdag", DayOfWeek.WEDNESDAY),
			Map.entry("torsdag", DayOfWeek.THURSDAY), Map.entry("fredag", DayOfWeek.FRIDAY),
			Map.entry("lordag", DayOfWeek.SATURDAY), Map.entry("lor", DayOfWeek.SATURDAY),
			Map.entry("sondag", DayOfWeek.SUNDAY), Map.entry("sundag", DayOfWeek.SUNDAY));

	private EventMatcher() {
	}

	/** The events that fit best: one when the text points at one, several when it is unclear, none when nothing fits. */
	static List<Event> match(String text, List<Event> events) {
		List<String> words = words(text).stream().filter(w -> !IGNORED.contains(w)).toList();
		Set<DayOfWeek> days = new HashSet<>();
		words.forEach(word -> {
			DayOfWeek day = WEEKDAYS.get(word.endsWith("s") && WEEKDAYS.containsKey(word.substring(0, word.length() - 1))
					? word.substring(0, word.length() - 1) : word);
			if (day != null) {
				days.add(day);
			}
		});
		int best = 0;
		List<Event> winners = new ArrayList<>();
		for (Event event : events) {
			int score = score(words, event) + (days.contains(event.start().getDayOfWeek()) ? 2 : 0);
			if (score > best) {
				best = score;
				winners.clear();
			}
			if (score == best && score > 0) {
				winners.add(event);
			}
		}
		return winners;
	}

	private static int score(List<String> words, Event event) {
		Set<String> keywords = new HashSet<>();
		for (Language language : Language.values()) {
			keywords.addAll(words(event.title(language)));
		}
		keywords.addAll(words(event.id().replace('-', ' ')));
		keywords.addAll(words(event.city()));
		keywords.removeAll(IGNORED);
		int score = 0;
		for (String word : words) {
			if (WEEKDAYS.containsKey(word)) {
				continue;
			}
			if (keywords.contains(word)) {
				score += 2;
			}
			else if (word.length() >= 5 && keywords.stream().anyMatch(k -> k.length() >= 5 && (k.contains(word) || word.contains(k)))) {
				score += 1;
			}
		}
		return score;
	}

	static List<String> words(String text) {
		String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('ø', 'o')
			.replace('æ', 'a');
		List<String> words = new ArrayList<>();
		for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

}
