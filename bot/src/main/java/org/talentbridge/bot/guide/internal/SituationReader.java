package org.talentbridge.bot.guide.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.talentbridge.bot.conversation.TypedAnswers;

/**
 * Reads what a message already says about the person's situation, in English, Swedish and Danish:
 * where they live ("I just moved to Lund", "vi flytter til København"), where they work or study
 * ("I work in Copenhagen", "studerar vid Lunds universitet"), their citizenship ("I'm Indian", "EU
 * citizen", "nordisk medborgare"), who comes with them ("with my wife and two kids", "alene") and a
 * role (researcher, or a partner who follows someone's job). The same reading takes typed answers
 * to the guide's questions. What is unclear is left out, to be asked.
 */
final class SituationReader {

	private static final Set<String> LIVE_CUES = Set.of("live", "living", "lives", "moved", "move", "moving", "moves",
			"relocate", "relocating", "relocated", "arrived", "arrive", "arriving", "landed", "settled", "settling", "new",
			"based", "coming", "come", "reside", "bor", "bo", "boende", "bosatt", "bosat", "flyttat", "flyttar", "flytta",
			"flyttade", "kommit", "kommer", "anlant", "ny", "nyinflyttad", "nyanland", "flytter", "flyttet", "flyttede",
			"flytte", "ankommet", "ankom", "kommet", "tilflytter");

	private static final Set<String> WORK_CUES = Set.of("work", "working", "works", "job", "jobs", "employed",
			"employer", "hired", "position", "commute", "commuting", "jobb", "jobbet", "jobba", "jobbar", "arbete",
			"arbeta", "arbetar", "anstalld", "anstallning", "tjanst", "pendla", "pendlar", "arbejde", "arbejder",
			"arbejdet", "ansat", "ansaettelse", "stilling", "pendler", "pendle");

	private static final Set<String> STUDY_CUES = Set.of("study", "studying", "studies", "student", "students",
			"master", "masters", "bachelor", "exchange", "enrolled", "studera", "studerar", "studier", "studerande",
			"plugga", "pluggar", "utbytesstudent", "masterprogram", "kandidat", "studere", "studerer", "studerende",
			"studie", "studiet", "uddannelse", "udvekslingsstuderende", "semester");

	private static final Set<String> RESEARCH = Set.of("researcher", "research", "postdoc", "phd", "professor",
			"scientist", "forskare", "forskar", "forskning", "doktorand", "postdok", "forsker", "forskere");

	private static final Pattern LOOKING = Pattern.compile("\\b(looking for (a |an )?(new )?(job|work|position)"
			+ "|job ?hunting|job ?seek(er|ing)|searching for (a )?(job|work)|unemployed|no job yet|looking for work"
			+ "|soker (ett )?(jobb|arbete)|letar (efter )?(ett )?(jobb|arbete)|arbetssokande|arbetslos|inget jobb"
			+ "|soger (et )?(job|arbejde)|leder efter (et )?(job|arbejde)|jobsogende|arbejdslos|intet job|looking)\\b");

	private static final Pattern BOTH = Pattern.compile("\\b(both( countries)?|i båda( länderna)?|båda( länderna)?|i begge( lande)?|begge( lande)?|bada|begge)\\b");

	private static final Pattern UNDECIDED = Pattern.compile("\\b(not sure|unsure|undecided|not decided|haven'?t decided"
			+ "|don'?t know( yet)?|not yet|either|maybe|vet inte|vet ej|inte bestamt|osaker|inte an|inte bestamt an"
			+ "|ved ikke|ikke besluttet|usikker|endnu ikke|ikke endnu|har ikke besluttet|vet inte an)\\b");

	private static final Pattern NON_EU = Pattern.compile("\\b(non[- ]?eu|outside (of )?the eu|outside eu|not an? eu|not from the eu"
			+ "|not eu|utanfor eu|uden for eu|ikke eu|inte eu|work permit|residence permit|arbetstillstand"
			+ "|uppehallstillstand|arbejdstilladelse|opholdstilladelse|visa|third country|tredjeland)\\b");

	private static final Pattern EU = Pattern.compile("\\b(eu|eea|eu/eea|eu ?/ ?eea|european)[- ]?(citizen|national|passport"
			+ "|medborgare|borger|statsborger|medborger)\\b|\\bfrom the eu\\b|\\bfran eu\\b|\\bfra eu\\b|^(eu|eea|eu/eea|eu eea|eu-eea|eu/ees|eu ees|eu/eos|eu eos|ees|eos)( citizen| medborgare| borger)?$");

