package org.talentbridge.bot.conversation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.IntentExamples;
import org.talentbridge.bot.conversation.IntentTraining;

/**
 * OpenNLP document categorizer trained at startup on the curated phrases of every intent, the
 * knowledge base's example questions among them. Retrained when those phrases change.
 */
@Component
class IntentClassifier implements IntentTraining, org.springframework.beans.factory.SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(IntentClassifier.class);

	private static final String QUESTION = "question";

	/**
	 * Models by the phrases they were trained on: training is deterministic, and the many
	 * application contexts of a test run share their phrases.
	 */
	private static final Map<List<DocumentSample>, Model> TRAINED = new java.util.concurrent.ConcurrentHashMap<>();

	private static final int TRAINED_KEPT = 4;

	private final List<IntentExamples> sources;

	private volatile java.util.concurrent.CompletableFuture<Model> model;

	/** Trains on its own thread, beside the answer decision and the rest of the start. */
	IntentClassifier(List<IntentExamples> sources) {
		this.sources = sources;
		// Collected there too: the phrases come from the knowledge base, which loads on a thread of its own.
		this.model = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
			List<DocumentSample> samples = new ArrayList<>();
			Map<String, String> exact = new java.util.HashMap<>();
			collect(samples, exact);
			return train(samples, exact);
		}, runnable -> {
			Thread thread = new Thread(runnable, "intent-training");
			thread.setDaemon(true);
			thread.start();
		});
	}

	/** Ready means trained. */
	@Override
	public void afterSingletonsInstantiated() {
		model();
	}

	@Override
	public void retrain() {
		List<DocumentSample> samples = new ArrayList<>();
		Map<String, String> exact = new java.util.HashMap<>();
		collect(samples, exact);
		this.model = java.util.concurrent.CompletableFuture.completedFuture(train(samples, exact));
	}

	private Model model() {
		try {
			return this.model.join();
		}
		catch (java.util.concurrent.CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

	Prediction classify(String text) {
		String[] tokens = tokens(text);
		if (tokens.length == 0) {
			return new Prediction("question", 0);
		}
		// "Hej!" or "tack så mycket" as curated is that intent, whatever the statistics say.
		Model model = model();
		String exact = model.exact.get(String.join(" ", tokens));
		if (exact != null) {
			return new Prediction(exact, 1.0);
		}
		DocumentCategorizerME categorizer = model.categorizer.get();
		double[] outcomes = categorizer.categorize(tokens);
		String best = categorizer.getBestCategory(outcomes);
		return new Prediction(best, outcomes[categorizer.getIndex(best)]);
	}

	private void collect(List<DocumentSample> samples, Map<String, String> exact) {
		for (IntentExamples source : this.sources) {
			for (Map.Entry<String, List<String>> intent : source.examples().entrySet()) {
				for (String phrase : intent.getValue()) {
					String[] tokens = tokens(phrase);
					if (tokens.length > 0) {
						samples.add(new DocumentSample(intent.getKey(), tokens));
						if (!QUESTION.equals(intent.getKey())) {
							exact.putIfAbsent(String.join(" ", tokens), intent.getKey());
						}
					}
				}
			}
		}
	}

	private static Model train(List<DocumentSample> samples, Map<String, String> exact) {
		Model known = TRAINED.get(samples);
		if (known != null) {
			return known;
		}
		long started = System.nanoTime();
		TrainingParameters parameters = TrainingParameters.defaultParams();
		// Past 100 steps the model changes one held-out question in 160, and the start pays twice the time.
		parameters.put(TrainingParameters.ITERATIONS_PARAM, 100);
		parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
		try {
			DoccatFactory factory = new DoccatFactory(
					new FeatureGenerator[] { new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2) });
			DoccatModel trained = DocumentCategorizerME.train("mul", new CollectionObjectStream<>(samples), parameters,
					factory);
			log.info("Intent model trained on {} phrases in {} ms", samples.size(),
					(System.nanoTime() - started) / 1_000_000);
			Model model = new Model(trained, exact);
			if (TRAINED.size() >= TRAINED_KEPT) {
				TRAINED.clear();
			}
			TRAINED.put(List.copyOf(samples), model);
			return model;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Lower case, accents folded, words only: "Hej!" and "hej" are the same feature. */
	static String[] tokens(String text) {
		String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "")
			.replace('ø', 'o')
			.replace('æ', 'a');
		return java.util.Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(t -> !t.isEmpty()).toArray(String[]::new);
	}

	record Prediction(String intent, double confidence) {
	}

	private static final class Model {

		private final ThreadLocal<DocumentCategorizerME> categorizer;

		/** Curated phrases, folded, by intent: questions excepted, which the knowledge base judges. */
		private final Map<String, String> exact;

		Model(DoccatModel model, Map<String, String> exact) {
			this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
			this.exact = Map.copyOf(exact);
		}

	}

}
