package org.talentbridge.bot.conversation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

import org.talentbridge.bot.conversation.FoldedWords;
import org.talentbridge.bot.conversation.IntentExamples;
import org.talentbridge.bot.conversation.IntentTraining;

/**
 * OpenNLP document categorizer trained on the curated phrases of every intent, the knowledge base's
 * example questions among them. Retrained when those phrases change; a model trained on the same
 * phrases before (kept in Redis, or packaged in the jar) is taken instead of training.
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

	/** The features and the training; a model kept under another version is trained again. */
	static final String VERSION = "bow+bigrams;iterations=100;cutoff=1";

	private final List<IntentExamples> sources;

	private final TrainedIntents kept;

	private volatile java.util.concurrent.CompletableFuture<Model> model;

	IntentClassifier(List<IntentExamples> sources) {
		this(sources, TrainedIntents.NONE);
	}

	/** Loads or trains on its own thread, beside the answer decision and the rest of the start. */
	@org.springframework.beans.factory.annotation.Autowired
	IntentClassifier(List<IntentExamples> sources, TrainedIntents kept) {
		this.sources = sources;
		this.kept = kept;
		// Collected there too: the phrases come from the knowledge base, which loads on a thread of its own.
		this.model = java.util.concurrent.CompletableFuture.supplyAsync(() -> model(collect()), runnable -> {
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
		this.model = java.util.concurrent.CompletableFuture.completedFuture(model(collect()));
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

	private Phrases collect() {
		List<DocumentSample> samples = new ArrayList<>();
		Map<String, String> exact = new java.util.HashMap<>();
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
		return new Phrases(List.copyOf(samples), Map.copyOf(exact));
	}

	/** The model for these phrases: one this run made, else one kept, else trained (and kept). */
	private Model model(Phrases phrases) {
		Model known = TRAINED.get(phrases.samples());
		if (known != null) {
			return known;
		}
		String fingerprint = phrases.fingerprint();
		Optional<DoccatModel> found = this.kept.find(fingerprint).flatMap(IntentClassifier::read);
		Model model;
		if (found.isPresent()) {
			log.info("Intent model kept from an earlier training on these {} phrases", phrases.samples().size());
			model = new Model(found.get(), phrases.exact());
		}
		else {
			DoccatModel trained = train(phrases.samples());
			this.kept.keep(fingerprint, write(trained));
			model = new Model(trained, phrases.exact());
		}
		if (TRAINED.size() >= TRAINED_KEPT) {
			TRAINED.clear();
		}
		TRAINED.put(phrases.samples(), model);
		return model;
	}

	/** Forgets the models this run trained, as a new process would. */
	static void forgetTrained() {
		TRAINED.clear();
	}

	/** The fingerprint of this classifier's phrases, which a kept model must have been trained on. */
	String fingerprint() {
		return collect().fingerprint();
	}

	/** This classifier's phrases and their model, as the jar packages them. */
	String packaged() {
		Phrases phrases = collect();
		return RedisTrainedIntents.encode(phrases.fingerprint(), write(train(phrases.samples())));
	}

	private static Optional<DoccatModel> read(byte[] bytes) {
		try {
			return Optional.of(new DoccatModel(new java.io.ByteArrayInputStream(bytes)));
		}
		catch (IOException | RuntimeException ex) {
			// Another OpenNLP's format, or cut short: trained again.
			log.warn("The kept intent model could not be read ({}); training it again", ex.getClass().getSimpleName());
			return Optional.empty();
		}
	}

	private static byte[] write(DoccatModel model) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try {
			model.serialize(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static DoccatModel train(List<DocumentSample> samples) {
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
			return trained;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Lower case, accents folded, words only: "Hej!" and "hej" are the same feature. */
	static String[] tokens(String text) {
		return FoldedWords.of(text).toArray(String[]::new);
	}


	record Prediction(String intent, double confidence) {
	}

	/**
	 * @param samples in the order collected, which the training follows
	 * @param exact curated phrases, folded, by intent: questions excepted, which the knowledge base judges
	 */
	private record Phrases(List<DocumentSample> samples, Map<String, String> exact) {

		/** Of the phrases, their order and the training: the same fingerprint trains the same model. */
		String fingerprint() {
			java.security.MessageDigest digest;
			try {
				digest = java.security.MessageDigest.getInstance("SHA-256");
			}
			catch (java.security.NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
			digest.update(VERSION.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			for (DocumentSample sample : this.samples) {
				digest.update(("\n" + sample.getCategory() + "\t" + String.join(" ", sample.getText()))
					.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			}
			return java.util.HexFormat.of().formatHex(digest.digest());
		}

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
