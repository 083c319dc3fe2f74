package org.talentbridge.bot.conversation.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.talentbridge.bot.conversation.Language;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageDetectorTests {

	static final LanguageDetector detector = new LanguageDetector();

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"How do I get a CPR number when I move to Copenhagen? | EN",
			"Where do I pay tax if I live in Malmö and work in København? | EN",
			"Hur får jag ett personnummer när jag flyttar till Lund? | SV",
			"vad kostar id-kortet från skatteverket och hur lång tid tar det? | SV",
			"Hvordan får jeg et CPR-nummer og det gule sundhedskort? | DA",
			"Skal jeg betale skat i Danmark, hvis jeg bor i Malmö? | DA",
			"hvad laver copenhagen capacity egentlig? | DA" })
	void recognisesSentences(String text, Language expected) {
		assertThat(detector.detect(text)).contains(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "hej", "ok", "tak", "thanks", "hej hej", "cpr?", "Malmö", "" })
	void givesNoVerdictOnAWordOrTwo(String text) {
		assertThat(detector.detect(text)).isEmpty();
	}

	/** The narrowed scores are OpenNLP's own: the same log-probability for each of the bot's languages. */
	@ParameterizedTest
	@ValueSource(strings = { "How do I get a CPR number when I move to Copenhagen?", "Hur får jag ett personnummer?",
			"Hvordan får jeg et gult sundhedskort i København?", "Jeg bor i Oslo og lurer på hvordan jeg får skattekort",
			"Wie bekomme ich eine Steuerkarte in Dänemark?", "これは日本語の文です", "12345 67890 !!!", "tack så mycket för hjälpen",
			"Où puis-je apprendre le danois gratuitement à Malmö?", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" })
	void scoresAsOpenNlpsDetector(String text) {
		opennlp.tools.langdetect.LanguageDetectorModel model = LanguageDetector.read();
		double[] ours = new LanguageDetector.ModelScores(model).logProbabilities(text);
		java.util.Map<String, Double> theirs = new java.util.HashMap<>();
		for (opennlp.tools.langdetect.Language language : new opennlp.tools.langdetect.LanguageDetectorME(model)
			.predictLanguages(text)) {
			theirs.put(language.getLang(), language.getConfidence());
		}
		assertThat(theirs).hasSize(103);
		assertSame(ours[Language.EN.ordinal()], theirs.get("eng"));
		assertSame(ours[Language.SV.ordinal()], theirs.get("swe"));
		assertSame(ours[Language.DA.ordinal()], Math.max(theirs.get("dan"), Math.max(theirs.get("nob"), theirs.get("nno"))));
	}

	/**
	 * The scores detection compares are the exact log-probabilities less one shared constant (or
	 * the exact ones, for a message long enough to need them): every comparison comes out the same.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "How do I get a CPR number when I move to Copenhagen?", "Hur får jag ett personnummer?",
			"Hvordan får jeg et gult sundhedskort i København?", "Jeg bor i Oslo og lurer på hvordan jeg får skattekort",
			"Wie bekomme ich eine Steuerkarte in Dänemark?", "これは日本語の文です", "12345 67890 !!!", "tack så mycket för hjälpen",
			"Où puis-je apprendre le danois gratuitement à Malmö?", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "ok", "",
			"a", "ÅRHUS ÖRESUND ÆBLE İSTANBUL", "Mail info@lund.se or see https://www.lund.se/ny #welcome @lundbot",
			"Hur mår du? 😀 Jättebra!!!!!! 2027-06-01", "Hvad koster det? 🇩🇰 1.200 kr",
			"Ich wohne in Malmö und arbeite in Kopenhagen, und ich möchte wissen, wie die Steuern für Grenzpendler "
					+ "funktionieren, welche Formulare ich brauche, wann ich sie abgeben muss und was passiert, wenn ich "
					+ "meinen Arbeitgeber wechsle oder umziehe, und ob es Unterschiede zwischen Schweden und Dänemark gibt "
					+ "bei der Berechnung der Sozialabgaben, der Rente und der Krankenversicherung für meine ganze Familie" })
	void comparesAsTheExactLogProbabilities(String text) {
		LanguageDetector.ModelScores scores = new LanguageDetector.ModelScores(MODEL);
		double[] exact = scores.logProbabilities(text);
		double[] compared = scores.scores(text);
		for (Language a : Language.values()) {
			for (Language b : Language.values()) {
				double difference = exact[a.ordinal()] - exact[b.ordinal()];
				double seen = compared[a.ordinal()] - compared[b.ordinal()];
				if (Double.isNaN(difference) || Double.isInfinite(difference)) {
					assertThat(compared).containsExactly(exact);
				}
				else {
					assertThat(seen).isCloseTo(difference, org.assertj.core.api.Assertions.within(1e-9));
				}
			}
		}
	}

	/** The clean-up skips a step only where the step would change nothing: the same text as OpenNLP's. */
	@org.junit.jupiter.api.Test
	void cleansUpAsTheModelsOwnNormalizers() {
		opennlp.tools.util.normalizer.CharSequenceNormalizer theirs = new opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer(
				opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer.getInstance(),
				opennlp.tools.util.normalizer.UrlCharSequenceNormalizer.getInstance(),
				opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer.getInstance(),
				opennlp.tools.util.normalizer.NumberCharSequenceNormalizer.getInstance(),
				opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer.getInstance());
		LanguageDetector.CleanUp ours = new LanguageDetector.CleanUp();
		String[] pieces = { "h", "H", "j", "a", "e", "o", "O", "u", "i", "x", "X", ":", ";", "-", "(", ")", "d", "D", "p",
				"r", "R", "t", "T", " ", "  ", "\t", "\n", "#", "@", "1", "42", "http://", "https://lund.se/", "://", "/",
				"aaa", "AaA", "ö", "å", "😀", "\uD83C", "\uDC00", "mail", ".", "se", "haha", "RT ", "xD", ":-)", "hej",
				"Malmö", "København", "\uE000", "\uFF01", "\uFFFD", "\uD83B" };
		java.util.Random random = new java.util.Random(16);
		int changed = 0;
		for (int n = 0; n < 50_000; n++) {
			StringBuilder text = new StringBuilder();
			for (int k = random.nextInt(12); k > 0; k--) {
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			String expected = theirs.normalize(text).toString();
			changed += expected.equals(text.toString()) ? 0 : 1;
			assertThat(ours.normalize(text).toString()).as(text.toString()).isEqualTo(expected);
		}
		// The sample must exercise the steps, not only text they leave alone.
		assertThat(changed).isGreaterThan(20_000);
		for (char c = 0; c < Character.MAX_VALUE; c++) {
			String text = "ab" + c + "cd " + c;
			assertThat(ours.normalize(text).toString()).as("U+%04X", (int) c).isEqualTo(theirs.normalize(text).toString());
		}
	}

	private static final opennlp.tools.langdetect.LanguageDetectorModel MODEL = LanguageDetector.read();

	private static void assertSame(double logProbability, double probability) {
		if (probability == 0) {
			assertThat(logProbability).isEqualTo(Double.NEGATIVE_INFINITY);
		}
		else {
			assertThat(logProbability).isCloseTo(Math.log(probability), org.assertj.core.api.Assertions.within(1e-6));
		}
	}

}
