package org.talentbridge.bot.knowledge.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.talentbridge.bot.conversation.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The copy inside the jar is what {@code java -jar} answers from when no folder is configured: it
 * must hold all the knowledge base, not just the articles (without the out-of-scope phrases the
 * answer decision has nothing to learn declining from, and without events there are none).
 */
class PackagedKnowledgeBaseTests {

	private static final Path FOLDER = Path.of("../knowledge-base");

	@Test
	void everyFileOfTheKnowledgeBaseIsPackaged() throws IOException {
		List<String> files;
		try (Stream<Path> walk = Files.walk(FOLDER)) {
			files = walk.filter(Files::isRegularFile)
				.map(path -> FOLDER.relativize(path).toString().replace('\\', '/'))
				.filter(name -> !name.equals("README.md"))
				.toList();
		}
		assertThat(files).anyMatch(name -> name.startsWith("out-of-scope/"))
			.anyMatch(name -> name.startsWith("synonyms/"))
			.anyMatch(name -> name.startsWith("events/"))
			.anyMatch(name -> name.startsWith("nudges/"));
		for (String name : files) {
			assertThat(getClass().getResource("/knowledge-base/" + name)).as("packaged " + name).isNotNull();
		}
	}

	@Test
	void thePackagedCopyLoadsWithItsOutOfScopePhrasesAndConcepts() {
		KnowledgeSource.Snapshot packaged = KnowledgeSource.packaged().load(LocalDate.of(2026, 12, 1));
		KnowledgeSource.Snapshot folder = KnowledgeSource.resolve(FOLDER.toString()).load(LocalDate.of(2026, 12, 1));
		assertThat(packaged.articles()).hasSameSizeAs(folder.articles());
		for (Language language : Language.values()) {
			assertThat(packaged.outOfScope().get(language)).as("out of scope " + language)
				.isEqualTo(folder.outOfScope().get(language))
				.hasSizeGreaterThanOrEqualTo(300);
		}
		assertThat(packaged.synonyms().fingerprint()).isEqualTo(folder.synonyms().fingerprint());
		assertThat(KnowledgeSource.packaged().files("events/*.yml")).isNotEmpty()
			.isEqualTo(KnowledgeSource.resolve(FOLDER.toString()).files("events/*.yml"));
	}

}
