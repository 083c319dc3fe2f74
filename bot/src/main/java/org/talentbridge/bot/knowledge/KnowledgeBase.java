package org.talentbridge.bot.knowledge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.IntentTraining;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.knowledge.internal.KnowledgeSource;
import org.talentbridge.bot.knowledge.internal.Searcher;
import org.talentbridge.bot.knowledge.internal.TrainedDecisions;

/**
 * The curated articles and the search over them. Loaded and validated at startup (a bad file stops
 * it); {@link #reload()} re-reads the folder and swaps the index in one step.
 */
@Component
public class KnowledgeBase implements org.springframework.beans.factory.SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(KnowledgeBase.class);

	private static final int CANDIDATES = 5;

	private final KnowledgeSource source;

	private final KnowledgeProperties properties;

	private final Clock clock;

	private final ObjectProvider<IntentTraining> intentTraining;

	private final TrainedDecisions kept;

	private volatile State state;

	/** The first load, on its own thread while the rest of the application starts. */
	private final java.util.concurrent.CompletableFuture<State> first;

	KnowledgeBase(KnowledgeProperties properties, Clock clock, ObjectProvider<IntentTraining> intentTraining) {
		this(properties, clock, intentTraining, TrainedDecisions.NONE);
	}

	/** @param kept answer decisions trained at earlier starts, so an unchanged knowledge base starts without training */
	@org.springframework.beans.factory.annotation.Autowired
	KnowledgeBase(KnowledgeProperties properties, Clock clock, ObjectProvider<IntentTraining> intentTraining,
			TrainedDecisions kept) {
		this.source = KnowledgeSource.resolve(properties.path());
		this.properties = properties;
		this.clock = clock;
		this.intentTraining = intentTraining;
		this.kept = kept;
		if (kept == TrainedDecisions.NONE) {
			this.state = load(false);
			this.first = java.util.concurrent.CompletableFuture.completedFuture(this.state);
		}
		else {
			this.first = java.util.concurrent.CompletableFuture.supplyAsync(() -> load(properties.answerWhileTraining()), runnable -> {
				Thread thread = new Thread(runnable, "knowledge-base");
				thread.setDaemon(true);
				thread.start();
			});
		}
	}

	private State state() {
		State current = this.state;
		if (current != null) {
			return current;
		}
		try {
			return this.first.join();
		}
		catch (java.util.concurrent.CompletionException ex) {
			// A bad file stops the start, naming the file and field.
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/**
	 * Searches all articles; the language asked in breaks ties between countries.
	 * {@link SearchResult#answered()} says whether the learned answer decision takes the best one.
	 */
	public SearchResult search(String question, Language language) {
		Searcher.Decided decided = state().searcher.search(question, language, CANDIDATES);
		return new SearchResult(decided.matches(), decided.answered(), decided.probability(), decided.allWordsKnown());
	}

	/** The answer decision's threshold and cross-validated figures, as one line. */
	public String decisionFigures() {
		return state().searcher.decisionFigures();
	}

	/** The countries (DK, SE) a message names, by country, language or place ("Malmö" is SE). */
	public java.util.Set<String> countriesNamed(String text) {
		return org.talentbridge.bot.knowledge.internal.CountryWords.INSTANCE.countriesIn(text);
	}

	/**
	 * The knowledge base loads and its answer decision trains while the rest of the application
	 * starts. Ready means loaded and trained, or (when allowed) judged meanwhile by the decision of an
	 * earlier version, which the newly trained one replaces when it is done.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		this.state = state();
		if (!this.properties.answerWhileTraining() || !this.state.searcher.answersAtOnce()) {
			this.state.searcher.awaitTrained();
		}
	}

	/** A training the start left for later begins once the application is ready. */
	@org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
	void startDeferredTraining() {
		state().searcher.startTraining();
	}

	/** Whether this knowledge base's own answer decision judges (not one of an earlier version). */
	public boolean decisionTrained() {
		return state().searcher.isTrained();
	}

	public Optional<Article> find(String id) {
		return Optional.ofNullable(state().byId.get(id));
	}

	public List<Article> articles() {
		return List.copyOf(state().byId.values());
	}

	/**
	 * Articles whose review date falls on or before {@code until}, soonest first: those overdue and
	 * those due soon, for the people who re-read the sources.
	 */
	public List<Article> dueForReview(LocalDate until) {
		return state().byId.values()
			.stream()
			.filter(a -> !a.validUntil().isAfter(until))
			.sorted(java.util.Comparator.comparing(Article::validUntil).thenComparing(Article::id))
			.toList();
	}

	/** Intent name to training phrases, from {@code intents/*.txt}. */
	public Map<String, List<String>> intentPhrases() {
		return state().intents;
	}

	/**
	 * Other curated content next to the articles (events, nudge campaigns), read fresh on each call.
	 * @param pattern a path relative to the knowledge base, such as "events/*.yml"
	 * @return file name to content, in name order
	 */
	public Map<String, String> files(String pattern) {
		return this.source.files(pattern);
	}

	/** Where the articles are read from, for people who want to change one. */
	public String location() {
		return this.source.description();
	}

	/**
	 * Re-reads the knowledge base. A broken file leaves the current articles in place and the
	 * exception names the file and field.
	 * @return the number of articles now loaded
	 */
	public synchronized int reload() {
		State loaded = load(false);
		if (!this.properties.answerWhileTraining() || !loaded.searcher.answersAtOnce()) {
			loaded.searcher.awaitTrained();
		}
		this.state = loaded;
		IntentTraining training = this.intentTraining.getIfAvailable();
		if (training != null) {
			training.retrain();
		}
		return this.state.byId.size();
	}

	/** @param deferTraining whether a training waits for {@link #startDeferredTraining()} while an earlier decision judges */
	private State load(boolean deferTraining) {
		long started = System.nanoTime();
		// An article checked today is not "checked in the future" for a clock a test has set back.
		LocalDate today = LocalDate.now(this.clock);
		LocalDate real = LocalDate.now(Clock.systemUTC());
		KnowledgeSource.Snapshot snapshot = this.source.load(real.isAfter(today) ? real : today);
		Map<String, Article> byId = snapshot.articles()
			.stream()
			.collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		State loaded = new State(byId, new Searcher(snapshot.articles(), snapshot.synonyms(), snapshot.outOfScope(), this.kept, deferTraining), snapshot.intents());
		log.info("Knowledge base: {} articles from {} indexed in {} ms", byId.size(), this.source.description(),
				(System.nanoTime() - started) / 1_000_000);
		long overdue = byId.values().stream().filter(a -> a.overdueOn(today)).count();
		if (overdue > 0) {
			log.warn("Knowledge base: {} articles are past their review date (valid-until); the console lists them", overdue);
		}
		return loaded;
	}

	private record State(Map<String, Article> byId, Searcher searcher, Map<String, List<String>> intents) {
	}

}
