package org.talentbridge.bot.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.knowledge.Article;
import org.talentbridge.bot.knowledge.Match;

/**
 * An in-memory Lucene index of the articles: per language a title, questions and answer field, each
 * analyzed in its language, plus the topic tags. Every question is looked up in all three languages,
 * so a Swedish question still finds an article by its Danish or English words.
 *
 * <p>BM25 ranks the articles: Lucene's similarity over Lucene's statistics, each word's score per
 * article worked out once and kept ({@link ArticleScores}). Whether the best one answers the question is judged separately, by
 * the share of the question's meaningful words the article contains, each weighted by its rarity
 * (IDF): "weather in Malmö" shares "Malmö" with many articles but "weather" with none, so it stays
 * unanswered. Words the index does not know are corrected to the closest known word first, so
 * "personumer" still finds the personnummer article.
 */
final class ArticleIndex {

	/** What separates words; compiled once, as String.split compiles a pattern like this on every call. */
	private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Map<String, Float> FIELD_BOOSTS = Map.of("title", 2.0f, "questions", 1.5f, "body", 0.7f);

	private static final float TOPIC_BOOST = 2.0f;

	private static final float CORRECTED = 0.8f;

	private static final double BODY_ONLY = 0.5;

	private static final float TIE_BREAKER = 0.1f;

	/** Hits re-ranked with the country prior before the best few are returned. */
	private static final int RERANK = 10;

	private static final Map<String, String> WORD_FORMS = Resources.wordForms("word-forms.txt");

	private final List<Article> articles;

	private final Analyzers analyzers;

	/** Per language: term -> number of articles that use it in that language's fields. */
	private final Map<Language, Map<String, Integer>> documentFrequency = new EnumMap<>(Language.class);

	/** Per language: term -> the articles that use it (doc id = position in articles). */
	private final Map<Language, Map<String, BitSet>> termDocs = new EnumMap<>(Language.class);

	/** Per language: term -> the articles whose title or example questions use it, what they are about. */
	private final Map<Language, Map<String, BitSet>> keyTermDocs = new EnumMap<>(Language.class);

	private final List<Set<String>> articleTopics = new ArrayList<>();

	private final Map<String, Integer> topicFrequency = new HashMap<>();

	private final Map<Language, Vocabulary> vocabularies = new EnumMap<>(Language.class);

	private final CountryWords countryWords = CountryWords.INSTANCE;

	/** Every word of the articles as written (lower case): two words are joined only into one of these. */
	private final Set<String> surfaceWords = new HashSet<>();

	/** The terms of each field ("title_sv"): a clause is added only where its term can match. */
	private final Map<String, Set<String>> fieldTerms = new HashMap<>();

	private final TermScores termScores;

	/**
	 * Resolved words by their text: analysis and typo correction cost far more than the search
	 * itself, and people use the same words again and again. Bounded; emptied when full.
	 */
	private final Map<String, Resolution> resolved = new java.util.concurrent.ConcurrentHashMap<>();

	private static final int RESOLVED_LIMIT = 50_000;

	static final float PLACE = 0.3f;

	/** A word found through the concept files counts a little less than the article's own word. */
	private static final float SYNONYM = 0.8f;

	private final Synonyms synonyms;

	/** Per language: term -> the example questions (by number) that use it. */
	private final Map<Language, Map<String, BitSet>> questionPostings = new EnumMap<>(Language.class);

	/** Per example question: its article (doc id) and the summed rarity of its terms. */
	private int[] questionArticle;

	private double[] questionWeight;

	/** How much the closest example question lifts an article's score. */
	static final double QUESTION_LIFT = 1.0;

