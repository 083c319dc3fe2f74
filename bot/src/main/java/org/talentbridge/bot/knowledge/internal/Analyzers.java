package org.talentbridge.bot.knowledge.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import org.talentbridge.bot.conversation.Language;

/**
 * One analyzer per language: lower case, stop words, Snowball stemming, then ASCII folding, so
 * Malmö, Malmø and malmo meet. Folding comes after stemming because the stemmers expect the
 * language's own letters.
 */
final class Analyzers {

	private final Map<Language, Analyzer> byLanguage = new EnumMap<>(Language.class);

	private final Analyzer plain;

	private final CharArraySet fillerWords;

	/**
	 * Analyzed texts by analyzer and text. Building the index for each fold of the answer decision's
	 * training analyzes the same article texts and question words again and again, and people use
	 * the same words again and again; analysis is the dearest part of both. Bounded; emptied when full.
	 */
	private final Map<Analyzer, Map<String, List<String>>> analyzed = new java.util.IdentityHashMap<>();

	private static final int ANALYZED_LIMIT = 100_000;

	Analyzers() {
		this.byLanguage.put(Language.EN, stemming("English", snowballStopSet("english_stop.txt")));
		this.byLanguage.put(Language.SV, stemming("Swedish", SwedishAnalyzer.getDefaultStopSet()));
		this.byLanguage.put(Language.DA, stemming("Danish", DanishAnalyzer.getDefaultStopSet()));
		this.plain = new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer tokenizer = new StandardTokenizer();
				return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)));
			}
		};
		CharArraySet filler = new CharArraySet(1000, true);
		filler.addAll(snowballStopSet("english_stop.txt"));
		filler.addAll(SwedishAnalyzer.getDefaultStopSet());
		filler.addAll(DanishAnalyzer.getDefaultStopSet());
		filler.addAll(resourceWords("filler-words.txt"));
		this.fillerWords = CharArraySet.unmodifiableSet(filler);
		for (Analyzer analyzer : this.byLanguage.values()) {
			this.analyzed.put(analyzer, new java.util.concurrent.ConcurrentHashMap<>());
		}
		this.analyzed.put(this.plain, new java.util.concurrent.ConcurrentHashMap<>());
	}

	/** The terms of a text in a language, as the index and the questions see them. */
	List<String> terms(Language language, String text) {
		return cachedTerms(this.byLanguage.get(language), text);
	}

	/** One word in a language; null when the analyzer drops it. */
	String term(Language language, String word) {
		List<String> terms = terms(language, word);
		return terms.isEmpty() ? null : terms.get(0);
	}

	/** Lower-cased and folded words, as topic tags are written. */
	List<String> plainTerms(String text) {
		return cachedTerms(this.plain, text);
	}

	String plainTerm(String word) {
		List<String> terms = plainTerms(word);
		return terms.isEmpty() ? null : terms.get(0);
	}

	private List<String> cachedTerms(Analyzer analyzer, String text) {
		Map<String, List<String>> cache = this.analyzed.get(analyzer);
		List<String> terms = cache.get(text);
		if (terms == null) {
			terms = List.copyOf(terms(analyzer, text));
			if (cache.size() >= ANALYZED_LIMIT) {
				cache.clear();
			}
			cache.put(text, terms);
		}
		return terms;
	}

	Analyzer of(Language language) {
		return this.byLanguage.get(language);
	}

	/** Lower case and folding only: for topic tags. */
	Analyzer plain() {
		return this.plain;
	}

	/**
	 * Words that carry no topic in any of the three languages (stop words and question words such as
	 * "how", "hur", "hvordan"): they are not counted when judging how well an article fits.
	 */
	boolean isFiller(String lowerCaseWord) {
		return this.fillerWords.contains(lowerCaseWord);
	}

	/** Analyzes one word; null when the analyzer drops it. */
	static String term(Analyzer analyzer, String word) {
		List<String> terms = terms(analyzer, word);
		return terms.isEmpty() ? null : terms.get(0);
	}

	static List<String> terms(Analyzer analyzer, String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	private static Analyzer stemming(String snowballLanguage, CharArraySet stopWords) {
		boolean english = "English".equals(snowballLanguage);
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer tokenizer = new StandardTokenizer();
				TokenStream stream = english ? new EnglishPossessiveFilter(tokenizer) : tokenizer;
				stream = new LowerCaseFilter(stream);
				stream = new StopFilter(stream, stopWords);
				stream = new SnowballFilter(stream, snowballLanguage);
				stream = new ASCIIFoldingFilter(stream);
				return new TokenStreamComponents(tokenizer, stream);
			}
		};
	}

	private static CharArraySet snowballStopSet(String name) {
		try (InputStream in = SnowballFilter.class.getResourceAsStream(name)) {
			return WordlistLoader.getSnowballWordSet(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static CharArraySet resourceWords(String name) {
		try (InputStream in = Analyzers.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + name);
			}
			// Several words a line: WordlistLoader would take each whole line for one word.
			CharArraySet words = new CharArraySet(600, true);
			for (String line : WordlistLoader.getLines(in, StandardCharsets.UTF_8)) {
				if (!line.startsWith("#")) {
					words.addAll(java.util.Arrays.asList(line.trim().split("\\s+")));
				}
			}
			return words;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
