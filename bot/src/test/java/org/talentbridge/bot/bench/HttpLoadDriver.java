package org.talentbridge.bot.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.talentbridge.bench.ceiling.ConstantReply;

/**
 * The answer path side by side, in one run on one machine: the packaged bot as a user starts it
 * ({@code java -Xmx256m}), the same jar's web stack answering a constant reply (the ceiling, see
 * {@link ConstantReply}), and NLP.js trained on the same knowledge base ({@code bot/bench/nlpjs}).
 * 32 clients on keep-alive connections send the same questions to each; every request is a person
 * of its own (no cookie, so no flood limit applies, with {@code WEB_NEW_IDENTITIES_PER_MINUTE=0})
 * and every reply is checked to be a real answer. After a warm-up (for the bot's JVM, until its JIT
 * compilers are done with the answer path: see {@link #JIT_WARMUP}), the three are measured in turns
 * (rounds), so that a noisy neighbour on the machine weighs on all three alike, and printed side by
 * side. Bounded in time; stops what it started.
 */
public final class HttpLoadDriver {

	/** The partner secret the other drivers sign their virtual people with, so each keeps one identity. */
	static final String SECRET = "load-driver-secret-of-at-least-32-characters";

	static final int CLIENTS = Integer.getInteger("clients", 32);

	static final Duration WARMUP = Duration.ofSeconds(Long.getLong("warmupSeconds", 30));

	/**
	 * The longest warm-up while the bot's JIT compiler is still busy. Under this load the answer
	 * path's hottest methods wait minutes for C2 (measured: 3 minutes), and a figure taken earlier
	 * is one of the profiling C1 code, not of the bot as it runs.
	 */
	static final Duration JIT_WARMUP = Duration.ofSeconds(Long.getLong("jitWarmupSeconds", 420));

	/** The share of a warm-up stretch the JIT may still spend compiling for the bot to count as warm. */
	static final double JIT_SETTLED = Double.parseDouble(System.getProperty("jitSettled", "0.05"));

	static final Duration MEASURE = Duration.ofSeconds(Long.getLong("measureSeconds", 10));

