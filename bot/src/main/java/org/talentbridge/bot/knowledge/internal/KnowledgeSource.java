package org.talentbridge.bot.knowledge.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.knowledge.Article;

/**
 * Where the knowledge base is read from: a folder (so edits can be reloaded without a restart) or,
 * when none is found, the copy packaged in the jar.
 */
public final class KnowledgeSource {

	private final String location;

	private final String description;

	private KnowledgeSource(String location, String description) {
		this.location = location;
		this.description = description;
	}

	/** The configured folder, else ./knowledge-base or ../knowledge-base, else the packaged copy. */
	public static KnowledgeSource resolve(String configuredPath) {
		if (!configuredPath.isBlank()) {
			Path path = Path.of(configuredPath).toAbsolutePath().normalize();
			if (!Files.isDirectory(path.resolve("articles"))) {
				throw new IllegalStateException("Knowledge base: " + path + " has no articles/ folder (KNOWLEDGE_BASE_DIR)");
			}
			return folder(path);
		}
		for (String candidate : List.of("knowledge-base", "../knowledge-base")) {
			Path path = Path.of(candidate).toAbsolutePath().normalize();
			if (Files.isDirectory(path.resolve("articles"))) {
				return folder(path);
			}
		}
		return packaged();
	}

	/** The copy of the knowledge base packaged in the application. */
	static KnowledgeSource packaged() {
		return new KnowledgeSource("classpath*:knowledge-base/", "the copy packaged in the application");
	}

	private static KnowledgeSource folder(Path path) {
		return new KnowledgeSource(path.toUri().toString(), path.toString());
	}

	public String description() {
		return this.description;
	}

	/** Reads and validates every article; the first problem stops it with the file and field named. */
	public Snapshot load(LocalDate today) {
		List<Article> articles = new ArrayList<>();
		Map<String, String> seen = new HashMap<>();
		for (Resource resource : resources("articles/*.md")) {
			String file = "articles/" + resource.getFilename();
			Article article = ArticleParser.parse(file, read(resource), today);
			String earlier = seen.putIfAbsent(article.id(), file);
			if (earlier != null) {
				throw new ArticleFormatException(file, "field 'id' '" + article.id() + "' is also used by " + earlier);
			}
			articles.add(article);
		}
		if (articles.isEmpty()) {
			throw new IllegalStateException("Knowledge base: no articles found in " + this.description);
		}
		checkCounterparts(articles);
		Map<String, List<String>> intents = new LinkedHashMap<>();
		for (Resource resource : resources("intents/*.txt")) {
			String name = resource.getFilename();
			String intent = name.substring(0, name.length() - ".txt".length());
			List<String> phrases = phrases(resource);
			if (phrases.isEmpty()) {
				throw new ArticleFormatException("intents/" + name, "has no phrases");
			}
			intents.put(intent, phrases);
		}
		Map<Language, List<String>> outOfScope = new EnumMap<>(Language.class);
		Map<Language, List<String>> synonymLines = new EnumMap<>(Language.class);
		Map<Language, String> synonymFiles = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			for (Resource resource : resources("out-of-scope/" + language.code() + ".txt")) {
				outOfScope.put(language, phrases(resource));
			}
			for (Resource resource : resources("synonyms/" + language.code() + ".txt")) {
				synonymLines.put(language, read(resource).lines().toList());
				synonymFiles.put(language, "synonyms/" + resource.getFilename());
			}
		}
		return new Snapshot(List.copyOf(articles), intents, outOfScope, Synonyms.parse(synonymLines, synonymFiles));
	}

	/** A counterpart names an existing article, on the other side, that names this one back. */
	public static void checkCounterparts(List<Article> articles) {
		Map<String, Article> byId = new HashMap<>();
		articles.forEach(article -> byId.put(article.id(), article));
		for (Article article : articles) {
			if (article.counterpart() == null) {
				continue;
			}
			Article other = byId.get(article.counterpart());
			if (other == null) {
				throw new ArticleFormatException(article.file(),
						"field 'counterpart' names '" + article.counterpart() + "', which is no article");
			}
			if (!article.id().equals(other.counterpart())) {
				throw new ArticleFormatException(article.file(), "field 'counterpart' names '" + other.id()
						+ "', but " + other.file() + " does not name '" + article.id() + "' back");
			}
		}
	}

	/** The non-blank lines of a phrase file that are not comments. */
	private static List<String> phrases(Resource resource) {
		return read(resource).lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
	}

	/** File name to content of the files matching {@code pattern}, such as "events/*.yml", in name order. */
	public Map<String, String> files(String pattern) {
		Map<String, String> files = new LinkedHashMap<>();
		for (Resource resource : resources(pattern)) {
			files.put(resource.getFilename(), read(resource));
		}
		return files;
	}

	private List<Resource> resources(String pattern) {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver().getResources(this.location + pattern);
			return Arrays.stream(found)
				.filter(r -> r.getFilename() != null && r.exists())
				.sorted(Comparator.comparing(Resource::getFilename))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Knowledge base: cannot list " + pattern + " in " + this.description, ex);
		}
	}

	private static String read(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Knowledge base: cannot read " + resource.getFilename(), ex);
		}
	}

	/**
	 * Everything read at one time: the articles, the intent phrases, the out-of-scope phrases per
	 * language the answer decision learns from, and the concept files.
	 */
	public record Snapshot(List<Article> articles, Map<String, List<String>> intents,
			Map<Language, List<String>> outOfScope, Synonyms synonyms) {
	}

}
