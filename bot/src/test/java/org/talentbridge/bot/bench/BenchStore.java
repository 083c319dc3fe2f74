package org.talentbridge.bot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the benchmarks' embedded Redis keeps its append-only file: in memory when the machine has
 * /dev/shm. On a disk shared with builds, the AOF's writes stalled Redis for milliseconds, and those
 * stalls, not the bot, made the tail of the figures; production runs its own Redis (REDIS_URL).
 */
final class BenchStore {

	private BenchStore() {
	}

	static Path dataDir(String name) throws IOException {
		Path shm = Path.of("/dev/shm");
		return Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, name)
				: Files.createTempDirectory(name);
	}

}
