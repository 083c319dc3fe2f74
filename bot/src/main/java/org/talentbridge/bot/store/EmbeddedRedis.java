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

	private static final String SOCKET_FILE = "redis.sock";

	/** The longest socket path every platform's sockaddr_un holds (104 bytes on macOS, with its NUL). */
	private static final int SOCKET_PATH_LIMIT = 100;

	/** A server that ran this long before it died counts as a fresh start: its restarts are counted anew. */
	private static final Duration STEADY = Duration.ofSeconds(60);

	/** What the supervisor found: running, being started again, or not to be brought back. */
	enum State {

		RUNNING, RESTARTING, GAVE_UP

	}

	private volatile Process server;

	private final Path dir;

	private final int port;

	private final int maxRestarts;

	private final Duration firstBackoff;

	private final java.util.List<Runnable> onRestart = new java.util.concurrent.CopyOnWriteArrayList<>();

	private final java.util.List<Runnable> onGiveUp = new java.util.concurrent.CopyOnWriteArrayList<>();

	private volatile State state = State.RUNNING;

	private final java.util.concurrent.atomic.AtomicInteger restarts = new java.util.concurrent.atomic.AtomicInteger();

	private volatile boolean closing;

	private final Thread supervisor;

	private EmbeddedRedis(Process server, Path dir, int port, int maxRestarts, Duration firstBackoff) {
		this.server = server;
		this.dir = dir;
		this.port = port;
		this.maxRestarts = maxRestarts;
		this.firstBackoff = firstBackoff;
		this.supervisor = new Thread(this::supervise, "embedded-redis-supervisor");
		this.supervisor.setDaemon(true);
		this.supervisor.start();
	}

	static EmbeddedRedis start(Path dataDir, int requestedPort) {
		return start(dataDir, requestedPort, 5, Duration.ofMillis(200));
	}

	/**
	 * Starts redis-server and watches it: when it dies (a crash, kill -9, the OOM killer), it is
	 * started again on the same port and files, up to {@code maxRestarts} times in a row, waiting
	 * {@code firstBackoff}, then twice as long, between attempts.
	 */
	static EmbeddedRedis start(Path dataDir, int requestedPort, int maxRestarts, Duration firstBackoff) {
		Path dir = dataDir.toAbsolutePath().normalize();
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot create DATA_DIR " + dir + ": " + ex.getMessage(), ex);
		}
		stopOrphanedServer(dir);
		int port = (requestedPort > 0) ? requestedPort : freePort();
		try {
			return new EmbeddedRedis(launch(dir, port), dir, port, maxRestarts, firstBackoff);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start the embedded redis-server: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The Unix socket the server also listens on, readable by this user only: a round trip through it
	 * skips the loopback TCP stack (on two cores the median answer took 0.50 ms instead of 0.58 ms).
	 * Empty when the data directory's path is too long for a socket address.
	 */
	Optional<Path> socket() {
		return socket(this.dir);
	}

	private static Optional<Path> socket(Path dir) {
		Path socket = dir.resolve(SOCKET_FILE);
		return (socket.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= SOCKET_PATH_LIMIT)
				? Optional.of(socket) : Optional.empty();
	}

	private static Process launch(Path dir, int port) throws IOException {
		String binary = RedisExecProvider.defaultProvider().get().getAbsolutePath();
		java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(binary, "--bind", "127.0.0.1",
				"--port", Integer.toString(port), "--dir", dir.toString(), "--appendonly", "yes", "--appendfsync",
				"everysec", "--save", "", "--pidfile", dir.resolve(PID_FILE).toString(), "--protected-mode", "yes",
				"--maxmemory-policy", "noeviction", "--logfile", dir.resolve("redis.log").toString(),
				// A minute's flood counts (a field per person who wrote) expire at once: freed in the
				// background, not on the thread that answers the bot's next command.
				"--lazyfree-lazy-expire", "yes",
				// The AOF's base file is written uncompressed: measured on 418 MB of conversations, a
				// rewrite took 2.0 s of CPU instead of 3.2 to 3.8, at twice the disk. On two cores shared
				// with the bot, the CPU is the scarcer of the two.
				"--rdbcompression", "no"));
		socket(dir).ifPresent(socket -> command.addAll(
				java.util.List.of("--unixsocket", socket.toString(), "--unixsocketperm", "700")));
		Process server = new ProcessBuilder(command)
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		try {
			awaitReady(server, port, dir);
		}
		catch (IOException ex) {
			// Never left running half-started: the next attempt, or the next bot, needs its files.
			server.destroyForcibly();
			throw ex;
		}
		return server;
	}

	int port() {
		return this.port;
	}

	State state() {
		return this.state;
	}

	/** How often redis-server was started again since the bot started. */
	int restarts() {
		return this.restarts.get();
	}

	/** Runs after redis-server was started again, so pools can drop the connections of the dead one. */
	void onRestart(Runnable listener) {
		this.onRestart.add(listener);
	}

	/** Runs once when redis-server cannot be brought back. */
	void onGiveUp(Runnable listener) {
		this.onGiveUp.add(listener);
	}

	private void supervise() {
		int attempts = 0;
		long startedAt = System.nanoTime();
		while (!this.closing) {
			Process current = this.server;
			try {
				current.waitFor();
			}
			catch (InterruptedException ex) {
				return;
			}
			if (this.closing) {
				return;
			}
			if (System.nanoTime() - startedAt > STEADY.toNanos()) {
				attempts = 0;
			}
			log.warn("The embedded redis-server exited with {}; starting it again on the same files", current.exitValue());
			this.state = State.RESTARTING;
			Duration backoff = this.firstBackoff;
			Process restarted = null;
			while (restarted == null && attempts < this.maxRestarts && !this.closing) {
				attempts++;
				try {
					Thread.sleep(backoff.toMillis());
					restarted = launch(this.dir, this.port);
				}
				catch (IOException ex) {
					log.warn("Starting the embedded redis-server again failed (attempt {} of {}): {}", attempts,
							this.maxRestarts, ex.getMessage());
					backoff = backoff.multipliedBy(2);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
			if (restarted == null) {
				if (!this.closing) {
					this.state = State.GAVE_UP;
					log.error("The embedded redis-server could not be started again after {} attempts; see {}",
							attempts, this.dir.resolve("redis.log"));
					this.onGiveUp.forEach(EmbeddedRedis::quietly);
				}
				return;
			}
			if (this.closing) {
				restarted.destroy();
				return;
			}
			this.server = restarted;
			startedAt = System.nanoTime();
			this.restarts.incrementAndGet();
			this.state = State.RUNNING;
			log.info("The embedded redis-server runs again on its files (restart {})", this.restarts.get());
			this.onRestart.forEach(EmbeddedRedis::quietly);
		}
	}

	private static void quietly(Runnable listener) {
		try {
			listener.run();
		}
		catch (RuntimeException ex) {
			log.warn("A listener of the embedded Redis failed: {}", ex.toString());
		}
	}

	@Override
	public void close() {
		this.closing = true;
		this.supervisor.interrupt();
		Process current = this.server;
		// Redis answers SIGTERM with a clean shutdown that flushes the append-only file.
		current.destroy();
		try {
			if (!current.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
				current.destroyForcibly();
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
