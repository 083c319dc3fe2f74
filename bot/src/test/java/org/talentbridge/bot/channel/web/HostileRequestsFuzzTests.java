package org.talentbridge.bot.channel.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 4,000 hostile requests (-Dfuzz.requests= for more, -Dfuzz.seed= for others) over raw sockets: random and malformed bodies (chunked, oversized,
 * truncated, nested, in odd charsets), broken percent-encoding, odd methods, paths and headers,
 * made-up cookies and signed identities, commands with odd arguments and tampered button values.
 * Not one may get a 5xx, a 4xx that is not JSON, or put an ERROR line in the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileRequestsFuzzTests {

	static final int REQUESTS = Integer.getInteger("fuzz.requests", 4_000);

	static final long SEED = Long.getLong("fuzz.seed", 20261213L);

	@LocalServerPort
	int port;

	final List<String> cookies = new CopyOnWriteArrayList<>();

	@Test
	void thousandsOfHostileRequestsGetNo5xxAndLogNoError() throws Exception {
		Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		ListAppender<ILoggingEvent> log = new ListAppender<>();
		log.start();
		root.addAppender(log);
		Map<String, String> failures = new ConcurrentHashMap<>();
		Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		long started = System.nanoTime();
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int worker = 0; worker < 4; worker++) {
				Random random = new Random(SEED + worker);
				done.add(pool.submit(() -> {
					for (int i = 0; i < REQUESTS / 4; i++) {
						byte[] request = request(random);
						int errorsBefore = errorCount(log);
						String answer;
						try {
							answer = send(request);
						}
						catch (IOException ex) {
							failures.putIfAbsent("no answer: " + ex, printable(request));
							continue;
						}
						int status = status(answer);
						statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
						String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase(java.util.Locale.ROOT);
						if (status >= 500 || status < 100) {
							failures.putIfAbsent("status " + status + ": " + answer.lines().findFirst().orElse(""), printable(request));
						}
						else if (status >= 400 && !head.contains("content-type: application/json") && !request(request).startsWith("HEAD ")
								&& !(status == 400 && brokenFraming(request) && head.contains("content-length: 0"))) {
							failures.putIfAbsent(status + " without JSON", printable(request) + "\n=> " + answer);
						}
						if (errorCount(log) > errorsBefore) {
							// Another worker's request may share the blame; the request is named for the search.
							failures.putIfAbsent("an ERROR logged around " + status, printable(request));
						}
						keepCookie(answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))));
					}
					return null;
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
			root.detachAppender(log);
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("Fuzzed %d requests in %.1f s; statuses %s%n", REQUESTS, seconds, new java.util.TreeMap<>(statuses));
		List<String> errors = log.list.stream()
			.filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
			.map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()
					+ ((e.getThrowableProxy() != null) ? " " + e.getThrowableProxy().getClassName() + ": " + e.getThrowableProxy().getMessage() : ""))
			.distinct()
			.toList();
		assertThat(failures).as("requests answered wrongly").isEmpty();
		assertThat(errors).as("ERROR lines in the log").isEmpty();
		assertThat(statuses.getOrDefault(200, new AtomicInteger()).get()).as("some requests were fine").isPositive();
	}

	private String send(byte[] request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(15_000);
			OutputStream out = socket.getOutputStream();
			try {
				out.write(request);
				out.flush();
			}
			catch (IOException closedEarly) {
				// The bot may answer (413) and close before an oversized body is sent.
			}
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			try {
				int n;
				while ((n = in.read(buffer)) >= 0) {
					answer.write(buffer, 0, n);
				}
			}
			catch (java.net.SocketException reset) {
				if (answer.size() == 0) {
					throw reset;
				}
			}
			return answer.toString(StandardCharsets.UTF_8);
		}
	}

	/** A chunk size that is no number: Tomcat drops the connection's request with a bare 400, before any application. */
	private static boolean brokenFraming(byte[] request) {
		return new String(request, StandardCharsets.ISO_8859_1).endsWith("zz\r\n");
	}

	private static int errorCount(ListAppender<ILoggingEvent> log) {
		// ListAppender appends while holding its own monitor (AppenderBase.doAppend is synchronized).
		synchronized (log) {
			return (int) log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR)).count();
		}
	}

	private static int status(String answer) {
		if (!answer.startsWith("HTTP/1.1 ") || answer.length() < 12) {
			return -1;
		}
		return Integer.parseInt(answer.substring(9, 12));
	}

	private void keepCookie(String head) {
		int at = head.indexOf("Set-Cookie: tb_chat=");
		if (at >= 0 && this.cookies.size() < 200) {
			int end = head.indexOf(';', at);
			this.cookies.add(head.substring(at + "Set-Cookie: ".length(), end));
		}
	}

	private static String request(byte[] request) {
		return new String(request, 0, Math.min(request.length, 40), StandardCharsets.ISO_8859_1);
	}

	private static String printable(byte[] request) {
		String text = new String(request, 0, Math.min(request.length, 600), StandardCharsets.ISO_8859_1);
		return text.replace("\r", "\\r");
	}

	// ---- what a hostile client sends

	static final String[] PATHS = { "/api/chat", "/api/chat", "/api/chat", "/api/chat/inbox", "/", "/index.html",
			"/chat.js", "/chat.css", "/error", "/login", "/logout", "/console", "/console/events", "/console/console.css",
			"/api/staff/events", "/api/staff/events/hellopenhagen-2027/attendees.csv", "/api/staff/announcements",
			"/api/staff/events/x/checkin", "/api/staff/mentorship/matches", "/actuator/health", "/actuator/health/liveness",
			"/actuator/health/readiness", "/actuator/env", "/actuator", "/events/hellopenhagen-2027.ics",
			"/events/nope.ics", "/events/..%2f..%2fetc.ics", "/v3/api-docs", "/swagger-ui.html", "/telegram/webhook",
			"/nope", "/api/chat/../console", "/%ff", "/%", "/api/chat;jsessionid=x", "//api//chat", "/api/chat/",
			"/api/chat/%00", "/%2e%2e/%2e%2e/etc/passwd", "/console/threads/%ff", "/console/events/nope", "/api/CHAT" };

	static final String[] QUERIES = { "", "", "", "?userId=%ff%fe", "?x=%", "?x=%zz", "?x=%c3%28", "?a=1&a=2&a",
			"?userId=", "?lang=xx", "?lang=%e2%82", "?status=proposed", "?status=%00", "?x=" + "a".repeat(3000), "?=&=&&",
			"?error", "?error=wrong", "?continue", "?page=-1", "?q=%25%25", "?%ff=1" };

	static final String[] METHODS = { "GET", "GET", "POST", "POST", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD",
			"TRACE", "FOO" };

	static final String[] ACCEPTS = { null, "*/*", "application/json", "text/html", "text/html,application/xhtml+xml",
			"image/png", "garbage", "application/json;q=0", "text/event-stream" };

	static final String[] TYPES = { "application/json", "application/json", "application/json; charset=utf-8",
			"application/json; charset=utf-16", "application/json; charset=nope", "application/json;charset=",
			"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "garbage", null,
			"application/*", "application/json; boundary=\"" };

	static final String[] WORDS = { "hej", "hello", "CPR", "personnummer", "<script>alert(1)</script>", "'; DROP TABLE x;--",
			"%s%n%x", "${jndi:ldap://x/y}", "\u0000", "\u202e", "\u200b", "😀", "𝕳𝖊𝖑𝖑𝖔", "../../etc/passwd", "99999999999999999999",
			"-1", "1e309", "NaN", "null", "{}", "[]", "\\", "\"", "\n", "\t", "**bold**", "<b>x</b>", "@everyone",
			"javascript:alert(1)", "https://evil.example/", "Malmö", "København", "å ä ö æ ø", "   ", "/", "//", "a@b.c",
			"+46 70 123 45 67", "event_", "yes", "no", "ja", "consent", "name", "hellopenhagen-2027" };

	static final String[] COMMANDS = { "/start", "/help", "/signup", "/cancel", "/event", "/events", "/article", "/form",
			"/language", "/mydata", "/forget", "/news", "/mentee", "/mentor", "/mentorship", "/graduate", "/human",
			"/announce", "/matches", "/attendees", "/staff", "/reminders", "/ask", "/stop", "/mysignups", "/nope", "/",
			"/start event_", "/form signup consent", "/form signup name", "/form graduate degree", "/forget yes",
			"/matches approve", "/announce send", "/news on", "/mentee change", "/mentee delete", "/events students" };

	static String word(Random random) {
		if (random.nextInt(5) == 0) {
			StringBuilder junk = new StringBuilder();
			int length = random.nextInt(40);
			for (int i = 0; i < length; i++) {
				junk.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x2FFFF) : 32 + random.nextInt(95));
			}
			return junk.toString().replaceAll("[\\uD800-\\uDFFF]", "?");
		}
		return WORDS[random.nextInt(WORDS.length)];
	}

	static String text(Random random) {
		StringBuilder text = new StringBuilder();
		if (random.nextBoolean()) {
			text.append(COMMANDS[random.nextInt(COMMANDS.length)]);
		}
		int words = random.nextInt(6);
		for (int i = 0; i < words; i++) {
			text.append(random.nextBoolean() ? " " : "").append(word(random));
		}
		if (random.nextInt(50) == 0) {
			text.append("x".repeat(3990 + random.nextInt(20)));
		}
		return text.toString();
	}

	static String json(String s) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : s.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.append('"').toString();
	}

	byte[] body(Random random) {
		switch (random.nextInt(14)) {
			case 0:
				return ("{\"text\": " + json(text(random)) + ", \"language\": " + json(word(random)) + "}").getBytes(StandardCharsets.UTF_8);
			case 1:
				return ("{\"text\": " + json(text(random)) + ", \"userId\": " + json(word(random)) + "}").getBytes(StandardCharsets.UTF_8);
			case 2:
				String whole = "{\"text\": " + json(text(random)) + "}";
				return whole.substring(0, random.nextInt(whole.length() + 1)).getBytes(StandardCharsets.UTF_8);
			case 3:
				return ("[".repeat(2000 + random.nextInt(5000)) + "]".repeat(random.nextInt(10))).getBytes(StandardCharsets.US_ASCII);
			case 4:
				return ("{\"text\": " + List.of("5", "{}", "[]", "null", "true", "1e999", "\"\"").get(random.nextInt(7)) + "}")
					.getBytes(StandardCharsets.US_ASCII);
			case 5:
				byte[] bytes = new byte[random.nextInt(300)];
				random.nextBytes(bytes);
				return bytes;
			case 6:
				return ("{\"text\": \"" + "x".repeat(70_000 + random.nextInt(300_000)) + "\"}").getBytes(StandardCharsets.US_ASCII);
			case 7:
				return "text=hello&userId=web%3Aanna&language=%ff".getBytes(StandardCharsets.US_ASCII);
			case 8:
				return ("{\"text\": \"\\ud800\", \"text\": \"" + word(random) + "\"}").getBytes(StandardCharsets.UTF_8);
			case 9:
				return ("{\"text\": " + json(text(random)) + "}").getBytes(java.nio.charset.Charset.forName("UTF-16"));
			case 10:
				return ("{\"id\": " + json(word(random)) + ", \"capacity\": -5, \"userId\": " + json(word(random)) + "}")
					.getBytes(StandardCharsets.UTF_8);
			default:
				return ("{\"text\": " + json(text(random)) + "}").getBytes(StandardCharsets.UTF_8);
		}
	}

	byte[] request(Random random) {
		boolean chat = random.nextInt(10) < 6;
		String method = chat ? "POST" : METHODS[random.nextInt(METHODS.length)];
		String path = chat ? "/api/chat" : PATHS[random.nextInt(PATHS.length)];
		String query = (random.nextInt(4) == 0) ? QUERIES[random.nextInt(QUERIES.length)] : "";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		StringBuilder head = new StringBuilder();
		head.append(method).append(' ').append(path).append(query).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
		String type = chat && random.nextInt(5) > 0 ? "application/json" : TYPES[random.nextInt(TYPES.length)];
		if (type != null) {
			head.append("Content-Type: ").append(type).append("\r\n");
		}
		// The chat mostly asked as the page asks, so most hostile texts reach the conversation.
		String accept = (chat && random.nextInt(5) > 0) ? "application/json" : ACCEPTS[random.nextInt(ACCEPTS.length)];
		if (accept != null) {
			head.append("Accept: ").append(accept).append("\r\n");
		}
		if (random.nextInt(3) == 0 && !this.cookies.isEmpty()) {
			head.append("Cookie: ").append(this.cookies.get(random.nextInt(this.cookies.size()))).append("\r\n");
		}
		switch (random.nextInt(12)) {
			case 0 -> head.append("Cookie: tb_chat=").append(word(random).replaceAll("[^!-~]", "x").replace(";", "")).append("\r\n");
			case 1 -> head.append("Cookie: tb_chat=AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA; JSESSIONID=nope\r\n");
			case 2 -> head.append("X-Chat-Identity: ").append(List.of("anna", "anna.1.x", "anna.99999999999.x", "..", ".", "a.b.c.d")
				.get(random.nextInt(6))).append("\r\n");
			case 3 -> head.append("Authorization: Bearer ").append(word(random).replaceAll("[^!-~]", "x")).append("\r\n");
			case 4 -> head.append("X-Forwarded-For: ").append("203.0.113." + random.nextInt(256) + ", garbage").append("\r\n");
			case 5 -> head.append("X-Telegram-Bot-Api-Secret-Token: guess\r\n");
			case 6 -> head.append("Accept-Language: ").append(word(random).replaceAll("[^!-~]", "x")).append("\r\n");
			case 7 -> head.append("X-Big: ").append("b".repeat(random.nextInt(12_000))).append("\r\n");
			default -> {
			}
		}
		boolean withBody = !"GET".equals(method) && !"HEAD".equals(method) || random.nextInt(10) == 0;
		byte[] body = withBody ? body(random) : new byte[0];
		if (chat && random.nextInt(6) == 0) {
			body = tamperedButton(random).getBytes(StandardCharsets.UTF_8);
		}
		int framing = random.nextInt(6);
		if (withBody && framing == 0) {
			head.append("Transfer-Encoding: chunked\r\n\r\n");
			out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
			int at = 0;
			while (at < body.length) {
				int size = Math.min(body.length - at, 1 + random.nextInt(20_000));
				out.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
				out.write(body, at, size);
				out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
				at += size;
			}
			out.writeBytes((random.nextInt(10) == 0 ? "zz\r\n" : "0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		}
		else {
			// Sometimes a Content-Length shorter than the body: the rest is junk after the request.
			int declared = (framing == 1) ? random.nextInt(body.length + 1) : body.length;
			head.append("Content-Length: ").append(declared).append("\r\n\r\n");
			out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
			out.write(body, 0, body.length);
		}
		return out.toByteArray();
	}

	static String tamperedButton(Random random) {
		String value = List.of("/form signup consent " + word(random), "/form signup name " + word(random),
				"/form " + word(random) + " " + word(random) + " " + word(random), "/form graduate degree " + word(random),
				"/article " + word(random), "/signup " + word(random), "/cancel " + word(random), "/event " + word(random),
				"/matches approve " + random.nextInt(), "/mentorship accept " + word(random), "/language " + word(random),
				"/start event_" + word(random).replaceAll("[^A-Za-z0-9_-]", ""), "/announce send " + word(random))
			.get(random.nextInt(13));
		return "{\"text\": " + json(value) + "}";
	}

}
