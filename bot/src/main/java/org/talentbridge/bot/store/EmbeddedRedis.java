package org.talentbridge.bot.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * A real redis-server, shipped in the embedded-redis artifact, for local runs and tests. It binds to
 * loopback only and keeps an append-only file in the data directory, so a restart keeps everything.
 */
final class EmbeddedRedis implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedRedis.class);

	private static final String PID_FILE = "redis.pid";

	private final RedisServer server;

	private final int port;

	private EmbeddedRedis(RedisServer server, int port) {
		this.server = server;
		this.port = port;
	}

	static EmbeddedRedis start(Path dataDir, int requestedPort) {
		Path dir = dataDir.toAbsolutePath().normalize();
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot create DATA_DIR " + dir + ": " + ex.getMessage(), ex);
		}
		stopOrphanedServer(dir);
		int port = (requestedPort > 0) ? requestedPort : freePort();
		RedisServer server = RedisServer.builder()
			.bind("127.0.0.1")
			.port(port)
			.setting("dir " + dir)
			.setting("appendonly yes")
			.setting("appendfsync everysec")
			.setting("save \"\"")
			.setting("pidfile " + dir.resolve(PID_FILE))
			.setting("protected-mode yes")
			.setting("maxmemory-policy noeviction")
			.build();
		server.start();
		log.info("Embedded Redis started on 127.0.0.1:{} with data in {}", port, dir);
		return new EmbeddedRedis(server, port);
	}

	int port() {
		return this.port;
	}

	@Override
	public void close() {
		// Redis answers SIGTERM with a clean shutdown that flushes the append-only file.
		this.server.stop();
		log.info("Embedded Redis stopped");
	}

	/**
	 * A bot killed hard leaves its redis-server running on the same files. Two servers on one
	 * append-only file would corrupt it, so an orphan is stopped; a server whose bot is still alive
	 * means the directory is in use.
	 */
	private static void stopOrphanedServer(Path dir) {
		Path pidFile = dir.resolve(PID_FILE);
		if (!Files.exists(pidFile)) {
			return;
		}
		Optional<ProcessHandle> process = readPid(pidFile).flatMap(ProcessHandle::of)
			.filter(ProcessHandle::isAlive)
			.filter(p -> p.info().command().map(c -> c.contains("redis-server")).orElse(false));
		if (process.isEmpty()) {
			return;
		}
		ProcessHandle redis = process.get();
		boolean ownerAlive = redis.parent().filter(p -> p.pid() != 1 && p.isAlive()).isPresent();
		if (ownerAlive) {
			throw new IllegalStateException("DATA_DIR " + dir + " is in use by another running bot (redis-server pid "
					+ redis.pid() + "); give each instance its own DATA_DIR or set REDIS_URL");
		}
		log.warn("Stopping a redis-server left behind by an earlier run (pid {})", redis.pid());
		redis.destroy();
		try {
			redis.onExit().get(Duration.ofSeconds(10).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
		}
		catch (Exception ex) {
			redis.destroyForcibly();
		}
	}

	private static Optional<Long> readPid(Path pidFile) {
		try {
			return Optional.of(Long.parseLong(Files.readString(pidFile).trim()));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("No free port for the embedded Redis", ex);
		}
	}

}
