package org.talentbridge.bot.bench;

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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many people, one event: starts the packaged bot, creates an event through the staff API, then 32
 * clients sign up new people through {@code POST /api/chat} as fast as they can (the event, a name, then the
 * consent button, which takes the seat in one Redis script). Prints signups per second and the
 * latency of the seat-taking request, and checks that the event was never overbooked.
 */
public final class SignupLoadDriver {

	static final int CLIENTS = Integer.getInteger("clients", 32);

	static final int CAPACITY = Integer.getInteger("capacity", 1000);

	static final Duration WARMUP = Duration.ofSeconds(Long.getLong("warmupSeconds", 20));

	static final Duration MEASURE = Duration.ofSeconds(Long.getLong("measureSeconds", 20));

	static final String TOKEN = "bench-staff-token";

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args.length > 0 ? args[0] : "target/talent-bridge-bot.jar");
		int port = HttpLoadDriver.freePort();
		Path data = Files.createTempDirectory("bench-signups");
		Process bot = new ProcessBuilder("java", "-Xmx256m", "-jar", jar.toString(), "--server.port=" + port,
				"--bot.store.data-dir=" + data, "--bot.staff.api-token=" + TOKEN, "--logging.level.root=WARN",
				"--bot.conversation.flood-limit-per-minute=1000000", "--bot.web.identity-secret=" + HttpLoadDriver.SECRET)
			.redirectErrorStream(true)
			.redirectOutput(data.resolve("bot.log").toFile())
			.start();
		try {
			HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			String base = "http://127.0.0.1:" + port;
			HttpLoadDriver.waitUntilReady(http, URI.create(base + "/actuator/health"), bot);
			createEvent(http, base, "warmup-event");
			run(http, base, "warmup-event", WARMUP, false);
			createEvent(http, base, "bench-event");
			run(http, base, "bench-event", MEASURE, true);
		}
		finally {
			bot.destroy();
			bot.waitFor();
		}
	}

	private static void createEvent(HttpClient http, String base, String id) throws Exception {
		String body = """
				{"id": "%s", "title": {"en": "Benchmark mingle"}, "start": "2099-01-14T17:00", "end": "2099-01-14T19:00",
				 "zone": "Europe/Copenhagen", "venue": "Loopback", "city": "Copenhagen", "country": "DK", "capacity": %d}
				""".formatted(id, CAPACITY);
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/staff/events"))
			.header("Authorization", "Bearer " + TOKEN)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201) {
			throw new IllegalStateException("Creating the event failed: " + response.statusCode() + " " + response.body());
		}
	}

	private static void run(HttpClient http, String base, String event, Duration duration, boolean report)
			throws Exception {
		long end = System.nanoTime() + duration.toNanos();
		AtomicInteger nextUser = new AtomicInteger();
		AtomicInteger seats = new AtomicInteger();
		AtomicInteger waitlisted = new AtomicInteger();
		AtomicLong errors = new AtomicLong();
		List<long[]> latencies = new ArrayList<>();
		CountDownLatch done = new CountDownLatch(CLIENTS);
		long started = System.nanoTime();
		for (int c = 0; c < CLIENTS; c++) {
			long[] mine = new long[2_000_000];
			latencies.add(mine);
			int[] count = { 0 };
			Thread client = new Thread(() -> {
				try {
					while (System.nanoTime() < end) {
						String user = event + "-" + nextUser.incrementAndGet();
						chat(http, base, user, "/signup " + event);
						chat(http, base, user, org.talentbridge.bot.TestNames.person(user));
						long t0 = System.nanoTime();
						String answer = chat(http, base, user, "/form signup consent yes");
						mine[count[0]++] = System.nanoTime() - t0;
						if (answer.contains("You're signed up")) {
							seats.incrementAndGet();
						}
						else if (answer.contains("waitlist as number")) {
							waitlisted.incrementAndGet();
						}
						else {
							errors.incrementAndGet();
						}
					}
				}
				catch (Exception ex) {
					errors.incrementAndGet();
				}
				finally {
					mine[mine.length - 1] = count[0];
					done.countDown();
				}
			});
			client.start();
		}
		done.await();
		double seconds = (System.nanoTime() - started) / 1e9;
		if (!report) {
			return;
		}
		long total = latencies.stream().mapToLong(l -> l[l.length - 1]).sum();
		long[] all = new long[(int) total];
		int i = 0;
		for (long[] l : latencies) {
			int n = (int) l[l.length - 1];
			System.arraycopy(l, 0, all, i, n);
			i += n;
		}
		Arrays.sort(all);
		System.out.printf("Signups, one event with %d seats, %d clients, %.0f s: %d signups (%d seats, %d waitlisted, %d errors)%n",
				CAPACITY, CLIENTS, seconds, total, seats.get(), waitlisted.get(), errors.get());
		System.out.printf("  %.0f signups/s; seat-taking request p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", total / seconds,
				ms(all, 0.50), ms(all, 0.99), all.length > 0 ? all[all.length - 1] / 1e6 : 0);
		System.out.printf("  never overbooked: %s (seats given %d, capacity %d)%n", seats.get() <= CAPACITY ? "yes" : "NO",
				seats.get(), CAPACITY);
	}

	private static String chat(HttpClient http, String base, String user, String text) throws Exception {
		String body = "{\"text\":\"" + text + "\"}";
		// Each new person is a partner site's signed-in user, so none needs a cookie.
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/chat"))
			.header("Content-Type", "application/json")
			.header("X-Chat-Identity", org.talentbridge.bot.channel.web.WebChat.sign(user,
					java.time.Instant.now().plus(Duration.ofDays(1)), HttpLoadDriver.SECRET))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("HTTP " + response.statusCode());
		}
		return response.body();
	}

	private static double ms(long[] sorted, double quantile) {
		if (sorted.length == 0) {
			return 0;
		}
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

}
