package org.talentbridge.bot.events.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.talentbridge.bot.events.Event;
import org.talentbridge.bot.events.Event.Audience;

/**
 * What a person wants from the event list when they name a place, an audience or a sector: "events
 * in Lund", "evenemang för studenter i Malmö", "hvilke arrangementer er der i København?",
 * "/events medtech". Words are compared folded (Malmö, Malmø and malmo are one), in English,
 * Swedish and Danish. Kinds combine (students in Lund), several of one kind widen (Lund or Malmö);
 * an event for everyone suits every audience. Words it does not know are ignored, except that a
 * "/events" argument with no known word at all is kept as asked, so "/events knitting" finds nothing.
 */
final class EventFilter {

	/** City names as people write them, folded, to the spelling events use (folded). */
	private static final Map<String, String> CITIES = Map.ofEntries(Map.entry("copenhagen", "copenhagen"),
			Map.entry("kobenhavn", "copenhagen"), Map.entry("kopenhamn", "copenhagen"), Map.entry("kbh", "copenhagen"),
			Map.entry("cph", "copenhagen"), Map.entry("malmo", "malmo"), Map.entry("lund", "lund"),
			Map.entry("helsingborg", "helsingborg"), Map.entry("helsingor", "helsingor"),
			Map.entry("elsinore", "helsingor"), Map.entry("roskilde", "roskilde"), Map.entry("frederiksberg", "frederiksberg"),
			Map.entry("hillerod", "hillerod"), Map.entry("landskrona", "landskrona"), Map.entry("ystad", "ystad"),
			Map.entry("kristianstad", "kristianstad"));

	private static final Map<String, String> COUNTRIES = Map.ofEntries(Map.entry("denmark", "DK"),
			Map.entry("danmark", "DK"), Map.entry("danish side", "DK"), Map.entry("danska sidan", "DK"),
			Map.entry("danske side", "DK"), Map.entry("sjalland", "DK"), Map.entry("zealand", "DK"),
			Map.entry("sweden", "SE"), Map.entry("sverige", "SE"), Map.entry("swedish side", "SE"),
			Map.entry("svenska sidan", "SE"), Map.entry("svenske side", "SE"), Map.entry("skane", "SE"),
			Map.entry("scania", "SE"));

	private static final Map<String, Audience> AUDIENCES = Map.ofEntries(Map.entry("students", Audience.STUDENTS),
			Map.entry("student", Audience.STUDENTS), Map.entry("studenter", Audience.STUDENTS),
			Map.entry("studenterna", Audience.STUDENTS), Map.entry("studenterne", Audience.STUDENTS),
			Map.entry("studerande", Audience.STUDENTS), Map.entry("studerende", Audience.STUDENTS),
			Map.entry("graduates", Audience.GRADUATES), Map.entry("graduate", Audience.GRADUATES),
			Map.entry("alumni", Audience.GRADUATES), Map.entry("nyutexaminerade", Audience.GRADUATES),
			Map.entry("nyuddannede", Audience.GRADUATES), Map.entry("dimittender", Audience.GRADUATES),
			Map.entry("researchers", Audience.RESEARCHERS), Map.entry("researcher", Audience.RESEARCHERS),
			Map.entry("forskare", Audience.RESEARCHERS), Map.entry("forskarna", Audience.RESEARCHERS),
			Map.entry("forskere", Audience.RESEARCHERS), Map.entry("forskerne", Audience.RESEARCHERS),
			Map.entry("postdocs", Audience.RESEARCHERS), Map.entry("partners", Audience.PARTNERS),
			Map.entry("partner", Audience.PARTNERS), Map.entry("partnere", Audience.PARTNERS),
			Map.entry("spouses", Audience.PARTNERS), Map.entry("medfoljande", Audience.PARTNERS),
			Map.entry("medfolgende", Audience.PARTNERS));

	/** Other names of the sectors events are tagged with. */
	private static final Map<String, Set<String>> SECTORS = Map.ofEntries(
			Map.entry("life science", Set.of("medtech", "biotech")), Map.entry("life sciences", Set.of("medtech", "biotech")),
			Map.entry("lifescience", Set.of("medtech", "biotech")), Map.entry("deeptech", Set.of("deep tech")),
			Map.entry("biotek", Set.of("biotech")), Map.entry("bioteknik", Set.of("biotech")),
			Map.entry("bioteknologi", Set.of("biotech")), Map.entry("medicinteknik", Set.of("medtech")),
			Map.entry("medicoteknik", Set.of("medtech")), Map.entry("medtek", Set.of("medtech")),
			Map.entry("food tech", Set.of("foodtech")), Map.entry("software", Set.of("tech")));

	/** Names of the whole region, which filter nothing. */
	private static final Set<String> REGION = Set.of("greater copenhagen", "oresund", "oresundsregionen",
			"oresund region");

	private final Set<String> cities;

	private final Set<String> countries;

	private final Set<Audience> audiences;

	private final Set<String> sectors;

	private final List<String> asked;

	/** A "/events" argument with no word known: nothing matches it. */
	private final boolean unknown;

	private EventFilter(Set<String> cities, Set<String> countries, Set<Audience> audiences, Set<String> sectors,
			List<String> asked, boolean unknown) {
		this.cities = cities;
		this.countries = countries;
		this.audiences = audiences;
		this.sectors = sectors;
		this.asked = asked;
		this.unknown = unknown;
	}

