package org.talentbridge.bot.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Starts the packaged bot as a user would ({@code java -Xmx256m -jar}), reports how long it takes
 * to be ready, then drives {@code POST /api/chat} on loopback from 32 concurrent clients and prints
 * throughput and latency percentiles. Bounded in time; stops the bot at the end.
 */
public final class HttpLoadDriver {

	/** The partner secret the drivers sign their virtual people with, so each keeps one identity. */
	static final String SECRET = "load-driver-secret-of-at-least-32-characters";

	static final int CLIENTS = Integer.getInteger("clients", 32);

	static final Duration WARMUP = Duration.ofSeconds(Long.getLong("warmupSeconds", 30));

	static final Duration MEASURE = Duration.ofSeconds(Long.getLong("measureSeconds", 20));

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args.length > 0 ? args[0] : "target/talent-bridge-bot.jar");
		if (!Files.exists(jar)) {
			throw new IllegalStateException(jar + " not found: build it with mvn package first");
		}
		int port = freePort();
		Path data = Files.createTempDirectory("bench-redis");
		long started = System.nanoTime();
		List<String> command = new ArrayList<>(List.of("java", "-Xmx256m"));
		// Extra JVM options for the bot, for example a flight recording: -Dbot.jvmArgs=-XX:StartFlightRecording=...
		String extra = System.getProperty("bot.jvmArgs", "");
		if (!extra.isBlank()) {
			command.addAll(List.of(extra.trim().split("\\s+")));
		}
		command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--bot.store.data-dir=" + data,
				"--logging.level.root=WARN", "--bot.web.identity-secret=" + SECRET));
		Process bot = new ProcessBuilder(command)
			.redirectErrorStream(true)
			.redirectOutput(data.resolve("bot.log").toFile())
			.start();
		try {
			HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			URI health = URI.create("http://127.0.0.1:" + port + "/actuator/health");
			waitUntilReady(http, health, bot);
			double readySeconds = (System.nanoTime() - started) / 1e9;
			System.out.printf("Ready in %.2f s (java -Xmx256m -jar, from process start to /actuator/health UP)%n",
					readySeconds);
			run(port, WARMUP, false);
			run(port, MEASURE, true);
		}
		finally {
			bot.destroy();
			bot.onExit().get();
		}
	}

	/**
	 * Each client keeps one HTTP/1.1 connection and sends requests one after another over a plain
	 * socket: a load driver light enough that the bot, not the client, uses the two cores.
	 */
	private static void run(int port, Duration duration, boolean report) throws InterruptedException {
		// -Dtext=... sends one message only, to see what a kind of message costs.
		String only = System.getProperty("text");
		List<String> messages = (only != null) ? List.of(only) : Workload.messages();
		long end = System.nanoTime() + duration.toNanos();
		List<long[]> latencies = new ArrayList<>();
		AtomicLong errors = new AtomicLong();
		CountDownLatch done = new CountDownLatch(CLIENTS);
		long began = System.nanoTime();
		for (int c = 0; c < CLIENTS; c++) {
			int client = c;
			long[] own = new long[2_000_000];
			latencies.add(own);
			// Each virtual person is a partner site's signed-in user: one identity, no cookie to keep.
			String[] identities = new String[500];
			for (int p = 0; p < identities.length; p++) {
				identities[p] = org.talentbridge.bot.channel.web.WebChat.sign("load-" + client + "-" + p,
						java.time.Instant.now().plus(Duration.ofDays(1)), SECRET);
			}
			Thread worker = new Thread(() -> {
				int i = 0;
				Connection connection = null;
				while (System.nanoTime() < end && i < own.length - 1) {
					String text = messages.get((client * 7919 + i) % messages.size());
					byte[] body = ("{\"text\":\""
							+ text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}")
						.getBytes(StandardCharsets.UTF_8);
					byte[] head = ("POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
							+ "X-Chat-Identity: " + identities[i % identities.length] + "\r\n"
							+ "Content-Length: " + body.length + "\r\n\r\n")
						.getBytes(StandardCharsets.US_ASCII);
					long t0 = System.nanoTime();
					try {
						if (connection == null) {
							connection = new Connection(port);
						}
						connection.out.write(head);
						connection.out.write(body);
						connection.out.flush();
						Answer answer = readResponse(connection.in);
						own[i++] = System.nanoTime() - t0;
						if (answer.status != 200 && only == null) {
							errors.incrementAndGet();
						}
						if (answer.close) {
							// The server ends keep-alive after a number of requests, as servers do: reconnect.
							connection.close();
							connection = null;
						}
					}
					catch (IOException ex) {
						errors.incrementAndGet();
						if (connection != null) {
							connection.close();
						}
						connection = null;
					}
				}
				if (connection != null) {
					connection.close();
				}
				own[own.length - 1] = i;
				done.countDown();
			});
			worker.start();
		}
		done.await();
		double seconds = (System.nanoTime() - began) / 1e9;
		if (!report) {
			return;
		}
		long total = latencies.stream().mapToLong(l -> l[l.length - 1]).sum();
		long[] all = new long[(int) total];
		int k = 0;
		for (long[] own : latencies) {
			int n = (int) own[own.length - 1];
			System.arraycopy(own, 0, all, k, n);
			k += n;
		}
		Arrays.sort(all);
		System.out.printf("HTTP POST /api/chat, %d clients, %.0f s: %d answers, %.0f answers/s, %d errors%n", CLIENTS,
				seconds, total, total / seconds, errors.get());
		System.out.printf("Latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n", ms(all, 0.50), ms(all, 0.90),
				ms(all, 0.99), ms(all, 0.999), all[all.length - 1] / 1e6);
	}

	/** Reads one response (Content-Length or chunked body). */
	private static Answer readResponse(InputStream in) throws IOException {
		String statusLine = line(in);
		int status = Integer.parseInt(statusLine.split(" ")[1]);
		int length = -1;
		boolean chunked = false;
		boolean close = false;
		for (String header = line(in); !header.isEmpty(); header = line(in)) {
			String lower = header.toLowerCase(java.util.Locale.ROOT);
			if (lower.startsWith("content-length:")) {
				length = Integer.parseInt(lower.substring(15).trim());
			}
			else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
				chunked = true;
			}
			else if (lower.startsWith("connection:") && lower.contains("close")) {
				close = true;
			}
		}
		if (chunked) {
			for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in).trim(), 16)) {
				in.readNBytes(size);
				line(in);
			}
			line(in);
		}
		else if (length > 0) {
			in.readNBytes(length);
		}
		return new Answer(status, close);
	}

	private record Answer(int status, boolean close) {
	}

	/** One keep-alive connection to the bot. */
	private static final class Connection {

		final Socket socket;

		final OutputStream out;

		final InputStream in;

		Connection(int port) throws IOException {
			this.socket = new Socket("127.0.0.1", port);
			this.socket.setTcpNoDelay(true);
			this.out = this.socket.getOutputStream();
			this.in = new java.io.BufferedInputStream(this.socket.getInputStream());
		}

		void close() {
			try {
				this.socket.close();
			}
			catch (IOException ex) {
				// already gone
			}
		}

	}

	private static String line(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int c = in.read(); c != '\n'; c = in.read()) {
			if (c < 0) {
				throw new IOException("connection closed");
			}
			if (c != '\r') {
				line.append((char) c);
			}
		}
		return line.toString();
	}

	private static double ms(long[] sorted, double quantile) {
		return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

	static void waitUntilReady(HttpClient http, URI health, Process bot) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			if (!bot.isAlive()) {
				throw new IllegalStateException("The bot exited during startup");
			}
			try {
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(health).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(20);
		}
		throw new IllegalStateException("The bot was not ready within 60 s");
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
