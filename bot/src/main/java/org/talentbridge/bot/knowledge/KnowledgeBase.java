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
import org.talentbridge.bot.knowledge.internal.ArticleFormatException;
import org.talentbridge.bot.knowledge.internal.ArticleMarkdown;
import org.talentbridge.bot.knowledge.internal.Fingerprints;
import org.talentbridge.bot.knowledge.internal.KnowledgeSource;
import org.talentbridge.bot.knowledge.internal.Searcher;
import org.talentbridge.bot.knowledge.internal.StaffEdits;
import org.talentbridge.bot.knowledge.internal.TrainedDecisions;

/**
 * The curated articles and the search over them. Loaded and validated at startup (a bad file stops
 * it); {@link #reload()} re-reads the folder and swaps the index in one step. Staff edits kept in
 * Redis ({@link KnowledgeCuration}) are applied on top of the files: the index is rebuilt with them
 * at once, and the answer decision is retrained for them in the background, after a pause in the
 * editing; until then the decision trained on the files judges with the edited phrases.
 */
@Component
public class KnowledgeBase implements org.springframework.beans.factory.SmartInitializingSingleton,
		org.springframework.beans.factory.DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(KnowledgeBase.class);

	private static final int CANDIDATES = 5;

	/** The programme's own day: the console dates new articles in Copenhagen. */
	private static final java.time.ZoneId STAFF_ZONE = java.time.ZoneId.of("Europe/Copenhagen");

	private final KnowledgeSource source;

	private final KnowledgeProperties properties;

	private final Clock clock;

	private final ObjectProvider<IntentTraining> intentTraining;

	private final TrainedDecisions kept;

	private final StaffEdits edits;

	/** Retrains the answer decision and the intents for staff edits, one at a time, off the request threads. */
	private final java.util.concurrent.ScheduledExecutorService background = java.util.concurrent.Executors
		.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "knowledge-edits");
			thread.setDaemon(true);
			return thread;
		});

	private java.util.concurrent.@org.jspecify.annotations.Nullable ScheduledFuture<?> retraining;

	private volatile State state;

	/** The first load, on its own thread while the rest of the application starts. */
	private final java.util.concurrent.CompletableFuture<State> first;

	/**
	 * The first load's articles, known before their index is built: the guide, the nudges and the
	 * intent training read them at startup, and need not wait for the index.
	 */
	private final java.util.concurrent.CompletableFuture<Contents> firstContents = new java.util.concurrent.CompletableFuture<>();

	KnowledgeBase(KnowledgeProperties properties, Clock clock, ObjectProvider<IntentTraining> intentTraining) {
		this(properties, clock, intentTraining, TrainedDecisions.NONE, StaffEdits.NONE);
	}

	/**
	 * @param kept answer decisions trained at earlier starts, so an unchanged knowledge base starts without training
	 * @param edits what staff changed, applied on top of the files
	 */
	@org.springframework.beans.factory.annotation.Autowired
	KnowledgeBase(KnowledgeProperties properties, Clock clock, ObjectProvider<IntentTraining> intentTraining,
			TrainedDecisions kept, StaffEdits edits) {
		this.source = KnowledgeSource.resolve(properties.path());
		this.properties = properties;
		this.clock = clock;
		this.intentTraining = intentTraining;
		this.kept = kept;
		this.edits = edits;
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
			this.first.whenComplete((loaded, ex) -> {
				if (ex != null) {
					this.firstContents.completeExceptionally(ex);
				}
			});
		}
	}

	private State state() {
		State current = this.state;
		if (current != null) {
			return current;
		}
		return joined(this.first);
	}

	/** The articles in use, without waiting for their index on the first load. */
	private Contents contents() {
		State current = this.state;
		if (current != null) {
			return current.contents();
		}
		return joined(this.firstContents);
	}

	private static <T> T joined(java.util.concurrent.CompletableFuture<T> loading) {
		try {
			return loading.join();
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
		State current = state();
		Searcher.Decided decided = current.searcher.search(question, language, CANDIDATES);
		String chosen = current.staffExamples.isEmpty() ? null : current.staffExamples.get(Fingerprints.of(question));
		if (chosen != null && current.byId.containsKey(chosen)
				&& !(decided.answered() && decided.matches().get(0).article().id().equals(chosen))) {
			// Staff said this question is this article's: it is answered so, whatever the decision learned.
			List<Match> matches = new java.util.ArrayList<>(decided.matches());
			Match own = matches.stream()
				.filter(m -> m.article().id().equals(chosen))
				.findFirst()
				.orElse(new Match(current.byId.get(chosen), 0, 1, 0));
			matches.remove(own);
			matches.add(0, own);
			return new SearchResult(List.copyOf(matches.subList(0, Math.min(CANDIDATES, matches.size()))), true,
					Math.max(decided.probability(), 1.0), decided.allWordsKnown());
		}
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
		// The files' own decision; the staff edits on top are judged by it until theirs is trained.
		Searcher files = this.state.filesSearcher;
		if (!this.properties.answerWhileTraining() || !files.answersAtOnce()) {
			files.awaitTrained();
		}
		retrainLater(this.state);
	}

	/** A training the start left for later begins once the application is ready. */
	@org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
	void startDeferredTraining() {
		state().filesSearcher.startTraining();
	}

	/** Whether this knowledge base's own answer decision judges (not one of an earlier version). */
	public boolean decisionTrained() {
		return state().searcher.isTrained();
	}

	public Optional<Article> find(String id) {
		return Optional.ofNullable(contents().byId().get(id));
	}

	public List<Article> articles() {
		return List.copyOf(contents().byId().values());
	}

	/**
	 * Articles whose review date falls on or before {@code until}, soonest first: those overdue and
	 * those due soon, for the people who re-read the sources.
	 */
	public List<Article> dueForReview(LocalDate until) {
		return contents().byId()
			.values()
			.stream()
			.filter(a -> !a.validUntil().isAfter(until))
			.sorted(java.util.Comparator.comparing(Article::validUntil).thenComparing(Article::id))
			.toList();
	}

	/** Intent name to training phrases, from {@code intents/*.txt}. */
	public Map<String, List<String>> intentPhrases() {
		return contents().intents();
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
		if (!this.properties.answerWhileTraining() || !loaded.filesSearcher.answersAtOnce()) {
			loaded.filesSearcher.awaitTrained();
		}
		this.state = loaded;
		IntentTraining training = this.intentTraining.getIfAvailable();
		if (training != null) {
			training.retrain();
		}
		retrainLater(loaded);
		return this.state.byId.size();
	}

	/**
	 * Applies the staff edits kept in Redis when they changed since last applied: the index is
	 * rebuilt over the files read last and the edits, in milliseconds, and swapped in.
	 * @return whether anything changed
	 */
	synchronized boolean applyEdits() {
		State current = state();
		if (this.edits.revision() == current.revision) {
			return false;
		}
		State applied = withEdits(current.files, overlay(current.files), current.filesSearcher);
		if (!applied.searcher.answersAtOnce()) {
			applied.searcher.awaitTrained();
		}
		this.state = applied;
		if (!firstQuestions(current.byId.values()).equals(firstQuestions(applied.byId.values()))) {
			// A new article, or new first questions: the intent classifier learns questions from those.
			IntentTraining training = this.intentTraining.getIfAvailable();
			if (training != null) {
				this.background.execute(training::retrain);
			}
		}
		retrainLater(applied);
		return true;
	}

	/** Once staff stop editing for a while, the answer decision is trained on what they made, in the background. */
	private synchronized void retrainLater(State applied) {
		if (this.retraining != null) {
			this.retraining.cancel(false);
			this.retraining = null;
		}
		if (applied.searcher == applied.filesSearcher || applied.searcher.isTrained()) {
			return;
		}
		this.retraining = this.background.schedule(() -> {
			if (state().searcher == applied.searcher) {
				log.info("Knowledge base: training the answer decision on the staff edits");
				applied.searcher.startTraining();
			}
		}, this.properties.retrainAfter().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
	}

	private static Map<String, List<String>> firstQuestions(java.util.Collection<Article> articles) {
		Map<String, List<String>> first = new java.util.TreeMap<>();
		for (Article article : articles) {
			article.questions().forEach((language, questions) -> first.put(article.id() + ":" + language.code(),
					questions.subList(0, Math.min(5, questions.size()))));
		}
		return first;
	}

	@Override
	public void destroy() {
		this.background.shutdownNow();
	}

	/** The revision of the staff edits now applied. */
	long revision() {
		return state().revision;
	}

	StaffEdits edits() {
		return this.edits;
	}

	KnowledgeSource source() {
		return this.source;
	}

	/** The article as its file has it, read at the last load; empty for an article only staff made. */
	Optional<Article> fileArticle(String id) {
		return state().files.articles().stream().filter(a -> a.id().equals(id)).findFirst();
	}

	/** The staff version in use of each article staff changed. */
	Map<String, StaffEdits.Version> applied() {
		return state().applied;
	}

	/** The out-of-scope phrases staff added, in use. */
	List<StaffEdits.Phrase> staffOutOfScope() {
		return state().staffOutOfScope;
	}

	/**
	 * The day an article's dates are checked against: today in Copenhagen, where staff write
	 * "checked: today" (after midnight there, UTC is still on yesterday), never before the real day.
	 */
	LocalDate today() {
		LocalDate today = LocalDate.now(this.clock.withZone(STAFF_ZONE));
		LocalDate real = LocalDate.now(Clock.system(STAFF_ZONE));
		return real.isAfter(today) ? real : today;
	}


	/** @param deferTraining whether a training waits for {@link #startDeferredTraining()} while an earlier decision judges */
	private State load(boolean deferTraining) {
		long started = System.nanoTime();
		LocalDate today = LocalDate.now(this.clock);
		// An article checked today is not "checked in the future" for a clock a test has set back.
		KnowledgeSource.Snapshot snapshot = this.source.load(today());
		Overlay overlay = overlay(snapshot);
		this.firstContents.complete(new Contents(overlay.byId(), snapshot.intents()));
		Searcher filesSearcher = new Searcher(snapshot.articles(), snapshot.synonyms(), snapshot.outOfScope(), this.kept,
				deferTraining);
		State loaded = withEdits(snapshot, overlay, filesSearcher);
		log.info("Knowledge base: {} articles from {} ({} changed by staff) indexed in {} ms", loaded.byId.size(),
				this.source.description(), loaded.applied.size(), (System.nanoTime() - started) / 1_000_000);
		long overdue = loaded.byId.values().stream().filter(a -> a.overdueOn(today)).count();
		if (overdue > 0) {
			log.warn("Knowledge base: {} articles are past their review date (valid-until); the console lists them", overdue);
		}
		return loaded;
	}

	/**
	 * The files with the staff edits on top. A staff version that no longer loads (the loader got
	 * stricter) is left out with a warning, never stopping the bot; so are all of them when together
	 * with changed files they break a counterpart.
	 */
	private Overlay overlay(KnowledgeSource.Snapshot files) {
		long revision;
		Map<String, StaffEdits.Version> latest;
		List<StaffEdits.Phrase> phrases;
		try {
			revision = this.edits.revision();
			latest = this.edits.latest();
			phrases = this.edits.outOfScope();
		}
		catch (StaffEdits.Unavailable ex) {
			// The files answer meanwhile; the edits apply once Redis is back (the revision differs then).
			log.warn("Knowledge base: staff edits not applied yet, Redis is unavailable ({})", ex.getClass().getSimpleName());
			revision = -1;
			latest = Map.of();
			phrases = List.of();
		}
		Map<String, Article> fromFiles = files.articles()
			.stream()
			.collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		if (latest.isEmpty() && phrases.isEmpty()) {
			return new Overlay(fromFiles, revision, Map.of(), Map.of(), null, List.of());
		}
		LocalDate today = today();
		Map<String, Article> byId = new LinkedHashMap<>(fromFiles);
		Map<String, StaffEdits.Version> applied = new LinkedHashMap<>();
		for (StaffEdits.Version version : latest.values()) {
			try {
				byId.put(version.articleId(),
						ArticleMarkdown.parse(ArticleMarkdown.file(version.articleId()), version.markdown(), today));
				applied.put(version.articleId(), version);
			}
			catch (ArticleFormatException ex) {
				log.warn("Knowledge base: staff version {} of {} is left out: {}", version.number(), version.articleId(),
						ex.getMessage());
			}
		}
		try {
			KnowledgeSource.checkCounterparts(List.copyOf(byId.values()));
		}
		catch (ArticleFormatException ex) {
			log.error("Knowledge base: the staff edits are left out, since with the files they break a counterpart: {}",
					ex.getMessage());
			byId = fromFiles;
			applied = Map.of();
		}
		Map<String, String> staffExamples = new java.util.HashMap<>();
		for (String id : applied.keySet()) {
			Article before = fromFiles.get(id);
			byId.get(id).questions().forEach((language, questions) -> {
				List<String> old = (before == null) ? List.of() : before.questions().getOrDefault(language, List.of());
				questions.stream().filter(q -> !old.contains(q)).forEach(q -> staffExamples.put(Fingerprints.of(q), id));
			});
		}
		Map<Language, List<String>> outOfScope = new java.util.EnumMap<>(Language.class);
		files.outOfScope().forEach((language, list) -> outOfScope.put(language, new java.util.ArrayList<>(list)));
		for (StaffEdits.Phrase phrase : phrases) {
			List<String> list = outOfScope.computeIfAbsent(phrase.language(), l -> new java.util.ArrayList<>());
			if (!list.contains(phrase.text())) {
				list.add(phrase.text());
			}
			// "Not for us" takes a question back from an article it was added to as an example.
			staffExamples.remove(Fingerprints.of(phrase.text()));
		}
		return new Overlay(byId, revision, Map.copyOf(applied), Map.copyOf(staffExamples), outOfScope, List.copyOf(phrases));
	}

	/** The overlay's index: the files' own when staff changed nothing. */
	private State withEdits(KnowledgeSource.Snapshot files, Overlay overlay, Searcher filesSearcher) {
		Searcher searcher = (overlay.outOfScope() == null) ? filesSearcher
				: new Searcher(List.copyOf(overlay.byId().values()), files.synonyms(), overlay.outOfScope(), this.kept,
						filesSearcher);
		return new State(overlay.byId(), searcher, files.intents(), files, filesSearcher, overlay.revision(),
				overlay.applied(), overlay.staffExamples(), overlay.phrases());
	}

	/**
	 * The articles in use and the rest of what staff changed.
	 * @param outOfScope the phrases with the staff's on top; {@code null} when staff changed nothing
	 */
	private record Overlay(Map<String, Article> byId, long revision, Map<String, StaffEdits.Version> applied,
			Map<String, String> staffExamples, @org.jspecify.annotations.Nullable Map<Language, List<String>> outOfScope,
			List<StaffEdits.Phrase> phrases) {
	}

	private record Contents(Map<String, Article> byId, Map<String, List<String>> intents) {
	}

	/**
	 * @param files the files as read at the last load, and {@code filesSearcher} over them alone
	 * @param revision of the staff edits applied
	 * @param staffExamples example questions staff added, by fingerprint, to the article's id
	 */
	private record State(Map<String, Article> byId, Searcher searcher, Map<String, List<String>> intents,
			KnowledgeSource.Snapshot files, Searcher filesSearcher, long revision, Map<String, StaffEdits.Version> applied,
			Map<String, String> staffExamples, List<StaffEdits.Phrase> staffOutOfScope) {

		Contents contents() {
			return new Contents(this.byId, this.intents);
		}

	}

}