	/**
	 * Reads what {@code text} asks for. {@code events} add their own cities and sector tags to the
	 * words known. {@code command} is true for the argument of "/events", which may also be a
	 * country code (DK, SE) and is kept whole when no word in it is known.
	 */
	static EventFilter parse(String text, Collection<Event> events, boolean command) {
		Map<String, String> cityWords = new LinkedHashMap<>(CITIES);
		Map<String, Set<String>> sectorWords = new LinkedHashMap<>(SECTORS);
		for (Event event : events) {
			cityWords.putIfAbsent(String.join(" ", EventMatcher.words(event.city())), city(event));
			for (String sector : event.sectors()) {
				sectorWords.putIfAbsent(String.join(" ", EventMatcher.words(sector)), Set.of(sector));
			}
		}
		List<String> original = originalWords(text);
		List<String> folded = original.stream().map(w -> String.join("", EventMatcher.words(w))).toList();
		Set<String> cities = new LinkedHashSet<>();
		Set<String> countries = new LinkedHashSet<>();
		Set<Audience> audiences = EnumSet.noneOf(Audience.class);
		Set<String> sectors = new LinkedHashSet<>();
		List<String> asked = new ArrayList<>();
		boolean[] used = new boolean[folded.size()];
		// Longer phrases first, so "deep tech" wins over "tech" and "danish side" over nothing.
		for (int length = 3; length >= 1; length--) {
			for (int start = 0; start + length <= folded.size(); start++) {
				if (anyUsed(used, start, length)) {
					continue;
				}
				String phrase = String.join(" ", folded.subList(start, start + length));
				boolean known = true;
				if (REGION.contains(phrase)) {
					// the whole region: no filter
				}
				else if (place(cityWords, phrase) != null) {
					cities.add(place(cityWords, phrase));
				}
				else if (place(COUNTRIES, phrase) != null) {
					countries.add(place(COUNTRIES, phrase));
				}
				else if (AUDIENCES.containsKey(phrase)) {
					audiences.add(AUDIENCES.get(phrase));
				}
				else if (sectorWords.containsKey(phrase)) {
					sectors.addAll(sectorWords.get(phrase));
				}
				else if (command && length == 1 && original.size() == 1 && (phrase.equals("dk") || phrase.equals("se"))) {
					countries.add(phrase.toUpperCase(java.util.Locale.ROOT));
				}
				else {
					known = false;
				}
				if (known) {
					java.util.Arrays.fill(used, start, start + length, true);
					if (!REGION.contains(phrase)) {
						asked.add(String.join(" ", original.subList(start, start + length)));
					}
				}
			}
		}
		if (command && asked.isEmpty() && !text.isBlank() && !anyUsed(used, 0, used.length)
				&& !Set.of("all", "alla", "alle").contains(text.strip().toLowerCase(java.util.Locale.ROOT))) {
			String shown = text.strip();
			if (shown.codePointCount(0, shown.length()) > 60) {
				shown = shown.substring(0, shown.offsetByCodePoints(0, 59)) + "…";
			}
			return new EventFilter(Set.of(), Set.of(), Set.of(), Set.of(), List.of(shown), true);
		}
		return new EventFilter(cities, countries, audiences, sectors, asked, false);
	}

	/** A place name, also in the genitive ("Malmös", "Københavns"). */
	private static <T> T place(Map<String, T> names, String phrase) {
		T found = names.get(phrase);
		if (found == null && phrase.length() > 3 && phrase.endsWith("s")) {
			found = names.get(phrase.substring(0, phrase.length() - 1));
		}
		return found;
	}

	private static boolean anyUsed(boolean[] used, int start, int length) {
		for (int i = start; i < start + length; i++) {
			if (used[i]) {
				return true;
			}
		}
		return false;
	}

	/** The words as written, without punctuation: "København?" is "København". */
	private static List<String> originalWords(String text) {
		List<String> words = new ArrayList<>();
		for (String word : text.split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

	/** True when the text named nothing to filter by. */
	boolean isEmpty() {
		return !this.unknown && this.cities.isEmpty() && this.countries.isEmpty() && this.audiences.isEmpty() && this.sectors.isEmpty();
	}

	/** The places, audiences and sectors named, as the person wrote them ("København", "students"). */
	List<String> asked() {
		return this.asked;
	}

	boolean matches(Event event) {
		if (this.unknown) {
			return false;
		}
		if (!this.cities.isEmpty() && !this.cities.contains(city(event))) {
			return false;
		}
		if (!this.countries.isEmpty() && this.countries.stream().noneMatch(c -> c.equalsIgnoreCase(event.country()))) {
			return false;
		}
		if (!this.audiences.isEmpty() && !event.audience().contains(Audience.EVERYONE)
				&& this.audiences.stream().noneMatch(event.audience()::contains)) {
			return false;
		}
		return this.sectors.isEmpty() || this.sectors.stream().anyMatch(event.sectors()::contains);
	}

	private static String city(Event event) {
		String folded = String.join(" ", EventMatcher.words(event.city()));
		return CITIES.getOrDefault(folded, folded);
	}

	List<Event> apply(List<Event> events) {
		return events.stream().filter(this::matches).toList();
	}

}