	ArticleIndex(List<Article> articles, Analyzers analyzers, Synonyms synonyms) {
		this.articles = List.copyOf(articles);
		this.analyzers = analyzers;
		this.synonyms = synonyms;
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzers.plain()))) {
			for (Language language : Language.values()) {
				this.documentFrequency.put(language, new HashMap<>());
				this.termDocs.put(language, new HashMap<>());
				this.keyTermDocs.put(language, new HashMap<>());
			}
			for (int doc = 0; doc < this.articles.size(); doc++) {
				writer.addDocument(document(doc, this.articles.get(doc)));
			}
			writer.commit();
			this.termScores = new TermScores(new IndexSearcher(DirectoryReader.open(directory)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (Language language : Language.values()) {
			this.vocabularies.put(language, new Vocabulary(this.documentFrequency.get(language)));
		}
		indexQuestions();
	}

	/**
	 * Each example question on its own, for the closest-question measure: a paraphrase usually shares
	 * more with one way of asking than with the whole article.
	 */
	private void indexQuestions() {
		for (Language language : Language.values()) {
			this.questionPostings.put(language, new HashMap<>());
		}
		List<Integer> articleOf = new ArrayList<>();
		List<Double> weights = new ArrayList<>();
		for (int doc = 0; doc < this.articles.size(); doc++) {
			for (Map.Entry<Language, List<String>> entry : this.articles.get(doc).questions().entrySet()) {
				Language language = entry.getKey();
				for (String question : entry.getValue()) {
					int number = articleOf.size();
					Set<String> terms = new HashSet<>(this.analyzers.terms(language, question));
					double weight = 0;
					for (String term : terms) {
						this.questionPostings.get(language).computeIfAbsent(term, t -> new BitSet()).set(number);
						weight += idf(this.documentFrequency.get(language).getOrDefault(term, 1));
					}
					articleOf.add(doc);
					weights.add(Math.max(weight, 1e-9));
				}
			}
		}
		this.questionArticle = articleOf.stream().mapToInt(Integer::intValue).toArray();
		this.questionWeight = weights.stream().mapToDouble(Double::doubleValue).toArray();
	}

	/** Per article, the cosine-like closeness of its closest example question to the question's words. */
	private double[] closestQuestions(List<Word> words, double total) {
		long[][] bits = new long[words.size()][];
		double[] weights = new double[words.size()];
		int count = 0;
		int blocks = 0;
		for (Word word : words) {
			if (word.weight == 0 || word.questionBits.length == 0) {
				continue;
			}
			bits[count] = word.questionBits;
			weights[count++] = word.weight * (word.corrected() ? CORRECTED : 1.0);
			blocks = Math.max(blocks, word.questionBits.length);
		}
		double[] best = new double[this.articles.size()];
		// Block by block of 64 questions over the words' bit sets: no per-question table to clear or
		// to miss in the cache, with many requests at once.
		for (int block = 0; block < blocks; block++) {
			long any = 0;
			for (int w = 0; w < count; w++) {
				if (block < bits[w].length) {
					any |= bits[w][block];
				}
			}
			while (any != 0) {
				int bit = Long.numberOfTrailingZeros(any);
				any &= any - 1;
				long mask = 1L << bit;
				double matched = 0;
				for (int w = 0; w < count; w++) {
					if (block < bits[w].length && (bits[w][block] & mask) != 0) {
						matched += weights[w];
					}
				}
				int q = block * 64 + bit;
				double closeness = matched / Math.sqrt(total * this.questionWeight[q]);
				int doc = this.questionArticle[q];
				best[doc] = Math.max(best[doc], closeness);
			}
		}
		return best;
	}

	private Document document(int doc, Article article) {
		Document document = new Document();
		for (Language language : Language.values()) {
			Set<String> terms = new HashSet<>();
			String title = article.section(language).map(Article.Section::title).orElse("");
			String body = article.section(language).map(Article.Section::body).orElse("");
			List<String> questions = article.questions().getOrDefault(language, List.of());
			add(document, "title_" + language.code(), List.of(title), language, terms);
			add(document, "questions_" + language.code(), questions, language, terms);
			Set<String> keyTerms = Set.copyOf(terms);
			add(document, "body_" + language.code(), List.of(body), language, terms);
			terms.forEach(term -> this.documentFrequency.get(language).merge(term, 1, Integer::sum));
			terms.forEach(term -> this.termDocs.get(language).computeIfAbsent(term, t -> new BitSet()).set(doc));
			keyTerms.forEach(term -> this.keyTermDocs.get(language).computeIfAbsent(term, t -> new BitSet()).set(doc));
		}
		Set<String> topics = new HashSet<>();
		for (String topic : article.topics()) {
			topics.addAll(this.analyzers.plainTerms(topic.replace('-', ' ')));
		}
		topics.forEach(topic -> this.topicFrequency.merge(topic, 1, Integer::sum));
		this.articleTopics.add(topics);
		document.add(new TextField("topics", String.join(" ", topics), Field.Store.NO));
		this.fieldTerms.computeIfAbsent("topics", f -> new HashSet<>()).addAll(topics);
		return document;
	}

	private void add(Document document, String field, List<String> texts, Language language, Set<String> terms) {
		// The field is analyzed here, so Lucene indexes exactly the terms the confidence measure sees.
		// Text by text: each one's analysis is cached, and the folds of the training share the texts.
		List<String> analyzed = new ArrayList<>();
		for (String text : texts) {
			analyzed.addAll(this.analyzers.terms(language, text));
			for (String word : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
				if (!word.isEmpty()) {
					this.surfaceWords.add(word);
				}
			}
		}
		if (analyzed.isEmpty()) {
			return;
		}
		terms.addAll(analyzed);
		this.fieldTerms.computeIfAbsent(field, f -> new HashSet<>()).addAll(analyzed);
		document.add(new TextField(field, String.join(" ", analyzed), Field.Store.NO));
	}

	List<Match> search(String text, Language language, int limit) {
		return searched(text, language, limit).matches();
	}

	/** The best articles for a question, and what the answer decision needs to know about the question. */
	Searched searched(String text, Language language, int limit) {
		List<String> tokens = tokens(text);
		List<Word> words = words(tokens);
		List<String> folded = CountryWords.folded(tokens);
		Set<String> countries = this.countryWords.countriesOf(folded);
		String commute = this.countryWords.commute(folded, countries);
		if (words.isEmpty()) {
			return new Searched(List.of(), 0, 0, 0, countries);
		}
		// The sum over the words, as a Boolean query of optional clauses scores it.
		double[] bm25 = new double[this.articles.size()];
		double total = 0;
		double unknown = 0;
		int meaningful = 0;
		boolean any = false;
		for (Word word : words) {
			total += word.weight;
			if (word.weight > 0) {
				meaningful++;
			}
			if (word.scores == null) {
				unknown += word.weight;
			}
			else {
				word.scores.addTo(bm25);
				any = true;
			}
		}
		if (!any) {
			return new Searched(List.of(), total, unknown, meaningful, countries);
		}
		int[] top = top(bm25, Math.max(limit, RERANK));
		double[] closest = closestQuestions(words, total);
		List<Candidate> candidates = new ArrayList<>(top.length);
		for (int doc : top) {
			double covered = 0;
			double matched = 0;
			double rarest = 0;
			double key = 0;
			for (Word word : words) {
				double fit = fit(doc, word);
				covered += word.weight * fit;
				// A corrected typo covers the word but is weaker evidence than the word itself.
				matched += word.weight * (word.corrected() ? CORRECTED : 1.0) * fit;
				if (fit == 1.0) {
					rarest = Math.max(rarest, word.weight);
					key += word.weight;
				}
			}
			Article article = this.articles.get(doc);
			double score = bm25[doc] * this.countryWords.prior(article.country(), countries, language)
					* (1 + QUESTION_LIFT * closest[doc]) * commuteFit(article, commute);
			Match match = new Match(article, score, (total > 0) ? covered / total : 0, matched);
			candidates.add(new Candidate(match, rarest, (total > 0) ? key / total : 0, closest[doc]));
		}
		candidates.sort(java.util.Comparator.comparingDouble((Candidate c) -> c.match().score()).reversed());
		List<Candidate> best = candidates.size() > limit ? List.copyOf(candidates.subList(0, limit)) : candidates;
		return new Searched(best, total, unknown, meaningful, countries);
	}

	/** The best-scoring articles with a score, best first; ties go to the earlier article, as in Lucene. */
	private static int[] top(double[] scores, int limit) {
		int[] best = new int[limit];
		int size = 0;
		for (int doc = 0; doc < scores.length; doc++) {
			double score = scores[doc];
			if (score <= 0 || (size == limit && score <= scores[best[size - 1]])) {
				continue;
			}
			int at = (size < limit) ? size++ : size - 1;
			while (at > 0 && scores[best[at - 1]] < score) {
				best[at] = best[at - 1];
				at--;
			}
			best[at] = doc;
		}
		return (size == limit) ? best : java.util.Arrays.copyOf(best, size);
	}

	/** Living in one country and working in the other is one article, the other way round another. */
	private static double commuteFit(Article article, @org.jspecify.annotations.Nullable String commute) {
		if (commute == null || article.commute() == null) {
			return 1.0;
		}
		return commute.equals(article.commute()) ? COMMUTE_MATCH : 1 / COMMUTE_MATCH;
	}

	private static final double COMMUTE_MATCH = 2.0;

	/**
	 * An article found for a question, with what the re-ranking and the answer decision weigh.
	 *
	 * @param match the article, its BM25 score, coverage and evidence
	 * @param rarest the rarity of the rarest question word it has in its title, questions or tags
	 * @param keyShare the share of the question's weight it has there (not only in its text)
	 * @param closest how close its closest example question is to the question (0 to 1)
	 */
	record Candidate(Match match, double rarest, double keyShare, double closest) {
	}

	/**
	 * @param candidates best first
	 * @param totalWeight summed rarity of the question's meaningful words
	 * @param unknownWeight the part of it no article knows at all
	 * @param words how many meaningful words the question has
	 * @param countries the countries the question names (DK, SE)
	 */
	record Searched(List<Candidate> candidates, double totalWeight, double unknownWeight, int words,
			Set<String> countries) {

		List<Match> matches() {
			return this.candidates.stream().map(Candidate::match).toList();
		}

		Searched reordered(List<Candidate> order) {
			return new Searched(order, this.totalWeight, this.unknownWeight, this.words, this.countries);
		}
	}

	/**
	 * How well a word ties the question to an article: fully when the article's title, example
	 * questions or tags use it, half when only its answer text does (answers are prose, and a
	 * generic word such as "bring" in one answer says little), not at all otherwise.
	 */
	private static double fit(int doc, Word word) {
		if (word.keyDocs.get(doc)) {
			return 1.0;
		}
		return word.anyDocs.get(doc) ? BODY_ONLY : 0;
	}

	/**
	 * What one word scores per article: its term in every field of every language that has it, the
	 * best field counting (a word found in a title and an answer is still one word).
	 */
	private @org.jspecify.annotations.Nullable ArticleScores clause(Map<Language, Lookup> lookups, String topic) {
		List<ArticleScores> alternatives = new ArrayList<>();
		for (Map.Entry<Language, Lookup> entry : lookups.entrySet()) {
			String code = entry.getKey().code();
			Lookup lookup = entry.getValue();
			float weight = lookup.corrected ? CORRECTED : 1f;
			FIELD_BOOSTS.forEach((field, boost) -> {
				ArticleScores scores = termScores(new Term(field + "_" + code, lookup.term));
				if (scores != null) {
					alternatives.add(scores.boosted(boost * weight));
				}
			});
		}
		if (topic != null) {
			ArticleScores scores = termScores(new Term("topics", topic));
			if (scores != null) {
				alternatives.add(scores.boosted(TOPIC_BOOST));
			}
		}
		return alternatives.isEmpty() ? null : ArticleScores.best(alternatives, TIE_BREAKER, this.articles.size());
	}

	/** A term's BM25 score in each article whose field has it; null when the field does not have it. */
	private @org.jspecify.annotations.Nullable ArticleScores termScores(Term term) {
		Set<String> known = this.fieldTerms.get(term.field());
		if (known == null || !known.contains(term.text())) {
			return null;
		}
		return this.termScores.of(term);
	}

	/** The articles that use a term, as key term (title, questions) or anywhere, in one language. */
	private BitSet docsWith(Language language, String term, boolean keyOnly) {
		BitSet docs = (keyOnly ? this.keyTermDocs : this.termDocs).get(language).get(term);
		return (docs != null) ? (BitSet) docs.clone() : new BitSet(this.articles.size());
	}

	/** Lower-cased words of the text, with chat short forms written out ("cpr nr" -> "cpr nummer"). */
	private List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		for (String raw : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
			if (raw.isEmpty()) {
				continue;
			}
			String form = WORD_FORMS.get(raw);
			if (form == null && raw.length() > 4 && raw.endsWith("nr")) {
				form = raw.substring(0, raw.length() - 2) + "nummer";
			}
			tokens.add(form != null ? form : raw);
		}
		return tokens;
	}

	/**
	 * The meaningful words of a question, each looked up in every language's vocabulary. Two words
	 * the index knows as one ("etablerings kort") are joined; an unknown compound is split into known
	 * parts ("studenttillstånd").
	 */
	private List<Word> words(List<String> tokens) {
		Map<String, Word> words = new LinkedHashMap<>();
		for (int i = 0; i < tokens.size(); i++) {
			String raw = tokens.get(i);
			int phrase = phraseAt(tokens, i);
			if (phrase > 1) {
				String name = String.join(" ", tokens.subList(i, i + phrase));
				List<String> target = this.synonyms.at(tokens, i, phrase);
				Resolution concept = cached(" " + name, () -> {
					Word word = concept(target, null);
					return (word != null) ? new Resolution(List.of(name), List.of(word)) : NONE;
				});
				if (concept != NONE) {
					words.putIfAbsent(name, concept.words.get(0));
				}
			}
			// Only two words of meaning: "to get" is not Danish "toget" (the train), nor "I'd" an ID.
			if (i + 1 < tokens.size() && !this.analyzers.isFiller(raw) && !this.analyzers.isFiller(tokens.get(i + 1))
					&& this.surfaceWords.contains(raw + tokens.get(i + 1))) {
				String joined = raw + tokens.get(i + 1);
				Resolution pair = cached(" " + joined, () -> {
					Word word = lookup(joined, false);
					return (word != null) ? new Resolution(List.of(joined), List.of(word)) : NONE;
				});
				if (pair != NONE) {
					words.putIfAbsent(joined, pair.words.get(0));
					i++;
					continue;
				}
			}
			if (raw.length() < 2 || this.analyzers.isFiller(raw) || words.containsKey(raw)) {
				continue;
			}
			Resolution resolution = cached(raw, () -> resolve(raw));
			for (int w = 0; w < resolution.words.size(); w++) {
				words.putIfAbsent(resolution.names.get(w), resolution.words.get(w));
			}
		}
		return new ArrayList<>(words.values());
	}

	private Resolution cached(String key, java.util.function.Supplier<Resolution> resolver) {
		Resolution resolution = this.resolved.get(key);
		if (resolution == null) {
			resolution = resolver.get();
			if (this.resolved.size() >= RESOLVED_LIMIT) {
				this.resolved.clear();
			}
			this.resolved.put(key, resolution);
		}
		return resolution;
	}

	/** The longest phrase of two or more words starting here that the concept files know; 0 if none. */
	private int phraseAt(List<String> tokens, int from) {
		if (this.synonyms.isEmpty()) {
			return 0;
		}
		for (int length = Synonyms.MAX_PHRASE; length > 1; length--) {
			if (this.synonyms.at(tokens, from, length) != null) {
				return length;
			}
		}
		return 0;
	}

	/**
	 * The article's word(s) for a concept, joined with the person's own word when the index knows that
	 * too: "earn" finds "salary", and "pay" still finds "pay".
	 */
	private Word concept(List<String> target, @org.jspecify.annotations.Nullable Word own) {
		List<Word> found = new ArrayList<>();
		if (own != null) {
			found.add(own);
		}
		for (String part : target) {
			Word word = lookup(part, false);
			if (word != null) {
				found.add(word);
			}
		}
		if (found.isEmpty() || (own != null && found.size() == 1)) {
			return own;
		}
		BitSet keyDocs = new BitSet(this.articles.size());
		BitSet anyDocs = new BitSet(this.articles.size());
		BitSet questionDocs = new BitSet();
		List<ArticleScores> alternatives = new ArrayList<>();
		double weight = 0;
		for (int i = 0; i < found.size(); i++) {
			Word word = found.get(i);
			keyDocs.or(word.keyDocs);
			anyDocs.or(word.anyDocs);
			questionDocs.or(word.questionDocs);
			if (word.scores != null) {
				alternatives.add((i == 0 && own != null) ? word.scores : word.scores.boosted(SYNONYM));
			}
			weight = Math.max(weight, word.weight);
		}
		double ownWeight = (own != null) ? own.weight : weight;
		return new Word(found.get(0).lookups, found.get(0).topic, ownWeight, own == null ? false : own.corrected,
				keyDocs, anyDocs,
				alternatives.isEmpty() ? null : ArticleScores.best(alternatives, TIE_BREAKER, this.articles.size()),
				questionDocs);
	}

	/** One word of a question as the index sees it: itself, its concept, corrected, or its known parts. */
	private Resolution resolve(String raw) {
		List<String> target = this.synonyms.at(List.of(raw), 0, 1);
		if (target != null) {
			Word own = lookup(raw, false);
			Word word = concept(target, own);
			if (word != null) {
				return new Resolution(List.of(raw), List.of(word));
			}
		}
		// A word one language knows is that word, not another language's typo: correct only the unknown.
		Word word = lookup(raw, false);
		if (word == null) {
			word = lookup(raw, true);
		}
		if (word != null) {
			// Place names steer the ranking but are context, not topic: "pizza in Malmö" is not
			// about anything the articles answer.
			return new Resolution(List.of(raw), List.of(this.countryWords.isPlace(raw) ? word.asContext() : word));
		}
		List<String> parts = split(raw);
		List<Word> found = new ArrayList<>();
		for (String part : parts) {
			Word partWord = lookup(part, false);
			if (partWord != null) {
				found.add(partWord);
			}
		}
		if (parts.isEmpty() || found.size() != parts.size()) {
			// Unknown everywhere: it counts against the articles like a word only one article uses.
			return new Resolution(List.of(raw), List.of(Word.unknown(idf(1))));
		}
		return new Resolution(parts, List.copyOf(found));
	}

	private record Resolution(List<String> names, List<Word> words) {
	}

	private static final Resolution NONE = new Resolution(List.of(), List.of());

	/** Looks a word up in every language; null if no language knows it (even after correction). */
	private Word lookup(String raw, boolean correct) {
		Map<Language, Lookup> lookups = new EnumMap<>(Language.class);
		int maxFrequency = 0;
		for (Language language : Language.values()) {
			String term = this.analyzers.term(language, raw);
			if (term == null) {
				continue;
			}
			Integer frequency = this.documentFrequency.get(language).get(term);
			boolean corrected = false;
			if (frequency == null) {
				term = correct ? this.vocabularies.get(language).closest(term) : null;
				if (term == null) {
					continue;
				}
				frequency = this.documentFrequency.get(language).get(term);
				corrected = true;
			}
			lookups.put(language, new Lookup(term, corrected));
			maxFrequency = Math.max(maxFrequency, frequency);
		}
		String topic = this.analyzers.plainTerm(raw);
		if (topic != null && this.topicFrequency.containsKey(topic)) {
			maxFrequency = Math.max(maxFrequency, this.topicFrequency.get(topic));
		}
		else {
			topic = null;
		}
		if (lookups.isEmpty() && topic == null) {
			return null;
		}
		BitSet keyDocs = new BitSet(this.articles.size());
		BitSet anyDocs = new BitSet(this.articles.size());
		for (Map.Entry<Language, Lookup> entry : lookups.entrySet()) {
			keyDocs.or(docsWith(entry.getKey(), entry.getValue().term, true));
			anyDocs.or(docsWith(entry.getKey(), entry.getValue().term, false));
		}
		if (topic != null) {
			for (int doc = 0; doc < this.articleTopics.size(); doc++) {
				if (this.articleTopics.get(doc).contains(topic)) {
					keyDocs.set(doc);
				}
			}
		}
		boolean corrected = topic == null && lookups.values().stream().allMatch(Lookup::corrected);
		ArticleScores scores = clause(lookups, topic);
		// A word is as informative as its most common reading: "skat" is rare in English fields
		// but common in Danish ones, and it is the common reading that counts.
		BitSet questionDocs = new BitSet();
		for (Map.Entry<Language, Lookup> entry : lookups.entrySet()) {
			BitSet posting = this.questionPostings.get(entry.getKey()).get(entry.getValue().term);
			if (posting != null) {
				questionDocs.or(posting);
			}
		}
		return new Word(lookups, topic, idf(maxFrequency), corrected, keyDocs, anyDocs, scores, questionDocs);
	}

	/** Known parts of an unknown compound, as raw words, tried in each language's vocabulary. */
	private List<String> split(String raw) {
		if (raw.length() < 8) {
			return List.of();
		}
		String folded = this.analyzers.plainTerm(raw);
		for (Language language : Language.values()) {
			List<String> parts = this.vocabularies.get(language).split(folded == null ? raw : folded);
			if (!parts.isEmpty()) {
				return parts;
			}
		}
		return List.of();
	}

	private double idf(int documentFrequency) {
		int n = this.articles.size();
		return Math.log(1 + (n - documentFrequency + 0.5) / (documentFrequency + 0.5));
	}

	private record Lookup(String term, boolean corrected) {
	}

	/**
	 * A meaningful word of a question: its term in each language that knows it, its weight (IDF),
	 * whether it was found only by correcting a typo, the articles that use it, and what it adds to
	 * their score (null when no field has it).
	 */
	private record Word(Map<Language, Lookup> lookups, @org.jspecify.annotations.Nullable String topic, double weight,
			boolean corrected, BitSet keyDocs, BitSet anyDocs, @org.jspecify.annotations.Nullable ArticleScores scores,
			BitSet questionDocs, long[] questionBits) {

		Word(Map<Language, Lookup> lookups, @org.jspecify.annotations.Nullable String topic, double weight,
				boolean corrected, BitSet keyDocs, BitSet anyDocs, @org.jspecify.annotations.Nullable ArticleScores scores,
				BitSet questionDocs) {
			this(lookups, topic, weight, corrected, keyDocs, anyDocs, scores, questionDocs, questionDocs.toLongArray());
		}

		static Word unknown(double weight) {
			return new Word(Map.of(), null, weight, false, new BitSet(), new BitSet(), null, new BitSet());
		}

		/** A place: it steers the ranking a little (the country prior does the rest) but is not a topic. */
		Word asContext() {
			ArticleScores weak = (this.scores != null) ? this.scores.boosted(PLACE) : null;
			return new Word(this.lookups, this.topic, 0, this.corrected, this.keyDocs, this.anyDocs, weak,
					this.questionDocs);
		}

	}
}
