package org.talentbridge.bot.knowledge.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.knowledge.Article;
import org.talentbridge.bot.knowledge.Match;

/**
 * Which article answers a question, and whether any does, learned rather than set by hand. Two
 * logistic regressions over what the search knows of its best candidates:
 * <ul>
 * <li>the re-ranker weighs each of the five best BM25 candidates (its score against the best one,
 * coverage, closest example question, named country) and puts the likeliest first;</li>
 * <li>the decision weighs the re-ranked best against the rest (coverage, margins, the rarest matched
 * word, how in-scope the words sound, the re-ranker's certainty) and gives the probability that the
 * question is one the knowledge base answers. Trained on in scope against out of scope rather than
 * on "the first is right": which article is right is the re-ranker's job, and a decision that also
 * had to learn that declined far more good questions at the same share of declined out-of-scope
 * phrases (cross-validated: 78% answered right against 81%).</li>
 * </ul>
 * Both are trained at load time on every example question searched as a paraphrase (in five folds:
 * each fold's questions against an index built without them) and on the out-of-scope phrases. Each
 * model's outputs on a fold come from a model trained on the other folds, and the probability
 * threshold is the one that declines at least {@value #OUT_OF_SCOPE_DECLINED} of the out-of-scope
 * phrases in that cross-validation.
 */
final class AnswerDecision {

	static final int FOLDS = 5;

	static final double OUT_OF_SCOPE_DECLINED = 0.95;

	/** Without out-of-scope phrases there is nothing to choose a threshold from. */
	private static final double DEFAULT_THRESHOLD = 0.5;

	static final int CANDIDATES = 5;

	/** Changes with the features or their order, so a decision stored by another version is trained anew. */
	static final String VERSION = "2026-12-01.4";

	private final LogisticRegression reranker;

	private final LogisticRegression decision;

	private final WordOdds odds;

	private final NearestPhrases nearest;

	private final Analyzers analyzers;

	private final double threshold;

	private final Figures figures;

	private AnswerDecision(LogisticRegression reranker, LogisticRegression decision, WordOdds odds,
			NearestPhrases nearest, Analyzers analyzers, double threshold, Figures figures) {
		this.reranker = reranker;
		this.decision = decision;
		this.odds = odds;
		this.nearest = nearest;
		this.analyzers = analyzers;
		this.threshold = threshold;
		this.figures = figures;
	}

	/** The candidates in the re-ranked order, and the probability that the knowledge base answers the question. */
	Judged judge(ArticleIndex.Searched searched, String text) {
		List<String> words = WordOdds.features(text);
		NearestPhrases.Nearest near = this.nearest.nearest(words, this.analyzers);
		Reranked reranked = rerank(this.reranker, searched, near);
		double[] x = features(reranked, this.odds.logOdds(words), near);
		double probability = (x == null) ? 0 : this.decision.probability(x);
		return new Judged(reranked.searched, probability, probability >= this.threshold);
	}

	record Judged(ArticleIndex.Searched searched, double probability, boolean answers) {
	}

	double threshold() {
		return this.threshold;
	}

	Figures figures() {
		return this.figures;
	}

	/**
	 * The cross-validated outcome, each a share of its kind.
	 *
	 * @param examples example questions searched
	 * @param outOfScope out-of-scope phrases searched
	 * @param ranked example questions whose own article BM25 ranks first
	 * @param reranked example questions whose own article is first after re-ranking
	 * @param answeredRight example questions answered with their own article
	 * @param answeredWrong example questions answered with another article
	 * @param outOfScopeDeclined out-of-scope phrases declined
	 * @param millis how long training took
	 */
	record Figures(int examples, int outOfScope, double ranked, double reranked, double answeredRight,
			double answeredWrong, double outOfScopeDeclined, long millis) {
	}

