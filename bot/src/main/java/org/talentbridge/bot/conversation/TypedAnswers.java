package org.talentbridge.bot.conversation;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what people type into forms, in English, Swedish and Danish: yes and no, dates, countries,
 * the country of a city or a university, and whether something can be a name. Parsers and
 * validators of {@link FormField}s are built from these.
 */
public final class TypedAnswers {

	private static final Set<String> YES = Set.of("yes", "y", "yeah", "yep", "yup", "sure", "ok", "okay", "okey", "okej",
			"of course", "please", "yes please", "absolutely", "ja", "jo", "japp", "jajamen", "javisst", "visst",
			"gärna", "garna", "ja tack", "ja gärna", "självklart", "absolut", "gerne", "ja tak", "ja gerne",
			"selvfølgelig", "selvfolgelig", "klart", "det er fint", "det går bra", "fint", "👍");

	private static final Set<String> NO = Set.of("no", "n", "nope", "nah", "no thanks", "no thank you", "not now", "nej",
			"nej tack", "nej tak", "nä", "nää", "nix", "inte nu", "ikke nu", "aldrig", "never", "👎");

	private static final Set<String> SKIP = Set.of("skip", "-", "none", "no", "nothing", "pass", "hoppa över", "hoppa",
			"inga", "ingen", "inget", "nej", "spring over", "spring", "intet", "ingenting");