	private static final Pattern NORDIC = Pattern.compile("\\bnordic( citizen| country| passport)?\\b|\\bnordisk( medborgare| statsborger| borger)?\\b|\\bnorden\\b");

	private static final Set<String> NORDIC_PEOPLE = Set.of("danish", "dansk", "swedish", "svensk", "norwegian", "norsk",
			"finnish", "finsk", "icelandic", "islandsk", "islandska");

	private static final Set<String> EU_PEOPLE = Set.of("german", "tysk", "french", "fransk", "italian", "italiensk",
			"spanish", "spansk", "polish", "polsk", "dutch", "nederlandsk", "nederlandska", "hollandsk", "portuguese",
			"portugisisk", "greek", "grekisk", "graesk", "romanian", "rumaensk", "rumansk", "irish", "irsk", "austrian",
			"ostrigsk", "osterrikisk", "belgian", "belgisk", "czech", "tjekkisk", "tjeckisk", "hungarian", "ungarsk",
			"ungersk", "lithuanian", "latvian", "estonian", "croatian", "slovak", "slovenian", "bulgarian", "maltese",
			"cypriot", "swiss", "schweizisk", "schweizer", "litauisk", "lettisk", "estisk", "kroatisk", "slovakisk",
			"bulgarsk", "europe", "european");

	private static final Set<String> OTHER_PEOPLE = Set.of("indian", "indisk", "chinese", "kinesisk", "american",
			"amerikansk", "brazilian", "brasiliansk", "british", "brittisk", "britisk", "canadian", "kanadensisk",
			"canadisk", "australian", "australisk", "iranian", "iransk", "turkish", "turkisk", "tyrkisk", "pakistani",
			"pakistansk", "mexican", "mexikansk", "mexicansk", "japanese", "japansk", "korean", "koreansk", "nigerian",
			"nigeriansk", "egyptian", "egyptisk", "ukrainian", "ukrainsk", "russian", "rysk", "russisk", "vietnamese",
			"filipino", "indonesian", "bangladeshi", "colombian", "argentinian", "chilean", "kenyan", "kenyansk",
			"ghanaian", "syrian", "syrisk", "ethiopian", "etiopisk", "nepali", "nepalesisk", "srilankan", "thai",
			"malaysian", "singaporean", "israeli", "lebanese", "moroccan", "tunisian", "peruvian", "venezuelan");

	private static final Map<String, String> COUNTRIES_OF_ORIGIN = origins();

	private static final Set<String> PARTNER = Set.of("wife", "husband", "partner", "spouse", "girlfriend", "boyfriend",
			"fiance", "fiancee", "fru", "frun", "maken", "sambo", "flickvan", "pojkvan", "fastmo", "fastman", "kone",
			"konen", "hustru", "kaereste", "aegtefaelle", "samlever", "partneren", "partnern", "kaeresten", "sambon");

	/** "min man", "min mand": husband only after "my". */
	private static final Pattern MY_HUSBAND = Pattern.compile("\\b(min|mi) (man|make|mand|mannen|manden)\\b");

	private static final Set<String> CHILDREN = Set.of("kids", "kid", "children", "child", "son", "daughter", "sons",
			"daughters", "baby", "toddler", "barn", "barnen", "dotter", "dottrar", "soner", "bebis", "born", "bornene",
			"datter", "dotre", "sonner", "babyen");

	private static final Pattern ALONE = Pattern.compile("\\b(alone|by myself|on my own|single|just me|only me|myself"
			+ "|nobody|no one|noone|none|ensam|bara jag|sjalv|pa egen hand|ingen|alene|kun mig|bare mig|selv|ingen)\\b|^(no|nej|nope)$");

	private static final Pattern ACCOMPANYING = Pattern.compile("\\b(accompanying (partner|spouse)|trailing spouse"
			+ "|following my (wife|husband|partner|spouse|girlfriend|boyfriend)|medfoljande|medfolgende"
			+ "|foljer med min|folger med min)\\b");

	private static final Pattern PARTNERS_JOB = Pattern.compile("\\b(my|min|mi) (wife|husband|partner|spouse|girlfriend|boyfriend"
			+ "|fru|man|make|sambo|kone|mand|kaereste)( \\p{L}+){0,3} (got|has|gets|found|accepted|starts|is starting|fick|har fatt|har|fik|har faet|far|begynder|borjar)"
			+ "( \\p{L}+){0,3} (job|jobb|position|work|offer|tjanst|stilling|arbejde|anstallning|jobbet|erbjudande|tilbud)\\b");

