package org.talentbridge.bot.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the whole knowledge base in a temporary folder, for tests that change files on disk. */
public final class KnowledgeFolders {

	private KnowledgeFolders() {
	}

	public static Path copy(String prefix) {
		try {
			Path target = Files.createTempDirectory(prefix);
			Path source = Path.of("../knowledge-base").toAbsolutePath().normalize();
			try (Stream<Path> files = Files.walk(source)) {
				for (Path file : files.toList()) {
					Path to = target.resolve(source.relativize(file).toString());
					if (Files.isDirectory(file)) {
						Files.createDirectories(to);
					}
					else {
						Files.copy(file, to);
					}
				}
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