	/** What the re-ranker sees of one candidate, against the others. */
	static double[] candidateFeatures(ArticleIndex.Searched searched, int i, NearestPhrases.Nearest near) {
		List<ArticleIndex.Candidate> all = searched.candidates();
		ArticleIndex.Candidate c = all.get(i);
		double best = all.get(0).match().score();
		double closest = 0;
		double coverage = 0;
		double nearestOfAll = 0;
		for (ArticleIndex.Candidate other : all) {
			closest = Math.max(closest, other.closest());
			coverage = Math.max(coverage, other.match().confidence());
			nearestOfAll = Math.max(nearestOfAll, near.article(other.match().article().id()));
		}
		double nearest = near.article(c.match().article().id());
		double relative = (best > 0) ? c.match().score() / best : 0;
		double cover = c.match().confidence();
		return new double[] { relative, Math.log1p(c.match().score()), cover, c.closest(), c.closest() - closest,
				c.keyShare(), c.rarest(), countryFit(c.match().article().country(), searched.countries()),
				1.0 / (i + 1), Math.log1p(c.match().evidence()), cover - coverage, cover * c.closest(),
				relative * c.closest(), relative * cover, nearest, nearest - nearestOfAll, nearest * relative };
	}

	private record Reranked(ArticleIndex.Searched searched, double[] certainty) {
	}