	private static final Set<String> COUNTRY_NAMES = Set.of("denmark", "danmark", "sweden", "sverige");

	/** Names the forms' city list lacks: Copenhagen and Malmö as the neighbours write them. */
	private static final Map<String, String> MORE_CITIES = Map.of("kopenhamn", "DK", "kopenhamns", "DK", "malmos", "SE",
			"kobenhavns", "DK", "lunds", "SE", "hyllie", "SE", "orestad", "DK", "kastrup", "DK");

	private SituationReader() {
	}

	/** Everything the message tells, by the guide's field names (live, work, citizen, family, role). */
	static Map<String, String> read(String message) {
		String text = fold(message);
		List<String> words = words(text);
		Map<String, String> found = new LinkedHashMap<>();
		boolean accompanying = ACCOMPANYING.matcher(text).find() || PARTNERS_JOB.matcher(text).find();
		boolean researcher = words.stream().anyMatch(RESEARCH::contains) || text.contains("ph.d");
		boolean looking = !accompanying && LOOKING.matcher(text).find() && !text.contains("looking forward");
		boolean studying = !researcher && words.stream().anyMatch(STUDY_CUES::contains);

		List<String> lives = new ArrayList<>();
		List<String> works = new ArrayList<>();
		List<String> studies = new ArrayList<>();
		List<String> unmarked = new ArrayList<>();
		for (Place place : places(words)) {
			String cue = cue(words, place.start());
			switch (cue) {
				case "live" -> lives.add(place.country());
				case "work" -> {
					if (!partnerBefore(words, place.start())) {
						works.add(place.country());
					}
				}
				case "study" -> studies.add(place.country());
				default -> unmarked.add(place.country());
			}
		}
		universities(text).ifPresent(studies::add);
		one(lives).or(() -> (works.isEmpty() && studies.isEmpty()) ? one(unmarked) : Optional.empty())
			.ifPresent(live -> found.put(Situation.LIVE, live));
		if (looking) {
			found.put(Situation.WORK, "looking");
		}
		else if (!works.isEmpty()) {
			found.put(Situation.WORK, works.stream().distinct().count() > 1 ? "both" : works.get(0));
		}
		else if (studying && !studies.isEmpty()) {
			one(studies).ifPresent(country -> found.put(Situation.WORK, "study-" + country));
		}
		else if (studying && found.containsKey(Situation.LIVE) && !"undecided".equals(found.get(Situation.LIVE))) {
			// "I just moved to Lund to study": where they live.
			found.put(Situation.WORK, "study-" + found.get(Situation.LIVE));
		}
		else if (!accompanying && found.containsKey(Situation.LIVE) && words.stream().anyMatch(WORK_CUES::contains)
				&& works.isEmpty() && unmarked.isEmpty() && lives.stream().distinct().count() == 1) {
			// "I moved to Copenhagen for a new job": there.
			found.put(Situation.WORK, found.get(Situation.LIVE));
		}
		citizen(text, words, false).ifPresent(c -> found.put(Situation.CITIZEN, c));
		family(text, words, accompanying).ifPresent(f -> found.put(Situation.FAMILY, f));
		if (researcher) {
			found.put(Situation.ROLE, "researcher");
		}
		else if (accompanying) {
			found.put(Situation.ROLE, "accompanying");
		}
		return found;
	}

