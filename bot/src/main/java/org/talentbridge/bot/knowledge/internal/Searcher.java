package org.talentbridge.bot.knowledge.internal;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.knowledge.Article;
import org.talentbridge.bot.knowledge.Match;

/** The index and the answer decision behind the module's API: built once per load of the knowledge base. */
public final class Searcher {

	private static final Logger log = LoggerFactory.getLogger(Searcher.class);

	private static final Analyzers ANALYZERS = new Analyzers();

	private final ArticleIndex index;

	private final java.util.concurrent.CompletableFuture<AnswerDecision> decision;

	/**
	 * While this content's own decision trains: the one trained last on another version of the
	 * knowledge base, its counting parts made from this content (null when there is none).
	 */
	private final AnswerDecision provisional;

	/**
	 * Decisions, trained or in training, by the content they are trained on. Training is
	 * deterministic, so the same knowledge base gives the same decision: a reload that changed
	 * nothing, and the many application contexts of a test run, train once.
	 */
	private static final Map<String, java.util.concurrent.CompletableFuture<AnswerDecision>> TRAINING = new java.util.concurrent.ConcurrentHashMap<>();

	private static final int TRAINING_KEPT = 4;

	/** A searcher that trains its decision unless one is under way or done in this process. */
	public Searcher(List<Article> articles, Synonyms synonyms, Map<Language, List<String>> outOfScope) {
		this(articles, synonyms, outOfScope, TrainedDecisions.NONE);
	}

	/**
	 * Builds the index at once and trains the answer decision in the background, so the rest of the
	 * application starts meanwhile; {@link #awaitTrained()} waits for it. A decision kept for this
	 * content is taken instead of training.
	 */
	public Searcher(List<Article> articles, Synonyms synonyms, Map<Language, List<String>> outOfScope,
			TrainedDecisions kept) {
		this(articles, synonyms, outOfScope, kept, false);
	}

	/**
	 * @param deferTraining when an earlier decision can judge meanwhile, train only on
	 * {@link #startTraining()}: a start then does not share its two cores with a training
	 */
	public Searcher(List<Article> articles, Synonyms synonyms, Map<Language, List<String>> outOfScope,
			TrainedDecisions kept, boolean deferTraining) {
		java.util.concurrent.CompletableFuture<AnswerDecision> prepared = prepare(articles, synonyms, outOfScope, kept);
		this.provisional = prepared.isDone() ? null : provisional(articles, outOfScope, kept);
		if (this.provisional != null) {
			prepared.whenComplete((trained, failure) -> {
				if (failure != null) {
					log.error("Answer decision could not be trained; the earlier one goes on judging", failure);
				}
				else {
					log.info("Answer decision of this knowledge base now judges");
				}
			});
		}
		this.decision = prepared;
		this.index = new ArticleIndex(articles, ANALYZERS, synonyms);
		if (!deferTraining || this.provisional == null) {
			startTraining();
		}
	}

	/**
	 * A searcher for content staff changed, in milliseconds: the index at once, and the decision
	 * trained for this content if one is done or kept; else, until {@link #startTraining()} has
	 * trained its own, {@code base}'s decision judges with its counting parts made from this content.
	 */
	public Searcher(List<Article> articles, Synonyms synonyms, Map<Language, List<String>> outOfScope,
			TrainedDecisions kept, Searcher base) {
		java.util.concurrent.CompletableFuture<AnswerDecision> prepared = prepare(articles, synonyms, outOfScope, kept);
		this.provisional = prepared.isDone() ? null : base.decision().refit(articles, outOfScope);
		this.decision = prepared;
		this.index = new ArticleIndex(articles, ANALYZERS, synonyms);
	}

	/** Starts the training this content needs, unless it is done or under way; at most once. */
	public void startTraining() {
		if (this.decision instanceof Pending pending) {
			pending.start();
		}
	}

	/** A training to start on its own thread, once; whoever joins it before waits for the start. */
	private static final class Pending extends java.util.concurrent.CompletableFuture<AnswerDecision> {

		private final java.util.function.Supplier<AnswerDecision> training;

		private final java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();

		Pending(java.util.function.Supplier<AnswerDecision> training) {
			this.training = training;
		}

		void start() {
			if (!this.started.compareAndSet(false, true)) {
				return;
			}
			// Its own thread: the common pool has a single worker on two cores, often busy elsewhere.
			Thread thread = new Thread(() -> {
				try {
					complete(this.training.get());
				}
				catch (Throwable ex) {
					completeExceptionally(ex);
				}
			}, "answer-decision");
			thread.setDaemon(true);
			thread.start();
		}

	}

	private static AnswerDecision provisional(List<Article> articles, Map<Language, List<String>> outOfScope,
			TrainedDecisions kept) {
		AnswerDecision restored = kept.latest()
			.flatMap(encoded -> AnswerDecision.restore(encoded, articles, outOfScope, ANALYZERS))
			.orElse(null);
		if (restored != null) {
			log.info("Answer decision of an earlier knowledge base in use until this one is trained: {}", describe(restored));
		}
		return restored;
	}