	static final int ROUNDS = Integer.getInteger("rounds", 3);

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args.length > 0 ? args[0] : "target/talent-bridge-bot.jar");
		Path knowledgeBase = Path.of(args.length > 1 ? args[1] : "../knowledge-base");
		Path nlpjs = Path.of(args.length > 2 ? args[2] : "bench/nlpjs");
		if (!Files.exists(jar)) {
			throw new IllegalStateException(jar + " not found: build it with mvn package first");
		}
		Path data = BenchStore.dataDir("bench-redis");
		List<Process> started = new ArrayList<>();
		try {
			Map<String, Target> targets = new LinkedHashMap<>();
			// NLP.js first and alone: its training would otherwise slow the bot's start that is reported.
			if (!Boolean.getBoolean("skipNlpjs")) {
				int nlpPort = freePort();
				started.add(startNlpjs(nlpjs, knowledgeBase, nlpPort, data));
				targets.put("NLP.js", new Target(nlpPort, "/api/chat", false, started.get(started.size() - 1).toHandle(), false));
			}
			int port = freePort();
			long t0 = System.nanoTime();
			started.add(startBot(jar, port, data));
			waitUntilReady(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(),
					URI.create("http://127.0.0.1:" + port + "/actuator/health"), started.get(started.size() - 1));
			System.out.printf("Bot ready in %.2f s (java -Xmx256m, from process start to /actuator/health UP)%n",
					(System.nanoTime() - t0) / 1e9);
			Map<String, Target> ordered = new LinkedHashMap<>();
			ProcessHandle botProcess = started.get(started.size() - 1).toHandle();
			ordered.put("ceiling", new Target(port, "/api/chat/ceiling", true, botProcess, true));
			ordered.put("bot", new Target(port, "/api/chat", false, botProcess, true));
			ordered.putAll(targets);
			// -Dtext=... sends one message only, to see what a kind of message costs.
			String only = System.getProperty("text");
			List<String> messages = (only != null) ? List.of(only) : Workload.messages();
			Map<String, Result> results = new LinkedHashMap<>();
			for (Map.Entry<String, Target> target : ordered.entrySet()) {
				Duration warmup = "bot".equals(target.getKey()) ? WARMUP : WARMUP.dividedBy(3);
				run(target.getValue(), messages, warmup);
				results.put(target.getKey(), new Result());
			}
			warmUntilCompiled(botProcess, ordered.get("ceiling"), ordered.get("bot"), messages);
			for (int round = 0; round < ROUNDS; round++) {
				for (Map.Entry<String, Target> target : ordered.entrySet()) {
					results.get(target.getKey()).add(run(target.getValue(), messages, MEASURE));
				}
			}
			print(results, messages.size());
			printSharedRoundTrips(port);
		}
		finally {
			for (Process process : started) {
				process.destroy();
				process.onExit().get();
			}
			// The logs stay for a look afterwards; the store, in memory on /dev/shm, does not.
			org.springframework.util.FileSystemUtils.deleteRecursively(data.resolve("redis"));
		}
	}

	/**
	 * Goes on warming the bot's JVM (the ceiling and the bot in turns, as measured) until its JIT
	 * compilers spend less than {@link #JIT_SETTLED} of the time compiling, or {@link #JIT_WARMUP}.
	 */
	private static void warmUntilCompiled(ProcessHandle bot, Target ceiling, Target chat, List<String> messages)
			throws InterruptedException {
		if (JIT_WARMUP.isZero()) {
			return;
		}
		long began = System.nanoTime();
		double compiled = compileSeconds(bot);
		if (compiled < 0) {
			System.out.println("The JIT's compile time cannot be read (no jcmd): measuring after the fixed warm-up");
			return;
		}
		double share = 1;
		while (share >= JIT_SETTLED && System.nanoTime() - began < JIT_WARMUP.toNanos()) {
			long t0 = System.nanoTime();
			run(ceiling, messages, Duration.ofSeconds(5));
			run(chat, messages, Duration.ofSeconds(15));
			double now = compileSeconds(bot);
			share = (now - compiled) / ((System.nanoTime() - t0) / 1e9);
			compiled = now;
		}
		System.out.printf(Locale.ROOT, "JIT warm-up: %.0f s more, until the compilers used %.1f%% of the last 20 s (%.0f s compiling in all)%n",
				(System.nanoTime() - began) / 1e9, 100 * share, compiled);
	}

	/** The JIT compilers' time so far in seconds, from the JVM's performance counters; -1 if unreadable. */
	static double compileSeconds(ProcessHandle process) {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		try {
			Process run = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "PerfCounter.print")
				.redirectErrorStream(true)
				.start();
			String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			run.waitFor();
			java.util.regex.Matcher ticks = java.util.regex.Pattern.compile("java\\.ci\\.totalTime=(\\d+)").matcher(out);
			java.util.regex.Matcher frequency = java.util.regex.Pattern.compile("sun\\.os\\.hrt\\.frequency=(\\d+)").matcher(out);
			return (ticks.find() && frequency.find()) ? Long.parseLong(ticks.group(1)) / (double) Long.parseLong(frequency.group(1))
					: -1;
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	private static Process startBot(Path jar, int port, Path data) throws Exception {
		Path ceiling = ceilingClassPath(data.resolve("ceiling"));
		List<String> command = new ArrayList<>(List.of("java", "-Xmx256m"));
		// Extra JVM options for the bot, for example a flight recording: -Dbot.jvmArgs=-XX:StartFlightRecording=...
		String extra = System.getProperty("bot.jvmArgs", "");
		if (!extra.isBlank()) {
			command.addAll(List.of(extra.trim().split("\\s+")));
		}
		// The jar as built, plus the ceiling's endpoint: PropertiesLauncher adds loader.path to the class path.
		command.addAll(List.of("-Dloader.path=" + ceiling, "-cp", jar.toString(),
				"org.springframework.boot.loader.launch.PropertiesLauncher", "--server.port=" + port,
				"--bot.store.data-dir=" + data.resolve("redis"), "--logging.level.root=WARN",
				"--bot.web.new-identities-per-minute=0", "--bot.metrics.token=" + METRICS_TOKEN));
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(data.resolve("bot.log").toFile())
			.start();
	}

	/** A directory with the ceiling's classes and the entry that makes Spring Boot load them, nothing else. */
	private static Path ceilingClassPath(Path dir) throws IOException, URISyntaxException {
		String pkg = ConstantReply.class.getPackageName().replace('.', '/');
		URL own = ConstantReply.class.getResource(ConstantReply.class.getSimpleName() + ".class");
		Path from = Path.of(own.toURI()).getParent();
		Path to = Files.createDirectories(dir.resolve(pkg));
		try (Stream<Path> classes = Files.list(from)) {
			for (Path file : classes.toList()) {
				Files.copy(file, to.resolve(file.getFileName().toString()));
			}
		}
		Path imports = dir.resolve("META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports");
		Files.createDirectories(imports.getParent());
		Files.writeString(imports, ConstantReply.class.getName() + "\n");
		return dir;
	}

	private static Process startNlpjs(Path dir, Path knowledgeBase, int port, Path data) throws Exception {
		if (!Files.isDirectory(dir.resolve("node_modules"))) {
			Process install = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(dir.toFile())
				.inheritIO()
				.start();
			if (install.waitFor() != 0) {
				throw new IllegalStateException("npm ci in " + dir + " failed");
			}
		}
		long t0 = System.nanoTime();
		Process node = new ProcessBuilder("node", "server.js", knowledgeBase.toAbsolutePath().toString(),
				Integer.toString(port))
			.directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(data.resolve("nlpjs.log").toFile())
			.start();
		URI health = URI.create("http://127.0.0.1:" + port + "/health");
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		while (System.nanoTime() < deadline) {
			if (!node.isAlive()) {
				throw new IllegalStateException("NLP.js exited: see " + data.resolve("nlpjs.log"));
			}
			try {
				if (http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString())
					.statusCode() == 200) {
					System.out.printf("NLP.js trained and ready in %.1f s%n", (System.nanoTime() - t0) / 1e9);
					return node;
				}
			}
			catch (IOException ex) {
				// still training
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("NLP.js was not ready within 5 minutes");
	}

	/**
	 * Where to send, whether the reply is the constant one, the server's process (its children count
	 * too) and whether it is a JVM, whose compilers can be asked how busy they are.
	 */
	private record Target(int port, String path, boolean constant, ProcessHandle server, boolean java) {
	}

	/** One measured stretch of one target, with the CPU time its server and this driver used in it. */
	private record Run(long[] latencies, double seconds, long errors, long wrong, long answered, Cpu server, Cpu driver,
			double compiling) {
	}

	/**
	 * User and system CPU time in clock ticks, from /proc (Linux); zero elsewhere. The server's own
	 * share and its children's (the embedded redis-server) are kept apart. A child's share includes
	 * the processes it forked and waited for: redis-server's AOF rewrites, which come and go between
	 * two readings and took as much CPU as Redis itself in some rounds.
	 */
	record Cpu(long user, long system, long childrenUser, long childrenSystem) {

		static final Cpu NONE = new Cpu(0, 0, 0, 0);

		static final double TICK_MS = 10;

		static Cpu of(ProcessHandle process) {
			long[] own = ticks(process.pid());
			long[] children = new long[2];
			process.descendants().forEach(child -> {
				long[] t = ticks(child.pid());
				children[0] += t[0] + t[2];
				children[1] += t[1] + t[3];
			});
			return new Cpu(own[0], own[1], children[0], children[1]);
		}

		private static long[] ticks(long pid) {
			try {
				String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
				String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				// utime, stime, cutime and cstime are fields 14 to 17 of the whole line, 12 to 15 after the name.
				return new long[] { Long.parseLong(fields[11]), Long.parseLong(fields[12]), Long.parseLong(fields[13]),
						Long.parseLong(fields[14]) };
			}
			catch (IOException | RuntimeException ex) {
				return new long[4];
			}
		}

		Cpu minus(Cpu before) {
			return new Cpu(this.user - before.user, this.system - before.system, this.childrenUser - before.childrenUser,
					this.childrenSystem - before.childrenSystem);
		}

		Cpu plus(Cpu other) {
			return new Cpu(this.user + other.user, this.system + other.system, this.childrenUser + other.childrenUser,
					this.childrenSystem + other.childrenSystem);
		}

	}

	/** All rounds of one target. */
	private static final class Result {

		final List<Run> runs = new ArrayList<>();

		void add(Run run) {
			this.runs.add(run);
		}

		long count() {
			return this.runs.stream().mapToLong(r -> r.latencies.length).sum();
		}

		double perSecond() {
			return count() / this.runs.stream().mapToDouble(Run::seconds).sum();
		}

		long[] sorted() {
			long[] all = this.runs.stream().flatMapToLong(r -> Arrays.stream(r.latencies)).toArray();
			Arrays.sort(all);
			return all;
		}

		Cpu server() {
			return this.runs.stream().map(Run::server).reduce(Cpu.NONE, Cpu::plus);
		}

		Cpu driver() {
			return this.runs.stream().map(Run::driver).reduce(Cpu.NONE, Cpu::plus);
		}

		String rounds() {
			return String.join(" / ",
					this.runs.stream().map(r -> String.format(Locale.ROOT, "%.0f", r.latencies.length / r.seconds)).toList());
		}

	}

	/** Scrapes the bot's own meters once, at the end; never during a measured round. */
	private static final String METRICS_TOKEN = java.util.UUID.randomUUID().toString();

	/** How many conversations' Redis calls each shared round trip carried, over the whole run. */
	private static void printSharedRoundTrips(int port) throws IOException, InterruptedException {
		HttpResponse<String> scrape = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
				.header("Authorization", "Bearer " + METRICS_TOKEN)
				.build(), HttpResponse.BodyHandlers.ofString());
		double calls = meter(scrape.body(), "bot_redis_shared_calls_total");
		double trips = meter(scrape.body(), "bot_redis_shared_round_trips_total");
		System.out.printf(Locale.ROOT, "Redis: %,.0f conversation calls in %,.0f shared round trips (%.2f per round trip) over the run%n",
				calls, trips, calls / trips);
	}

	private static double meter(String scrape, String name) {
		for (String line : scrape.split("\n")) {
			if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
				return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
			}
		}
		return Double.NaN;
	}

	private static void print(Map<String, Result> results, int distinctMessages) {
		Result ceiling = results.get("ceiling");
		double ceilingRate = ceiling.perSecond();
		double ceilingP99 = ms(ceiling.sorted(), 0.99);
		System.out.printf("%nPOST on 127.0.0.1, %d clients, keep-alive, every request a new person, %d distinct messages,"
				+ " %d rounds of %d s each%n", CLIENTS, distinctMessages, ROUNDS, MEASURE.toSeconds());
		System.out.printf("%-8s %10s %8s %8s %8s %10s %9s %7s %7s   %s%n", "", "answers/s", "p50 ms", "p99 ms", "max ms",
				"of ceiling", "p99 ×", "errors", "wrong", "answers/s per round");
		for (Map.Entry<String, Result> entry : results.entrySet()) {
			Result result = entry.getValue();
			long[] sorted = result.sorted();
			long errors = result.runs.stream().mapToLong(Run::errors).sum();
			long wrong = result.runs.stream().mapToLong(Run::wrong).sum();
			System.out.printf(Locale.ROOT, "%-8s %,10.0f %8.2f %8.2f %8.1f %9.0f%% %8.2f× %7d %7d   %s%n", entry.getKey(),
					result.perSecond(), ms(sorted, 0.50), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6,
					100 * result.perSecond() / ceilingRate, ms(sorted, 0.99) / ceilingP99, errors, wrong, result.rounds());
		}
		System.out.printf("%nCPU per request in µs (from /proc; the server's own process, its children such as redis-server, and this driver)%n");
		System.out.printf("%-8s %9s %9s %9s %9s %9s %9s %10s%n", "", "user", "system", "child usr", "child sys", "all", "driver",
				"JIT busy");
		for (Map.Entry<String, Result> entry : results.entrySet()) {
			Cpu server = entry.getValue().server();
			Cpu driver = entry.getValue().driver();
			double per = Cpu.TICK_MS * 1000 / entry.getValue().count();
			double compiling = entry.getValue().runs.stream().mapToDouble(Run::compiling).sum();
			double seconds = entry.getValue().runs.stream().mapToDouble(Run::seconds).sum();
			System.out.printf(Locale.ROOT, "%-8s %9.0f %9.0f %9.0f %9.0f %9.0f %9.0f %10s%n", entry.getKey(), server.user() * per,
					server.system() * per, server.childrenUser() * per, server.childrenSystem() * per,
					(server.user() + server.system() + server.childrenUser() + server.childrenSystem()) * per,
					(driver.user() + driver.system()) * per,
					(compiling < 0) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * compiling / seconds));
		}
		for (String name : List.of("bot", "NLP.js")) {
			Result result = results.get(name);
			if (result != null) {
				long answered = result.runs.stream().mapToLong(Run::answered).sum();
				System.out.printf(Locale.ROOT, "%s: %.1f%% of replies gave an article%n", name, 100.0 * answered / result.count());
			}
		}
		Result bot = results.get("bot");
		Result nlp = results.get("NLP.js");
		double share = bot.perSecond() / ceilingRate;
		double p99 = ms(bot.sorted(), 0.99) / ceilingP99;
		System.out.printf(Locale.ROOT, "Target: at least 40%% of the ceiling (%.0f%%: %s), p99 at most 2× the ceiling's (%.2f×: %s)%s%n",
				100 * share, (share >= 0.4) ? "met" : "not met", p99, (p99 <= 2) ? "met" : "not met",
				(nlp == null) ? "" : String.format(Locale.ROOT, ", more than NLP.js (%.0f vs %.0f: %s)", bot.perSecond(),
						nlp.perSecond(), (bot.perSecond() > nlp.perSecond()) ? "met" : "not met"));
	}

	/**
	 * Each client keeps one HTTP/1.1 connection and sends requests one after another over a plain
	 * socket: a load driver light enough that the servers, not the client, use the two cores.
	 */
	private static Run run(Target target, List<String> messages, Duration duration) throws InterruptedException {
		long end = System.nanoTime() + duration.toNanos();
		List<long[]> latencies = new ArrayList<>();
		AtomicLong errors = new AtomicLong();
		AtomicLong wrong = new AtomicLong();
		AtomicLong answered = new AtomicLong();
		CountDownLatch done = new CountDownLatch(CLIENTS);
		Cpu serverBefore = Cpu.of(target.server());
		double compiledBefore = target.java() ? compileSeconds(target.server()) : -1;
		Cpu driverBefore = Cpu.of(ProcessHandle.current());
		long began = System.nanoTime();
		long[][] own = new long[CLIENTS][];
		for (int c = 0; c < CLIENTS; c++) {
			int client = c;
			Thread worker = new Thread(() -> {
				long[] times = new long[4096];
				int i = 0;
				Connection connection = null;
				while (System.nanoTime() < end) {
					String text = messages.get((client * 7919 + i) % messages.size());
					byte[] body = ("{\"text\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}")
						.getBytes(StandardCharsets.UTF_8);
					// No cookie and no signed identity: each request is a person the bot has never seen.
					byte[] head = ("POST " + target.path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
							+ "Content-Length: " + body.length + "\r\n\r\n")
						.getBytes(StandardCharsets.US_ASCII);
					long t0 = System.nanoTime();
					try {
						if (connection == null) {
							connection = new Connection(target.port);
						}
						connection.out.write(head);
						connection.out.write(body);
						connection.out.flush();
						Answer answer = readResponse(connection.in);
						if (i == times.length) {
							times = Arrays.copyOf(times, times.length * 2);
						}
						times[i++] = System.nanoTime() - t0;
						if (answer.status != 200) {
							errors.incrementAndGet();
						}
						else if (!realAnswer(answer.body, target.constant)) {
							wrong.incrementAndGet();
						}
						else if (answer.body.contains("\"answer\":{")) {
							answered.incrementAndGet();
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
				own[client] = Arrays.copyOf(times, i);
				done.countDown();
			});
			worker.start();
		}
		done.await();
		double seconds = (System.nanoTime() - began) / 1e9;
		Cpu server = Cpu.of(target.server()).minus(serverBefore);
		Cpu driver = Cpu.of(ProcessHandle.current()).minus(driverBefore);
		double compiling = target.java() ? compileSeconds(target.server()) - compiledBefore : -1;
		for (long[] times : own) {
			latencies.add(times);
		}
		return new Run(latencies.stream().flatMapToLong(Arrays::stream).toArray(), seconds, errors.get(), wrong.get(),
				answered.get(), server, driver, compiling);
	}

	/**
	 * A reply with a first text that is not empty, and from the bot not the flood notice; the
	 * ceiling's is its constant.
	 */
	static boolean realAnswer(String body, boolean constant) {
		int text = body.indexOf("\"replies\":[{\"text\":\"");
		if (text < 0 || body.startsWith("\"", text + 20)) {
			return false;
		}
		if (constant) {
			return body.contains("A constant reply");
		}
		return NOT_ANSWERS.stream().noneMatch(body::contains);
	}

	/** The flood notice and the apology for an internal error, in the three languages: not answers. */
	private static final List<String> NOT_ANSWERS = Stream.of("en", "sv", "da").flatMap(language -> {
		java.util.Properties phrases = new java.util.Properties();
		try (InputStream in = HttpLoadDriver.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
			phrases.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return Stream.of(phrases.getProperty("flood.notice"), phrases.getProperty("error.internal"));
	}).toList();

	/** Reads one response (Content-Length or chunked body). */
	private static Answer readResponse(InputStream in) throws IOException {
		String statusLine = line(in);
		int status = Integer.parseInt(statusLine.split(" ")[1]);
		int length = -1;
		boolean chunked = false;
		boolean close = false;
		for (String header = line(in); !header.isEmpty(); header = line(in)) {
			String lower = header.toLowerCase(Locale.ROOT);
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
		byte[] body;
		if (chunked) {
			java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
			for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in).trim(), 16)) {
				all.write(in.readNBytes(size));
				line(in);
			}
			line(in);
			body = all.toByteArray();
		}
		else {
			body = (length > 0) ? in.readNBytes(length) : new byte[0];
		}
		return new Answer(status, close, new String(body, StandardCharsets.UTF_8));
	}

	private record Answer(int status, boolean close, String body) {
	}

	/** One keep-alive connection. */
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
		if (sorted.length == 0) {
			return Double.NaN;
		}
		return sorted[(int) Math.max(0, Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1))] / 1e6;
	}

	static void waitUntilReady(HttpClient http, URI health, Process bot) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
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
		throw new IllegalStateException("The bot was not ready within 300 s");
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
