package org.talentbridge.bot.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small knowledge bases in temporary folders, made of copies of the real files. */
public final class TestKnowledgeBases {

	private TestKnowledgeBases() {
	}

	/** Copies one article without its counterpart line, which would name an article not copied. */
	public static void copyAlone(String id, Path articles) throws IOException {
		String text = Files.readString(Path.of("../knowledge-base/articles/" + id + ".md"));
		Files.writeString(articles.resolve(id + ".md"), text.replaceFirst("(?m)^counterpart: .*\\n", ""));
	}

	/** Copies the out-of-scope phrases, which the answer decision learns to decline from. */
	public static void copyOutOfScope(Path folder) throws IOException {
		Path target = Files.createDirectories(folder.resolve("out-of-scope"));
		for (String language : new String[] { "en", "sv", "da" }) {
			Files.copy(Path.of("../knowledge-base/out-of-scope/" + language + ".txt"), target.resolve(language + ".txt"));
		}
	}

}