	/** The decision for this content: done or under way here, else kept, else a new training. */
	private static java.util.concurrent.CompletableFuture<AnswerDecision> prepare(List<Article> articles,
			Synonyms synonyms, Map<Language, List<String>> outOfScope, TrainedDecisions kept) {
		String key = fingerprint(articles, synonyms, outOfScope);
		synchronized (TRAINING) {
			java.util.concurrent.CompletableFuture<AnswerDecision> known = TRAINING.get(key);
			if (known != null && !known.isCompletedExceptionally()) {
				// Trained here, perhaps for another store (another application context of a test run): kept there too.
				if (known instanceof Pending pending) {
					pending.start();
				}
				return known.thenApply(decision -> {
					kept.keep(key, decision.encode());
					return decision;
				});
			}
			java.util.Optional<AnswerDecision> restored = kept.find(key)
				.flatMap(encoded -> AnswerDecision.restore(encoded, articles, outOfScope, ANALYZERS));
			if (TRAINING.size() >= TRAINING_KEPT) {
				TRAINING.values().removeIf(java.util.concurrent.CompletableFuture::isDone);
			}
			if (restored.isPresent()) {
				log.info("Answer decision for this knowledge base kept from an earlier training: {}", describe(restored.get()));
				java.util.concurrent.CompletableFuture<AnswerDecision> done = java.util.concurrent.CompletableFuture
					.completedFuture(restored.get());
				TRAINING.put(key, done);
				return done;
			}
			Pending training = new Pending(() -> {
				AnswerDecision trained = train(articles, synonyms, outOfScope);
				kept.keep(key, trained.encode());
				return trained;
			});
			TRAINING.put(key, training);
			return training;
		}
	}

	private static AnswerDecision train(List<Article> articles, Synonyms synonyms, Map<Language, List<String>> outOfScope) {
		AnswerDecision trained = AnswerDecision.train(articles, outOfScope, ANALYZERS, synonyms);
		log.info("Answer decision trained in {} ms: {}", trained.figures().millis(), describe(trained));
		return trained;
	}

	private static String describe(AnswerDecision decision) {
		AnswerDecision.Figures f = decision.figures();
		return String.format(
				"%d example questions and %d out-of-scope phrases; threshold %.3f; cross-validated: examples ranked first %s%% "
						+ "(BM25 %s%%), answered right %s%%, wrong %s%%; out-of-scope declined %s%%",
				f.examples(), f.outOfScope(), decision.threshold(), percent(f.reranked()), percent(f.ranked()),
				percent(f.answeredRight()), percent(f.answeredWrong()), percent(f.outOfScopeDeclined()));
	}

	/** Waits until the answer decision is trained; a failure to train is thrown here. */
	public void awaitTrained() {
		startTraining();
		trainedDecision();
	}

	/** Whether answers wait for nothing: this content's decision is trained, or an earlier one stands in. */
	public boolean answersAtOnce() {
		return this.provisional != null || this.decision.isDone();
	}

	/** Whether this content's own decision judges, rather than one of an earlier knowledge base. */
	public boolean isTrained() {
		return this.decision.isDone() && !this.decision.isCompletedExceptionally();
	}

	private AnswerDecision decision() {
		if (this.provisional != null && !this.decision.isDone()) {
			return this.provisional;
		}
		if (this.provisional != null && this.decision.isCompletedExceptionally()) {
			// A failed training leaves the earlier decision judging rather than no answers at all.
			return this.provisional;
		}
		return trainedDecision();
	}

	private AnswerDecision trainedDecision() {
		try {
			return this.decision.join();
		}
		catch (java.util.concurrent.CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/** Everything the decision is trained on, hashed: articles as loaded, concept files, out-of-scope phrases. */
	static String fingerprint(List<Article> articles, Synonyms synonyms, Map<Language, List<String>> outOfScope) {
		try {
			java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
			java.util.function.Consumer<Object> add = value -> digest
				.update((String.valueOf(value) + "\u0000").getBytes(java.nio.charset.StandardCharsets.UTF_8));
			for (Article article : articles) {
				add.accept(article.id());
				add.accept(article.country());
				add.accept(article.topics());
				add.accept(article.questions());
				add.accept(article.sections());
				add.accept(article.counterpart());
				add.accept(article.commute());
			}
			add.accept(synonyms.fingerprint());
			add.accept(outOfScope);
			add.accept(AnswerDecision.VERSION);
			return java.util.HexFormat.of().formatHex(digest.digest());
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String percent(double share) {
		return String.format("%.1f", 100 * share);
	}

	/** The best articles, the probability that the first answers the question, and the verdict. */
	public Decided search(String text, Language language, int limit) {
		ArticleIndex.Searched searched = this.index.searched(text, language, Math.max(limit, AnswerDecision.CANDIDATES));
		AnswerDecision.Judged judged = decision().judge(searched, text);
		List<Match> matches = judged.searched().matches();
		return new Decided(matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : matches,
				judged.probability(), judged.answers(), searched.unknownWeight() == 0);
	}

	public record Decided(List<Match> matches, double probability, boolean answered, boolean allWordsKnown) {
	}

	/** The cross-validated figures of the answer decision, for the console and the tests. */
	public String decisionFigures() {
		AnswerDecision decision = decision();
		AnswerDecision.Figures f = decision.figures();
		return String.format(
				"threshold %.3f; examples ranked first %s%% (BM25 %s%%), answered right %s%%, wrong %s%%; out-of-scope declined %s%%%s",
				decision.threshold(), percent(f.reranked()), percent(f.ranked()), percent(f.answeredRight()), percent(f.answeredWrong()),
				percent(f.outOfScopeDeclined()),
				(decision == this.provisional) ? " (of an earlier knowledge base, while this one trains)" : "");
	}

}
