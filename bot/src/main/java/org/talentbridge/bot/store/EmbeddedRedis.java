package org.talentbridge.bot.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisExecProvider;

/**
 * A real redis-server, shipped in the embedded-redis artifact, for local runs and tests. It binds to
 * loopback only and keeps an append-only file in the data directory, so a restart keeps everything.
 * The process is started here rather than by the library's RedisServer, whose JVM shutdown hook
 * would stop Redis while the bot is still writing its last turns; this way the application context
 * stops it, after everything that uses it.
 */
final class EmbeddedRedis implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedRedis.class);

	private static final String PID_FILE = "redis.pid";

	private final Process server;

	private final int port;

	private EmbeddedRedis(Process server, int port) {
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
		Process server;
		try {
			String binary = RedisExecProvider.defaultProvider().get().getAbsolutePath();
			server = new ProcessBuilder(binary, "--bind", "127.0.0.1", "--port", Integer.toString(port), "--dir",
					dir.toString(), "--appendonly", "yes", "--appendfsync", "everysec", "--save", "", "--pidfile",
					dir.resolve(PID_FILE).toString(), "--protected-mode", "yes", "--maxmemory-policy", "noeviction",
					"--logfile", dir.resolve("redis.log").toString())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			awaitReady(server, port, dir);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start the embedded redis-server: " + ex.getMessage(), ex);
		}
		return new EmbeddedRedis(server, port);
	}

	int port() {
		return this.port;
	}

	@Override
	public void close() {
		// Redis answers SIGTERM with a clean shutdown that flushes the append-only file.
		this.server.destroy();
		try {
			if (!this.server.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
				this.server.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		log.info("Embedded Redis stopped");
	}

	/** Waits until redis-server answers PING (loading a large append-only file takes a moment). */
	private static void awaitReady(Process server, int port, Path dir) throws IOException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			if (!server.isAlive()) {
				throw new IOException("redis-server exited with " + server.exitValue() + "; see " + dir.resolve("redis.log"));
			}
			try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
				socket.setSoTimeout(1000);
				socket.getOutputStream().write("PING\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
				byte[] answer = new byte[7];
				int read = socket.getInputStream().read(answer);
				if (read > 0 && new String(answer, 0, read, java.nio.charset.StandardCharsets.US_ASCII).startsWith("+PONG")) {
					return;
				}
			}
			catch (IOException notYet) {
				// Not listening yet, or still loading its data.
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted while starting redis-server", ex);
			}
		}
		server.destroyForcibly();
		throw new IOException("redis-server did not answer within 30 s; see " + dir.resolve("redis.log"));
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