	private static Reranked rerank(LogisticRegression reranker, ArticleIndex.Searched searched,
			NearestPhrases.Nearest near) {
		int n = searched.candidates().size();
		if (n == 0) {
			return new Reranked(searched, new double[0]);
		}
		Integer[] order = new Integer[n];
		double[] p = new double[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
			p[i] = reranker.probability(candidateFeatures(searched, i, near));
		}
		java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> p[i]).reversed());
		namedSide(searched, order);
		List<ArticleIndex.Candidate> reordered = new ArrayList<>(n);
		double[] certainty = new double[n];
		for (int r = 0; r < n; r++) {
			reordered.add(searched.candidates().get(order[r]));
			certainty[r] = p[order[r]];
		}
		return new Reranked(searched.reordered(reordered), certainty);
	}

	/**
	 * A person who names one country asks about that country's side of a topic: when the first
	 * candidate is the other side's article and its counterpart is among the candidates, the
	 * counterpart goes first. The words of the two articles are much alike, so the scores alone
	 * often cannot tell them apart.
	 */
	static void namedSide(ArticleIndex.Searched searched, Integer[] order) {
		Set<String> named = searched.countries();
		if (named.size() != 1 || order.length < 2) {
			return;
		}
		String country = named.iterator().next();
		Article first = searched.candidates().get(order[0]).match().article();
		if (country.equals(first.country()) || first.counterpart() == null) {
			return;
		}
		for (int r = 1; r < order.length; r++) {
			Article other = searched.candidates().get(order[r]).match().article();
			if (other.id().equals(first.counterpart()) && country.equals(other.country())) {
				Integer moved = order[r];
				System.arraycopy(order, 0, order, 1, r);
				order[0] = moved;
				return;
			}
		}
	}

	private static double[] features(Reranked reranked, double logOdds, NearestPhrases.Nearest near) {
		List<ArticleIndex.Candidate> candidates = reranked.searched.candidates();
		if (candidates.isEmpty()) {
			return null;
		}
		ArticleIndex.Searched searched = reranked.searched;
		ArticleIndex.Candidate first = candidates.get(0);
		ArticleIndex.Candidate second = (candidates.size() > 1) ? candidates.get(1) : null;
		double c1 = first.match().confidence();
		double c2 = (second != null) ? second.match().confidence() : 0;
		double s1 = first.match().score();
		double s2 = (second != null) ? second.match().score() : 0;
		double evidence = Math.log1p(first.match().evidence());
		double margin = (s1 > 0) ? (s1 - s2) / s1 : 0;
		double odds = Math.max(-15, Math.min(15, logOdds)) / 5;
		double closest = first.closest();
		double unknown = (searched.totalWeight() > 0) ? searched.unknownWeight() / searched.totalWeight() : 0;
		double p1 = reranked.certainty[0];
		double p2 = (reranked.certainty.length > 1) ? reranked.certainty[1] : 0;
		double[] base = { c1, evidence, c1 - c2, margin, Math.log1p(s1), first.rarest(), unknown,
				Math.log1p(searched.words()), countryFit(first.match().article().country(), searched.countries()), odds,
				first.keyShare(), c1 * evidence, closest, closest - ((second != null) ? second.closest() : 0), p1, p1 - p2,
				near.inScope(), near.outOfScope(), near.inScope() - near.outOfScope() };
		// A linear model over these alone cannot say "high coverage matters only with a clear margin".
		double[] pairs = { c1 * c1, c1 * margin, c1 * closest, closest * closest, closest * margin, odds * c1,
				odds * odds, margin * margin, unknown * odds, Math.log1p(s1) * margin, p1 * c1, p1 * odds };
		double[] all = java.util.Arrays.copyOf(base, base.length + pairs.length);
		System.arraycopy(pairs, 0, all, base.length, pairs.length);
		return all;
	}

	/** +1 when the question names the article's country, -1 when it names the other one. */
	private static double countryFit(String country, Set<String> named) {
		if (named.isEmpty()) {
			return 0;
		}
		if (named.size() == 2) {
			return "cross-border".equals(country) ? 1 : 0;
		}
		if (named.contains(country)) {
			return 1;
		}
		return ("DK".equals(country) || "SE".equals(country)) ? -1 : 0;
	}

	static AnswerDecision train(List<Article> articles, Map<Language, List<String>> outOfScope, Analyzers analyzers,
			Synonyms synonyms) {
		long started = System.nanoTime();
		List<Example> examples = examples(articles, outOfScope);
		Collections.shuffle(examples, new Random(42));
		List<Example> folded = new ArrayList<>();
		for (int i = 0; i < examples.size(); i++) {
			Example e = examples.get(i);
			folded.add(new Example(e.articleId, e.language, e.text, i % FOLDS));
		}

		// The folds are independent: searched side by side on every core. Not on the common pool, whose
		// single worker on two cores would run them one after the other.
		int threads = Math.max(1, Math.min(FOLDS, Runtime.getRuntime().availableProcessors()));
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "answer-decision-training");
			thread.setDaemon(true);
			return thread;
		});
		List<Probe> probes = new ArrayList<>();
		try {
			List<java.util.concurrent.Future<List<Probe>>> folds = new ArrayList<>();
			for (int fold = 0; fold < FOLDS; fold++) {
				int held = fold;
				folds.add(pool.submit(() -> probes(articles, folded, held, analyzers, synonyms)));
			}
			for (java.util.concurrent.Future<List<Probe>> fold : folds) {
				probes.addAll(fold.get());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while training the answer decision", ex);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : new IllegalStateException(ex.getCause());
		}
		finally {
			pool.shutdown();
		}

		// Re-ranked on each fold by a re-ranker trained on the other folds.
		Reranked[] reranked = new Reranked[probes.size()];
		for (int fold = 0; fold < FOLDS; fold++) {
			LogisticRegression reranker = trainReranker(probes, fold);
			for (int i = 0; i < probes.size(); i++) {
				if (probes.get(i).fold == fold) {
					reranked[i] = rerank(reranker, probes.get(i).searched, probes.get(i).near);
				}
			}
		}
		List<Sample> samples = new ArrayList<>();
		for (int i = 0; i < probes.size(); i++) {
			Probe probe = probes.get(i);
			double[] x = features(reranked[i], probe.odds, probe.near);
			boolean right = x != null && probe.articleId != null
					&& reranked[i].searched.candidates().get(0).match().article().id().equals(probe.articleId);
			boolean bm25Right = !probe.searched.candidates().isEmpty() && probe.articleId != null
					&& probe.searched.candidates().get(0).match().article().id().equals(probe.articleId);
			samples.add(new Sample(x, right, bm25Right, probe.articleId != null, probe.fold));
		}

		// Out-of-fold probabilities of the decision.
		double[] probabilities = new double[samples.size()];
		for (int fold = 0; fold < FOLDS; fold++) {
			LogisticRegression model = trainDecision(samples, fold);
			for (int i = 0; i < samples.size(); i++) {
				Sample s = samples.get(i);
				if (s.fold == fold) {
					probabilities[i] = (s.features != null) ? model.probability(s.features) : 0;
				}
			}
		}
		List<Double> outOfScopeProbabilities = new ArrayList<>();
		for (int i = 0; i < samples.size(); i++) {
			if (!samples.get(i).inScope) {
				outOfScopeProbabilities.add(probabilities[i]);
			}
		}
		double threshold = DEFAULT_THRESHOLD;
		if (!outOfScopeProbabilities.isEmpty()) {
			Collections.sort(outOfScopeProbabilities);
			int keep = (int) Math.ceil(OUT_OF_SCOPE_DECLINED * outOfScopeProbabilities.size()) - 1;
			threshold = Math.min(0.99, outOfScopeProbabilities.get(Math.max(0, keep)) + 1e-6);
		}
		int inScope = 0;
		int ranked = 0;
		int rerankedRight = 0;
		int right = 0;
		int wrong = 0;
		int declined = 0;
		for (int i = 0; i < samples.size(); i++) {
			Sample s = samples.get(i);
			boolean answered = probabilities[i] >= threshold;
			if (s.inScope) {
				inScope++;
				ranked += s.bm25Right ? 1 : 0;
				rerankedRight += s.right ? 1 : 0;
				right += (answered && s.right) ? 1 : 0;
				wrong += (answered && !s.right) ? 1 : 0;
			}
			else {
				declined += answered ? 0 : 1;
			}
		}
		LogisticRegression reranker = trainReranker(probes, -1);
		LogisticRegression decision = trainDecision(samples, -1);
		int outOfScopeCount = samples.size() - inScope;
		Figures figures = new Figures(inScope, outOfScopeCount, share(ranked, inScope), share(rerankedRight, inScope),
				share(right, inScope), share(wrong, inScope), share(declined, outOfScopeCount),
				(System.nanoTime() - started) / 1_000_000);
		return withPhrases(examples, reranker, decision, analyzers, threshold, figures);
	}

	/** The counting parts are made again from the phrases in milliseconds; only the regressions are learned. */
	private static AnswerDecision withPhrases(List<Example> examples, LogisticRegression reranker,
			LogisticRegression decision, Analyzers analyzers, double threshold, Figures figures) {
		WordOdds odds = new WordOdds();
		NearestPhrases.Builder nearest = NearestPhrases.builder(analyzers);
		examples.forEach(e -> {
			odds.add(e.text, e.articleId != null);
			nearest.add(e.text, e.articleId);
		});
		return new AnswerDecision(reranker, decision, odds, nearest.build(), analyzers, threshold, figures);
	}

	/**
	 * The same learned weights over other content: the counting parts (word odds, nearest phrases)
	 * made from its phrases, so a new example question is near itself at once, until a decision
	 * trained on that content takes over.
	 */
	AnswerDecision refit(List<Article> articles, Map<Language, List<String>> outOfScope) {
		return withPhrases(examples(articles, outOfScope), this.reranker, this.decision, this.analyzers, this.threshold,
				this.figures);
	}

	/** What was learned, to keep: the version, both regressions, the threshold and the figures. */
	String encode() {
		Figures f = this.figures;
		return String.join("\n", VERSION, this.reranker.encode(), this.decision.encode(),
				Long.toHexString(Double.doubleToRawLongBits(this.threshold)),
				f.examples() + " " + f.outOfScope() + " " + f.ranked() + " " + f.reranked() + " " + f.answeredRight() + " "
						+ f.answeredWrong() + " " + f.outOfScopeDeclined() + " " + f.millis());
	}

	/**
	 * The decision {@link #encode()} kept for this content; empty when it was kept by another version
	 * or cannot be read, and it must be trained.
	 */
	static java.util.Optional<AnswerDecision> restore(String encoded, List<Article> articles,
			Map<Language, List<String>> outOfScope, Analyzers analyzers) {
		try {
			String[] lines = encoded.split("\n");
			if (lines.length != 5 || !VERSION.equals(lines[0])) {
				return java.util.Optional.empty();
			}
			String[] f = lines[4].split(" ");
			Figures figures = new Figures(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Double.parseDouble(f[2]),
					Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]),
					Long.parseLong(f[7]));
			double threshold = Double.longBitsToDouble(Long.parseUnsignedLong(lines[3], 16));
			return java.util.Optional.of(withPhrases(examples(articles, outOfScope), LogisticRegression.decode(lines[1]),
					LogisticRegression.decode(lines[2]), analyzers, threshold, figures));
		}
		catch (RuntimeException ex) {
			return java.util.Optional.empty();
		}
	}

	private static List<Example> examples(List<Article> articles, Map<Language, List<String>> outOfScope) {
		List<Example> examples = new ArrayList<>();
		for (Article article : articles) {
			article.questions().forEach((language, questions) -> questions
				.forEach(question -> examples.add(new Example(article.id(), language, question, 0))));
		}
		outOfScope.forEach((language, phrases) -> phrases
			.forEach(phrase -> examples.add(new Example(null, language, phrase, 0))));
		return examples;
	}

	/** On every candidate of the example questions outside {@code fold} (all with -1): is it the question's own article? */
	private static LogisticRegression trainReranker(List<Probe> probes, int fold) {
		List<double[]> xs = new ArrayList<>();
		List<Boolean> ys = new ArrayList<>();
		for (Probe probe : probes) {
			if (probe.fold == fold || probe.articleId == null) {
				continue;
			}
			for (int i = 0; i < probe.searched.candidates().size(); i++) {
				xs.add(candidateFeatures(probe.searched, i, probe.near));
				ys.add(probe.searched.candidates().get(i).match().article().id().equals(probe.articleId));
			}
		}
		return LogisticRegression.train(xs, ys);
	}

	/** On well-matched example questions (answerable) against out-of-scope phrases, outside {@code fold}. */
	private static LogisticRegression trainDecision(List<Sample> samples, int fold) {
		List<double[]> xs = new ArrayList<>();
		List<Boolean> ys = new ArrayList<>();
		for (Sample s : samples) {
			if (s.fold != fold && s.features != null) {
				if (s.inScope && !s.right) {
					// Which article is right is the re-ranker's to learn; these would only blur what answerable looks like.
					continue;
				}
				xs.add(s.features);
				ys.add(s.inScope);
			}
		}
		return LogisticRegression.train(xs, ys);
	}

	/** Each of one fold's examples searched against an index and word odds built without that fold. */
	private static List<Probe> probes(List<Article> articles, List<Example> folded, int held, Analyzers analyzers,
			Synonyms synonyms) {
		ArticleIndex index = new ArticleIndex(without(articles, folded, held), analyzers, synonyms);
		WordOdds odds = new WordOdds();
		NearestPhrases.Builder builder = NearestPhrases.builder(analyzers);
		folded.stream().filter(e -> e.fold != held).forEach(e -> {
			odds.add(e.text, e.articleId != null);
			builder.add(e.text, e.articleId);
		});
		NearestPhrases nearest = builder.build();
		List<Probe> probes = new ArrayList<>();
		for (Example e : folded) {
			if (e.fold == held) {
				probes.add(new Probe(index.searched(e.text, e.language, CANDIDATES), odds.logOdds(e.text),
						nearest.nearest(e.text, analyzers), e.articleId, held));
			}
		}
		return probes;
	}

	private static double share(int count, int of) {
		return (of == 0) ? 0 : (double) count / of;
	}

	/** The articles with one fold's example questions taken out, so those are paraphrases to them. */
	private static List<Article> without(List<Article> articles, List<Example> folded, int fold) {
		Map<String, Map<Language, Set<String>>> held = new java.util.HashMap<>();
		for (Example e : folded) {
			if (e.fold == fold && e.articleId != null) {
				held.computeIfAbsent(e.articleId, id -> new EnumMap<>(Language.class))
					.computeIfAbsent(e.language, l -> new java.util.HashSet<>())
					.add(e.text);
			}
		}
		List<Article> out = new ArrayList<>();
		for (Article article : articles) {
			Map<Language, Set<String>> leave = held.getOrDefault(article.id(), Map.of());
			Map<Language, List<String>> questions = new EnumMap<>(Language.class);
			article.questions().forEach((language, list) -> questions.put(language,
					list.stream().filter(q -> !leave.getOrDefault(language, Set.of()).contains(q)).toList()));
			out.add(new Article(article.id(), article.country(), article.topics(), article.sources(), article.checked(), article.validUntil(),
					questions, article.sections(), article.file(), article.counterpart(), article.commute()));
		}
		return out;
	}

	private record Example(String articleId, Language language, String text, int fold) {
	}



	private record Probe(ArticleIndex.Searched searched, double odds, NearestPhrases.Nearest near, String articleId,
			int fold) {
	}

	private record Sample(double[] features, boolean right, boolean bm25Right, boolean inScope, int fold) {
	}

}