	/**
	 * Words a request for the guide is made of: asking what to do, moving, time, people and the
	 * situation ("we just moved to Copenhagen with our kids, where do we start?" is all of them).
	 */
	private static final Set<String> GUIDE_VOCABULARY = Set.copyOf(List.of(("i im ive id ill we were weve us our ours my me mine you your "
			+ "a an the to in at on of for from with and or but so just now soon next month months week weeks year "
			+ "yesterday today tomorrow here there what whats should shall do does did doing first need needs must have has "
			+ "had be am is are was will going gonna want where start begin remember take care sort out thing things step "
			+ "steps list checklist guide by help get getting started new newcomer newcomers arrived arrive arriving moved move "
			+ "moving relocating relocate relocated relocation landed coming come came live living work working job study "
			+ "studying student researcher postdoc phd family wife husband partner kids children child son daughter alone "
			+ "own myself ourselves together him her them they he she his its it citizen about after before when then also all "
			+ "any some that this these those know tell please hi hello hey ok got gets offer accepted found company "
			+ "university two three one way like would could can sure lot much many very really important time stuff "
			+ "sorted set up settle settled settling prepare preparing plan planning practical anything everything something "
			+ "how region area city country abroad other which order again how's it's "
			+ "jag vi du min mitt mina var vara oss en ett och eller men att pa till fran med for om av har hade precis nu "
			+ "snart nasta manad vecka ar igar idag imorgon hit har dar vad ska skall gor gora forst behover maste borja borjar "
			+ "tanka tanker ordna steg lista checklista flytta flyttat flyttar flyttade flytten kommit kommer kom anlant ny nya "
			+ "nyinflyttad nyanland bo bor jobba jobbar jobb jobbet arbete studera studerar forskare doktorand familj "
			+ "familjen fru man make sambo barn barnen ensam sjalv foljer folja fatt fick medborgare det den de som sen sedan "
			+ "efter innan nar alla allt nagot hur hjalp hjalpa mig dig blir bli kan vill skulle tack hej just "
			+ "jeg mit mine vores og af havde lige naeste maned uge hertil her der hvad skal gore forst behover ma starte "
			+ "starter begynde begynder huske na styr trin skridt liste tjekliste flytte flytter flyttet flyttede flytningen "
			+ "ankommet kommet ny nye tilflytter arbejde arbejder studere studerer studerende forsker familie familien kone "
			+ "mand kaereste born bornene alene selv folger faet fik statsborger sa bagefter for nar noget hvordan hjaelp "
			+ "hjaelpe er bliver blive vil ville tak hvor hvilke hvilken "
			+ "january february march april may june july august september october november december januari februari "
			+ "mars maj juni juli augusti oktober januar februar marts monday friday weekend spring summer autumn winter "
			+ "var sommar host vinter foraar sommer efterar "
			+ "til hos ved ud op ind hen sammen lidt meget mange skulle kunne gerne ogsa hvis nogle dem han hun hans hendes "
			+ "deres jer sig ocksa vid ut upp tillsammans lite mycket manga kunna garna nagra hon hennes deras too lots "
			+ "quite bit into over").split(" ")));

	/** The words of the message that are none of the guide's: what a specific question asks about ("CPR number"). */
	static List<String> topicWords(String message) {
		List<String> rest = new ArrayList<>();
		for (String word : words(fold(message))) {
			if (GUIDE_VOCABULARY.contains(word) || word.chars().allMatch(Character::isDigit) || city(word).isPresent()
					|| COUNTRY_NAMES.contains(word) || COUNTRIES_OF_ORIGIN.containsKey(word) || NORDIC_PEOPLE.contains(word)
					|| EU_PEOPLE.contains(word) || OTHER_PEOPLE.contains(word) || PARTNER.contains(word)
					|| CHILDREN.contains(word) || LIVE_CUES.contains(word) || WORK_CUES.contains(word)
					|| STUDY_CUES.contains(word) || RESEARCH.contains(word)) {
				continue;
			}
			rest.add(word);
		}
		return rest;
	}

	// Typed answers to one question

	static Optional<String> live(String answer) {
		String text = fold(answer);
		if (UNDECIDED.matcher(text).find()) {
			return Optional.of("undecided");
		}
		return one(places(words(text)).stream().map(Place::country).toList())
			.or(() -> TypedAnswers.country(answer).or(() -> TypedAnswers.countryOfCity(answer)));
	}

	static Optional<String> work(String answer) {
		String text = fold(answer);
		List<String> words = words(text);
		if (LOOKING.matcher(text).find()) {
			return Optional.of("looking");
		}
		List<String> countries = places(words).stream().map(Place::country).distinct().toList();
		Optional<String> university = universities(text);
		if (BOTH.matcher(text).find() || countries.size() > 1) {
			return Optional.of("both");
		}
		Optional<String> country = one(countries).or(() -> university)
			.or(() -> TypedAnswers.country(answer))
			.or(() -> TypedAnswers.countryOfCity(answer));
		if (country.isEmpty()) {
			return Optional.empty();
		}
		boolean studying = words.stream().anyMatch(STUDY_CUES::contains) || university.isPresent();
		return Optional.of(studying ? "study-" + country.get() : country.get());
	}