	/** Words that open a question, so "how do I get a tax card" is not a name. */
	private static final Set<String> QUESTION_WORDS = Set.of("how", "what", "what's", "whats", "where", "when", "why",
			"which", "who", "whom", "whose", "can", "could", "should", "would", "does", "is", "are",
			"hur", "vad", "var", "varför", "när", "vilken", "vilket", "vilka", "vem", "kan", "får", "måste", "behöver",
			"ska", "bör", "är", "hvad", "hvor", "hvordan", "hvorfor", "hvornår", "hvilken", "hvilket", "hvilke", "hvem",
			"skal", "må", "bør", "har");

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1), Map.entry("januari", 1),
			Map.entry("januar", 1), Map.entry("february", 2), Map.entry("februari", 2), Map.entry("februar", 2),
			Map.entry("march", 3), Map.entry("mars", 3), Map.entry("marts", 3), Map.entry("april", 4),
			Map.entry("may", 5), Map.entry("maj", 5), Map.entry("june", 6), Map.entry("juni", 6), Map.entry("july", 7),
			Map.entry("juli", 7), Map.entry("august", 8), Map.entry("augusti", 8), Map.entry("september", 9),
			Map.entry("october", 10), Map.entry("oktober", 10), Map.entry("november", 11), Map.entry("december", 12));

	// Compiled once: these run on every message, and String.replaceAll compiles its pattern each call.
	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern AROUND = Pattern.compile("^[^\\p{L}\\p{N}\\p{So}]+|[^\\p{L}\\p{N}\\p{So}]+$");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern PUNCTUATION = Pattern.compile("[,.!]+");

	private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?");

	private static final Pattern MONTH_SLASH_YEAR = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");

	private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s*[/.]\\s*(\\d{1,2})\\s*[/.]\\s*(\\d{4})");

	private static final Pattern NAMED = Pattern.compile("(?:(\\d{1,2})\\.?\\s+)?(\\p{L}+)\\.?,?\\s+(\\d{4})");

	private static final Pattern URL = Pattern.compile("(?i)(://|www\\.|\\b[\\p{L}\\d-]+\\.(com|org|net|io|se|dk|eu|me)\\b)");

	private static final Map<String, String> COUNTRIES = Map.ofEntries(Map.entry("dk", "DK"), Map.entry("denmark", "DK"),
			Map.entry("danmark", "DK"), Map.entry("danish", "DK"), Map.entry("dansk", "DK"), Map.entry("danska", "DK"),
			Map.entry("in denmark", "DK"), Map.entry("i danmark", "DK"), Map.entry("the danish side", "DK"),
			Map.entry("danish side", "DK"), Map.entry("danska sidan", "DK"), Map.entry("den danska sidan", "DK"),
			Map.entry("danske side", "DK"), Map.entry("den danske side", "DK"), Map.entry("se", "SE"),
			Map.entry("sweden", "SE"), Map.entry("sverige", "SE"), Map.entry("swedish", "SE"), Map.entry("svensk", "SE"),
			Map.entry("svenska", "SE"), Map.entry("in sweden", "SE"), Map.entry("i sverige", "SE"),
			Map.entry("the swedish side", "SE"), Map.entry("swedish side", "SE"), Map.entry("svenska sidan", "SE"),
			Map.entry("den svenska sidan", "SE"), Map.entry("svenske side", "SE"), Map.entry("den svenske side", "SE"));

	/** Cities by country, folded (lower case, no accents): the Öresund region and the larger cities around. */
	private static final Map<String, String> CITIES = cities(Map.of("SE",
			List.of("malmö", "lund", "helsingborg", "landskrona", "trelleborg", "ystad", "kristianstad", "hässleholm",
					"eslöv", "höganäs", "ängelholm", "staffanstorp", "lomma", "vellinge", "burlöv", "arlöv", "kävlinge",
					"svedala", "skurup", "simrishamn", "höör", "hörby", "bjuv", "klippan", "åstorp", "båstad",
					"stockholm", "göteborg", "gothenburg", "uppsala", "linköping", "växjö", "halmstad", "karlskrona"),
			"DK",
			List.of("copenhagen", "københavn", "koebenhavn", "kbh", "cph", "frederiksberg", "lyngby", "kongens lyngby",
					"hellerup", "gentofte", "charlottenlund", "roskilde", "helsingør", "elsinore", "hillerød", "ballerup",
					"herlev", "glostrup", "hvidovre", "amager", "valby", "nørrebro", "østerbro", "vesterbro", "ørestad",
					"køge", "taastrup", "albertslund", "rødovre", "brøndby", "tårnby", "kastrup", "dragør", "greve",
					"ishøj", "farum", "birkerød", "hørsholm", "holte", "søborg", "bagsværd", "virum", "aarhus", "århus",
					"odense", "aalborg", "esbjerg", "kolding", "vejle")));

	/** Universities by country, folded; abbreviations count only as the whole answer. */
	private static final Map<String, String> UNIVERSITIES = cities(Map.of("SE",
			List.of("lund university", "lunds universitet", "lu", "lth", "lunds tekniska högskola", "malmö university",
					"malmö universitet", "malmö högskola", "mau", "slu", "swedish university of agricultural sciences",
					"sveriges lantbruksuniversitet", "kristianstad university", "högskolan kristianstad", "hkr",
					"chalmers", "kth", "royal institute of technology", "uppsala university", "uppsala universitet",
					"stockholm university", "stockholms universitet", "karolinska", "university of gothenburg",
					"göteborgs universitet", "linköping university", "halmstad university", "högskolan i halmstad"),
			"DK",
			List.of("ku", "ucph", "university of copenhagen", "copenhagen university", "københavns universitet", "dtu",
					"technical university of denmark", "danmarks tekniske universitet", "cbs",
					"copenhagen business school", "handelshøjskolen", "itu", "it university", "it-universitetet",
					"it university of copenhagen", "ruc", "roskilde university", "roskilde universitet", "aau",
					"aalborg university", "aalborg universitet", "au", "aarhus university", "aarhus universitet", "sdu",
					"university of southern denmark", "syddansk universitet", "kea", "kadk", "royal danish academy",
					"det kongelige akademi")));

	private TypedAnswers() {
	}

	/** Lower case, one space between words, without the punctuation around: " OK! " is "ok". */
	public static String normalized(String text) {
		String lower = SPACES.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
		return AROUND.matcher(lower).replaceAll("");
	}

	/** {@link #normalized} without accents, so "Malmo" is "Malmö" and "garna" is "gärna". */
	public static String folded(String text) {
		return Normalizer.normalize(normalized(text), Normalizer.Form.NFD)
			.transform(t -> MARKS.matcher(t).replaceAll(""))
			.replace("ø", "o")
			.replace("æ", "ae")
			.replace("å", "a");
	}

	/** "ja", "yes", "jo", "ok", "sure", "gärna" are yes; "nej", "no", "nope" are no. */
	public static Optional<Boolean> yesOrNo(String text) {
		// Every message is asked this; one with more letters than the longest yes or no is neither.
		if (lettersAndDigits(text) > YES_OR_NO_LETTERS) {
			return Optional.empty();
		}
		String word = SPACES.matcher(PUNCTUATION.matcher(normalized(text)).replaceAll(" ")).replaceAll(" ");
		if (YES.contains(word) || YES.contains(folded(word))) {
			return Optional.of(Boolean.TRUE);
		}
		if (NO.contains(word) || NO.contains(folded(word))) {
			return Optional.of(Boolean.FALSE);
		}
		return Optional.empty();
	}

	/** The most letters and digits of any yes or no: normalizing and folding never make fewer. */
	private static final int YES_OR_NO_LETTERS = java.util.stream.Stream.concat(YES.stream(), NO.stream())
		.mapToInt(TypedAnswers::lettersAndDigits)
		.max()
		.orElse(0);

	private static int lettersAndDigits(String text) {
		int count = 0;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			if (Character.isLetterOrDigit(c)) {
				count++;
			}
			i += Character.charCount(c);
		}
		return count;
	}

	/** "skip", "-", "hoppa över", "spring over", "none": the person leaves an optional field empty. */
	public static boolean skips(String text) {
		String word = normalized(text);
		return SKIP.contains(word) || text.strip().equals("-");
	}

	/** Ends with a question mark, or starts with a question word ("how", "hur", "hvordan", "can", "kan"). */
	public static boolean looksLikeQuestion(String text) {
		String stripped = text.strip();
		if (stripped.endsWith("?") || stripped.endsWith("？")) {
			return true;
		}
		String[] words = normalized(text).split(" ");
		return words.length > 1 && QUESTION_WORDS.contains(words[0]);
	}

	/**
	 * Whether the text can be a person's name: letters, at most {@code maxLength} characters and 5
	 * words; not a question, a sentence, a command, a yes or no, and without digits or web addresses.
	 */
	public static boolean isName(String text, int maxLength) {
		String name = text.strip();
		if (name.isEmpty() || name.codePointCount(0, name.length()) > maxLength) {
			return false;
		}
		if (name.codePoints().noneMatch(Character::isLetter) || name.codePoints().anyMatch(Character::isDigit)) {
			return false;
		}
		if (name.contains("/") || name.contains("@") || URL.matcher(name).find() || name.contains("\n")) {
			return false;
		}
		return name.split("\\s+").length <= 5 && !looksLikeQuestion(name) && yesOrNo(name).isEmpty() && !skips(name);
	}

	/**
	 * A date: "2027-06-15", "15/6/2027", "15 June 2027"; a month, read as its last day: "June 2027",
	 * "juni 2027", "jun 2027", "2027-06", "06/2027".
	 */
	public static Optional<LocalDate> date(String text) {
		String value = normalized(text);
		try {
			Matcher iso = ISO.matcher(value);
			if (iso.matches()) {
				YearMonth month = YearMonth.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)));
				return Optional.of((iso.group(3) != null) ? month.atDay(Integer.parseInt(iso.group(3))) : month.atEndOfMonth());
			}
			Matcher full = DAY_MONTH_YEAR.matcher(value);
			if (full.matches()) {
				return Optional.of(LocalDate.of(Integer.parseInt(full.group(3)), Integer.parseInt(full.group(2)),
						Integer.parseInt(full.group(1))));
			}
			Matcher monthYear = MONTH_SLASH_YEAR.matcher(value);
			if (monthYear.matches()) {
				return Optional.of(YearMonth.of(Integer.parseInt(monthYear.group(2)), Integer.parseInt(monthYear.group(1)))
					.atEndOfMonth());
			}
			Matcher named = NAMED.matcher(value);
			if (named.matches()) {
				Optional<Integer> month = month(named.group(2));
				if (month.isPresent()) {
					YearMonth yearMonth = YearMonth.of(Integer.parseInt(named.group(3)), month.get());
					return Optional.of((named.group(1) != null) ? yearMonth.atDay(Integer.parseInt(named.group(1)))
							: yearMonth.atEndOfMonth());
				}
			}
		}
		catch (DateTimeException | NumberFormatException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	/** "jun", "june", "juni", "sept": a month's name or its start, at least three letters. */
	private static Optional<Integer> month(String word) {
		if (word.length() < 3) {
			return Optional.empty();
		}
		return MONTHS.entrySet()
			.stream()
			.filter(e -> e.getKey().startsWith(word))
			.map(Map.Entry::getValue)
			.findFirst();
	}

	/** "DK" or "SE" for "Denmark", "Danmark", "DK", "Sweden", "Sverige", "SE" and the like. */
	public static Optional<String> country(String text) {
		return Optional.ofNullable(COUNTRIES.get(normalized(text).replaceAll("[()]", "").strip()))
			.or(() -> Optional.ofNullable(COUNTRIES.get(normalized(text).replaceAll("\\s*\\(.*", ""))));
	}

	/** "SE" for Malmö, Lund, Helsingborg; "DK" for Copenhagen, København, Frederiksberg, Lyngby. */
	public static Optional<String> countryOfCity(String text) {
		String city = folded(text);
		String known = CITIES.get(city);
		if (known != null) {
			return Optional.of(known);
		}
		// "Malmö, Sweden", "Lyngby (north of Copenhagen)": the first part names the city.
		String first = folded(city.split("[,(]")[0]);
		return Optional.ofNullable(CITIES.get(first)).or(() -> country(text));
	}

	/** "SE" for Lund University, LU, Malmö University; "DK" for KU, University of Copenhagen, DTU, CBS, ITU, RUC. */
	public static Optional<String> countryOfUniversity(String text) {
		String name = folded(text);
		String known = UNIVERSITIES.get(name);
		if (known != null) {
			return Optional.of(known);
		}
		for (Map.Entry<String, String> university : UNIVERSITIES.entrySet()) {
			if (university.getKey().contains(" ") && (" " + name + " ").contains(" " + university.getKey() + " ")) {
				return Optional.of(university.getValue());
			}
		}
		// "IT University of Copenhagen", "Universitetet i Lund": a city in the name.
		String[] words = name.split("[^\\p{L}]+");
		for (String word : words) {
			String country = CITIES.get(word);
			if (country != null && word.length() > 3) {
				return Optional.of(country);
			}
		}
		return Optional.empty();
	}

	private static Map<String, String> cities(Map<String, List<String>> byCountry) {
		Map<String, String> folded = new java.util.HashMap<>();
		byCountry.forEach((country, names) -> names.forEach(name -> folded.put(folded(name), country)));
		return Map.copyOf(folded);
	}

}