	static Optional<String> citizen(String answer) {
		String text = fold(answer);
		return citizen(text, words(text), true);
	}

	static Optional<String> family(String answer) {
		String text = fold(answer);
		return family(text, words(text), false);
	}

	// Reading

	private static Optional<String> citizen(String text, List<String> words, boolean answer) {
		if (NON_EU.matcher(text).find()) {
			return Optional.of("other");
		}
		if (NORDIC.matcher(text).find()) {
			return Optional.of("nordic");
		}
		if (EU.matcher(text).find()) {
			return Optional.of("eu");
		}
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			String kind = NORDIC_PEOPLE.contains(word) ? "nordic" : EU_PEOPLE.contains(word) ? "eu"
					: OTHER_PEOPLE.contains(word) ? "other" : null;
			// A nationality word alone is an answer; in a sentence it must be about the person ("I'm Indian", "a German citizen").
			if (kind != null && (answer && words.size() <= 3 || aboutThePerson(words, i))) {
				return Optional.of(kind);
			}
			if (Set.of("from", "fran", "fra").contains(word) && i + 1 < words.size()) {
				String origin = COUNTRIES_OF_ORIGIN.get(words.get(i + 1));
				if (origin == null && i + 2 < words.size()) {
					origin = COUNTRIES_OF_ORIGIN.get(words.get(i + 1) + " " + words.get(i + 2));
				}
				if (origin != null) {
					return Optional.of(origin);
				}
			}
		}
		if (answer && words.size() <= 3) {
			String country = COUNTRIES_OF_ORIGIN.get(String.join(" ", words));
			if (country != null) {
				return Optional.of(country);
			}
		}
		return Optional.empty();
	}

	private static boolean aboutThePerson(List<String> words, int at) {
		String before = (at > 0) ? words.get(at - 1) : "";
		String before2 = (at > 1) ? words.get(at - 2) + " " + before : before;
		String after = (at + 1 < words.size()) ? words.get(at + 1) : "";
		return Set.of("citizen", "national", "passport", "medborgare", "statsborger", "medborger", "pass", "borger")
			.contains(after) || Set.of("im", "i am", "am", "a", "an", "as", "ar", "jag ar", "er", "jeg er", "som", "en", "ett")
				.contains(before) || Set.of("i am", "jag ar", "jeg er").contains(before2);
	}

	private static Optional<String> family(String text, List<String> words, boolean accompanying) {
		boolean partner = accompanying || words.stream().anyMatch(PARTNER::contains) || MY_HUSBAND.matcher(text).find();
		boolean children = words.stream().anyMatch(CHILDREN::contains);
		if (partner && children) {
			return Optional.of("both");
		}
		if (children) {
			return Optional.of("children");
		}
		if (partner) {
			return Optional.of("partner");
		}
		return ALONE.matcher(text).find() ? Optional.of("none") : Optional.empty();
	}

	/** Which kind of cue comes last in the five words before the place: live, work or study; "" for none. */
	private static String cue(List<String> words, int start) {
		for (int i = start - 1; i >= Math.max(0, start - 5); i--) {
			String word = words.get(i);
			if (STUDY_CUES.contains(word)) {
				return "study";
			}
			if (WORK_CUES.contains(word) || RESEARCH.contains(word)) {
				return "work";
			}
			if (LIVE_CUES.contains(word)) {
				return "live";
			}
		}
		return "";
	}

	/** "My wife got a job in Copenhagen": the place of someone else's job. */
	private static boolean partnerBefore(List<String> words, int start) {
		for (int i = start - 1; i >= Math.max(0, start - 8); i--) {
			if (PARTNER.contains(words.get(i)) || Set.of("man", "mand", "make").contains(words.get(i)) && i > 0
					&& Set.of("my", "min", "mi").contains(words.get(i - 1))) {
				return true;
			}
		}
		return false;
	}

	private record Place(int start, String country) {
	}

	/** Cities and the two countries named in the words, by the side of the Öresund. */
	private static List<Place> places(List<String> words) {
		List<Place> places = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			// "Kongens Lyngby", "Lunds universitet": two words first.
			Optional<String> two = (i + 1 < words.size()) ? city(words.get(i) + " " + words.get(i + 1)) : Optional.empty();
			if (two.isPresent()) {
				places.add(new Place(i, two.get()));
				i++;
				continue;
			}
			int at = i;
			city(words.get(i)).ifPresent(country -> places.add(new Place(at, country)));
		}
		return places;
	}

	private static Optional<String> city(String words) {
		if (MORE_CITIES.containsKey(words)) {
			return Optional.of(MORE_CITIES.get(words));
		}
		if (COUNTRY_NAMES.contains(words)) {
			return TypedAnswers.country(words);
		}
		// Adjectives ("Danish lessons") and "se" are no places.
		if (TypedAnswers.country(words).isPresent() || words.length() < 3) {
			return Optional.empty();
		}
		return TypedAnswers.countryOfCity(words);
	}

	/** The country of a university the text names ("Lund University", "KU", "DTU"). */
	private static Optional<String> universities(String text) {
		List<String> words = words(text);
		for (int size = 4; size >= 1; size--) {
			for (int i = 0; i + size <= words.size(); i++) {
				String name = String.join(" ", words.subList(i, i + size));
				if (size == 1 && !Set.of("ku", "ucph", "dtu", "cbs", "itu", "ruc", "lth", "mau", "slu", "kea").contains(name)) {
					continue;
				}
				if (size > 1 || name.length() <= 4) {
					Optional<String> country = TypedAnswers.countryOfUniversity(name);
					if (country.isPresent() && (size > 1 ? name.contains("univers") || name.contains("hogskol")
							|| name.contains("school") || name.contains("tekniska") || name.contains("handelshojskolen")
							|| name.contains("academy") || name.contains("akademi") : true)) {
						return country;
					}
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<String> one(List<String> countries) {
		List<String> distinct = countries.stream().distinct().toList();
		return (distinct.size() == 1) ? Optional.of(distinct.get(0)) : Optional.empty();
	}

	/** Lower case, accents and Danish letters folded, apostrophes dropped ("I'm" is "im"). */
	static String fold(String text) {
		return TypedAnswers.folded(text.replace("’", "'").replace("'", "")).replace("ß", "ss");
	}

	private static List<String> words(String folded) {
		List<String> words = new ArrayList<>();
		for (String word : folded.split("[^\\p{L}\\p{N}.]+")) {
			String w = word.replaceAll("^\\.+|\\.+$", "");
			if (!w.isEmpty()) {
				words.add(w);
			}
		}
		return words;
	}

	private static Map<String, String> origins() {
		Map<String, String> origins = new HashMap<>();
		for (String c : List.of("norway", "norge", "finland", "iceland", "island")) {
			origins.put(c, "nordic");
		}
		for (String c : List.of("germany", "tyskland", "france", "frankrike", "frankrig", "italy", "italien", "spain",
				"spanien", "poland", "polen", "netherlands", "the netherlands", "nederlanderna", "holland", "portugal",
				"greece", "grekland", "graekenland", "romania", "rumanien", "ireland", "irland", "austria", "osterrike",
				"ostrig", "belgium", "belgien", "czechia", "czech republic", "tjeckien", "tjekkiet", "hungary", "ungern",
				"ungarn", "lithuania", "litauen", "latvia", "lettland", "letland", "estonia", "estland", "croatia",
				"kroatien", "slovakia", "slovakien", "slovenia", "slovenien", "bulgaria", "bulgarien", "luxembourg",
				"malta", "cyprus", "cypern", "switzerland", "schweiz", "liechtenstein", "the eu", "eu", "europe",
				"europa")) {
			origins.put(c, "eu");
		}
		for (String c : List.of("india", "indien", "china", "kina", "usa", "us", "the us", "the usa", "america",
				"united states", "the united states", "brazil", "brasilien", "uk", "the uk", "united kingdom",
				"the united kingdom", "england", "britain", "storbritannien", "canada", "kanada", "australia",
				"australien", "iran", "turkey", "turkiet", "tyrkiet", "pakistan", "mexico", "mexiko", "japan", "korea",
				"south korea", "nigeria", "egypt", "egypten", "ukraine", "ukraina", "russia", "ryssland", "rusland",
				"vietnam", "philippines", "filippinerna", "filippinerne", "indonesia", "indonesien", "bangladesh",
				"colombia", "argentina", "chile", "south africa", "sydafrika", "kenya", "ghana", "syria", "syrien",
				"ethiopia", "etiopien", "nepal", "sri lanka", "thailand", "malaysia", "singapore", "israel", "lebanon",
				"libanon", "morocco", "marocko", "marokko", "tunisia", "peru", "venezuela")) {
			origins.put(c, "other");
		}
		return Map.copyOf(origins);
	}

}
