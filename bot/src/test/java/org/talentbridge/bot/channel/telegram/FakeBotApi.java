package org.talentbridge.bot.channel.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.ObjectMapper;

/**
 * An in-process Telegram Bot API on 127.0.0.1, strict where Telegram is: it refuses HTML it cannot
 * parse, texts over 4,096 characters, empty texts, callback data over 64 bytes and a wrong token,
 * and can be told to answer 429 for a while; it posts in a channel only where the bot is an admin
 * ({@link #adminOf}). Speaks the methods the bot uses.
 */
final class FakeBotApi implements AutoCloseable {

	static final String TOKEN = "123456:TEST-token_for-the-fake";

	static final long BOT_ID = 999;

	static final String BOT_USERNAME = "talentbridge_test_bot";

	private static final Pattern PATH = Pattern.compile("/bot([^/]+)/([A-Za-z]+)");

	private static final Pattern TAG = Pattern.compile("</?([a-z-]+)(\\s[^>]*)?>");

	private static final List<String> ALLOWED_TAGS = List.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
			"a", "code", "pre", "tg-spoiler", "span", "blockquote");

	private static final Map<String, String> METHODS = java.util.stream.Stream
		.of("getMe", "deleteWebhook", "setWebhook", "setMyCommands", "answerCallbackQuery", "getUpdates", "sendMessage",
				"sendDocument")
		.collect(java.util.stream.Collectors.toMap(m -> m.toLowerCase(java.util.Locale.ROOT), m -> m));

	private final HttpServer server;

	private final java.util.concurrent.ExecutorService executor = Executors.newFixedThreadPool(8);

	private final ObjectMapper json = new ObjectMapper();

	/** Every call, as method name and parameters. */
	final List<Call> calls = new CopyOnWriteArrayList<>();

	/** Messages the bot sent that Telegram accepted. */
	final List<Map<String, Object>> sent = new CopyOnWriteArrayList<>();

	/** Messages Telegram would have refused, with the reason. */
	final List<String> refused = new CopyOnWriteArrayList<>();

	private final List<Map<String, Object>> updates = new ArrayList<>();

	private final AtomicInteger nextUpdateId = new AtomicInteger(1000);

	private final AtomicInteger nextMessageId = new AtomicInteger(1);

	private final AtomicInteger tooManyRequests = new AtomicInteger();

	FakeBotApi() throws IOException {
		// Without it the JDK server's separate header and body writes meet delayed ACKs: 40 ms a call.
		System.setProperty("sun.net.httpserver.nodelay", "true");
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::handle);
		this.server.setExecutor(this.executor);
		this.server.start();
	}

	/** Starts a fake; each test class gets its own, since tests count the calls it received. */
	static FakeBotApi start() {
		try {
			return new FakeBotApi();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Points the bot under test at this fake. */
	void register(org.springframework.test.context.DynamicPropertyRegistry registry) {
		registry.add("bot.telegram.token", () -> TOKEN);
		registry.add("bot.telegram.api-url", this::url);
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	record Call(String method, Map<String, Object> parameters) {
	}

	// What people do

	/** An update as Telegram would push it to a webhook (not queued for getUpdates). */
	Map<String, Object> messageUpdate(int updateId, long userId, String text) {
		Map<String, Object> update = new LinkedHashMap<>();
		update.put("update_id", updateId);
		update.put("message", message(userId, userId, "private", text, "en", null));
		return update;
	}

	int userSays(long userId, String text, String languageCode) {
		return push(Map.of("message", message(userId, userId, "private", text, languageCode, null)));
	}

	int groupMessage(long chatId, long userId, String text, Map<String, Object> replyTo) {
		return push(Map.of("message", message(chatId, userId, "supergroup", text, "en", replyTo)));
	}

	int pressButton(long userId, String data) {
		return pressButton(userId, data, "en");
	}

	int pressButton(long userId, String data, String languageCode) {
		Map<String, Object> query = new LinkedHashMap<>();
		query.put("id", "cb-" + this.nextMessageId.incrementAndGet());
		query.put("from", user(userId, languageCode));
		query.put("chat_instance", "instance");
		query.put("data", data);
		query.put("message", message(userId, BOT_ID, "private", "a reply with buttons", "en", null));
		return push(Map.of("callback_query", query));
	}

	/** Channels ("@name" or an id) where the bot is an admin allowed to post; other "@names" are not found. */
	final java.util.Set<String> adminOf = java.util.concurrent.ConcurrentHashMap.newKeySet();

	/** Chats whose user blocked the bot: sendMessage answers 403. */
	final java.util.Set<String> blockedBy = java.util.concurrent.ConcurrentHashMap.newKeySet();

	/** sendMessage calls refused with 429 because of {@link #enforceRate(int)}. */
	final java.util.concurrent.atomic.AtomicInteger rateLimited = new java.util.concurrent.atomic.AtomicInteger();

	private final java.util.ArrayDeque<Long> recentSends = new java.util.ArrayDeque<>();

	private volatile int maxPerSecond;

	/** From now on, more than {@code perSecond} sendMessage calls in any second get 429, as Telegram does. */
	void enforceRate(int perSecond) {
		this.maxPerSecond = perSecond;
	}

	private boolean overRate() {
		if (this.maxPerSecond <= 0) {
			return false;
		}
		long now = System.nanoTime();
		synchronized (this.recentSends) {
			while (!this.recentSends.isEmpty() && now - this.recentSends.peekFirst() >= 1_000_000_000L) {
				this.recentSends.pollFirst();
			}
			if (this.recentSends.size() >= this.maxPerSecond) {
				return true;
			}
			this.recentSends.addLast(now);
			return false;
		}
	}

	/** What can go wrong with one sendMessage to a chat. */
	enum Fault {

		/** Telegram takes the message but its answer does not come in time: the bot's read times out. */
		STALL,
		/** Telegram answers 500 and does not take the message. */
		SERVER_ERROR

	}

	private final Map<String, java.util.Deque<Fault>> faults = new java.util.concurrent.ConcurrentHashMap<>();

	/** How long a stalled answer takes. */
	volatile Duration stall = Duration.ofSeconds(3);

	/** The next sendMessage calls to the chat meet these faults, one each, in order. */
	void faults(long chatId, Fault... next) {
		this.faults.computeIfAbsent(String.valueOf(chatId), c -> new java.util.concurrent.ConcurrentLinkedDeque<>())
			.addAll(List.of(next));
	}

	void faults(long chatId, Fault fault, int times) {
		faults(chatId, java.util.Collections.nCopies(times, fault).toArray(Fault[]::new));
	}

	void clearFaults() {
		this.faults.clear();
	}

	/** The next {@code count} sendMessage calls get 429 with retry_after 1. */
	void throttle(int count) {
		this.tooManyRequests.set(count);
	}

	static Map<String, Object> fromBot() {
		Map<String, Object> replied = new LinkedHashMap<>();
		replied.put("message_id", 1);
		replied.put("date", now());
		replied.put("chat", Map.of("id", 1, "type", "supergroup"));
		replied.put("from", Map.of("id", BOT_ID, "is_bot", true, "first_name", "Talent Bridge", "username", BOT_USERNAME));
		replied.put("text", "earlier reply");
		return replied;
	}

	private Map<String, Object> message(long chatId, long userId, String type, String text, String languageCode,
			Map<String, Object> replyTo) {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("message_id", this.nextMessageId.incrementAndGet());
		message.put("date", System.currentTimeMillis() / 1000);
		message.put("chat", Map.of("id", chatId, "type", type));
		message.put("from", user(userId, languageCode));
		message.put("text", text);
		if (replyTo != null) {
			message.put("reply_to_message", replyTo);
		}
		return message;
	}

	private static Map<String, Object> user(long id, String languageCode) {
		Map<String, Object> user = new LinkedHashMap<>();
		user.put("id", id);
		user.put("is_bot", id == BOT_ID);
		user.put("first_name", "Talent");
		user.put("language_code", languageCode);
		return user;
	}

	private synchronized int push(Map<String, Object> content) {
		Map<String, Object> update = new LinkedHashMap<>(content);
		int id = this.nextUpdateId.incrementAndGet();
		update.put("update_id", id);
		this.updates.add(update);
		notifyAll();
		return id;
	}

	/** Waits until at least {@code count} messages went to {@code chatId}. */
	List<Map<String, Object>> awaitSent(long chatId, int count, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			List<Map<String, Object>> toChat = sentTo(chatId);
			if (toChat.size() >= count || System.nanoTime() > deadline) {
				return toChat;
			}
			Thread.sleep(20);
		}
	}

	List<Map<String, Object>> sentTo(long chatId) {
		return this.sent.stream().filter(m -> String.valueOf(chatId).equals(String.valueOf(m.get("chat_id")))).toList();
	}

	List<Call> calls(String method) {
		return this.calls.stream().filter(c -> c.method().equals(method)).toList();
	}

	// The Bot API

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
			if (!path.matches()) {
				respond(exchange, 404, error(404, "Not Found"));
				return;
			}
			if (!TOKEN.equals(path.group(1))) {
				respond(exchange, 401, error(401, "Unauthorized"));
				return;
			}
			// The Bot API ignores the case of method names, and the library sends some in lower case.
			String method = METHODS.getOrDefault(path.group(2).toLowerCase(java.util.Locale.ROOT), path.group(2));
			Map<String, Object> parameters = parameters(exchange);
			this.calls.add(new Call(method, parameters));
			Object result = switch (method) {
				case "getMe" -> Map.of("id", BOT_ID, "is_bot", true, "first_name", "Talent Bridge", "username", BOT_USERNAME);
				case "deleteWebhook", "setWebhook", "setMyCommands", "answerCallbackQuery" -> Boolean.TRUE;
				case "getUpdates" -> getUpdates(parameters);
				case "sendMessage" -> sendMessage(exchange, parameters);
				case "sendDocument" -> Map.of("message_id", this.nextMessageId.incrementAndGet(), "date", now(), "chat",
						Map.of("id", 1, "type", "private"));
				default -> null;
			};
			if (result == null) {
				if (!exchange.getResponseHeaders().containsKey("X-Answered")) {
					respond(exchange, 404, error(404, "Not Found: method not found"));
				}
				return;
			}
			respond(exchange, 200, Map.of("ok", true, "result", result));
		}
	}

	private Object sendMessage(HttpExchange exchange, Map<String, Object> parameters) throws IOException {
		String chat = String.valueOf(parameters.get("chat_id"));
		boolean channel = this.adminOf.contains(chat) || chat.startsWith("@");
		if (channel && !this.adminOf.contains(chat)) {
			// As Telegram answers for a channel by a name the bot cannot post in.
			answer(exchange, 400, error(400, "Bad Request: chat not found"));
			return null;
		}
		if (this.blockedBy.contains(chat)) {
			answer(exchange, 403, error(403, "Forbidden: bot was blocked by the user"));
			return null;
		}
		if (overRate()) {
			this.rateLimited.incrementAndGet();
			Map<String, Object> error = error(429, "Too Many Requests: retry after 1");
			error.put("parameters", Map.of("retry_after", 1));
			answer(exchange, 429, error);
			return null;
		}
		if (this.tooManyRequests.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
			Map<String, Object> error = error(429, "Too Many Requests: retry after 1");
			error.put("parameters", Map.of("retry_after", 1));
			answer(exchange, 429, error);
			return null;
		}
		java.util.Deque<Fault> queued = this.faults.get(chat);
		Fault fault = (queued != null) ? queued.poll() : null;
		if (fault == Fault.SERVER_ERROR) {
			answer(exchange, 500, error(500, "Internal Server Error"));
			return null;
		}
		String problem = validate(parameters);
		if (problem != null) {
			this.refused.add(problem);
			answer(exchange, 400, error(400, "Bad Request: " + problem));
			return null;
		}
		this.sent.add(parameters);
		if (fault == Fault.STALL) {
			try {
				Thread.sleep(this.stall.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		return Map.of("message_id", this.nextMessageId.incrementAndGet(), "date", now(), "chat",
				Map.of("id", channel ? -1001234567890L : parameters.get("chat_id"), "type", channel ? "channel" : "private"),
				"text", parameters.get("text"));
	}

	/** What Telegram would object to in a sendMessage, or null. */
	static String validate(Map<String, Object> parameters) {
		Object text = parameters.get("text");
		if (!(text instanceof String html) || html.isEmpty()) {
			return "message text is empty";
		}
		if ("HTML".equalsIgnoreCase(String.valueOf(parameters.get("parse_mode")))) {
			String visible = visibleText(html);
			if (visible == null) {
				return "can't parse entities";
			}
			if (visible.length() > 4096) {
				return "message is too long";
			}
			if (visible.isBlank()) {
				return "message text is empty";
			}
		}
		else if (html.length() > 4096) {
			return "message is too long";
		}
		Object markup = parameters.get("reply_markup");
		if (markup instanceof Map<?, ?> keyboard && keyboard.get("inline_keyboard") instanceof List<?> rows) {
			for (Object row : rows) {
				for (Object button : (List<?>) row) {
					Object data = ((Map<?, ?>) button).get("callback_data");
					if (data != null && (data.toString().isEmpty()
							|| data.toString().getBytes(StandardCharsets.UTF_8).length > 64)) {
						return "BUTTON_DATA_INVALID";
					}
					if (((Map<?, ?>) button).get("text") == null || ((Map<?, ?>) button).get("text").toString().isBlank()) {
						return "button text is empty";
					}
				}
			}
		}
		return null;
	}

	/** The text as Telegram shows it, or null when the HTML cannot be parsed. */
	static String visibleText(String html) {
		StringBuilder visible = new StringBuilder();
		List<String> open = new ArrayList<>();
		int i = 0;
		while (i < html.length()) {
			char c = html.charAt(i);
			if (c == '<') {
				Matcher tag = TAG.matcher(html);
				if (!tag.find(i) || tag.start() != i || !ALLOWED_TAGS.contains(tag.group(1))) {
					return null;
				}
				if (html.charAt(i + 1) == '/') {
					if (open.isEmpty() || !open.remove(open.size() - 1).equals(tag.group(1))) {
						return null;
					}
				}
				else {
					open.add(tag.group(1));
				}
				i = tag.end();
			}
			else if (c == '&') {
				int end = html.indexOf(';', i);
				if (end < 0) {
					return null;
				}
				String entity = html.substring(i + 1, end);
				switch (entity) {
					case "lt" -> visible.append('<');
					case "gt" -> visible.append('>');
					case "amp" -> visible.append('&');
					case "quot" -> visible.append('"');
					default -> {
						if (!entity.matches("#\\d{1,7}")) {
							return null;
						}
						visible.appendCodePoint(Integer.parseInt(entity.substring(1)));
					}
				}
				i = end + 1;
			}
			else if (c == '>') {
				return null;
			}
			else {
				visible.append(c);
				i++;
			}
		}
		return open.isEmpty() ? visible.toString() : null;
	}

	private synchronized List<Map<String, Object>> getUpdates(Map<String, Object> parameters) {
		int offset = ((Number) parameters.getOrDefault("offset", 0)).intValue();
		int timeout = ((Number) parameters.getOrDefault("timeout", 0)).intValue();
		// Confirmed updates are forgotten, as Telegram does.
		for (Iterator<Map<String, Object>> it = this.updates.iterator(); it.hasNext();) {
			if (((Number) it.next().get("update_id")).intValue() < offset) {
				it.remove();
			}
		}
		long deadline = System.currentTimeMillis() + Math.min(timeout, 1) * 1000L;
		while (this.updates.isEmpty() && System.currentTimeMillis() < deadline) {
			try {
				wait(Math.max(1, deadline - System.currentTimeMillis()));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return new ArrayList<>(this.updates);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> parameters(HttpExchange exchange) throws IOException {
		byte[] body;
		try (InputStream in = exchange.getRequestBody()) {
			body = in.readAllBytes();
		}
		String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
		if (type.startsWith("application/json") && body.length > 0) {
			return this.json.readValue(body, LinkedHashMap.class);
		}
		Map<String, Object> parameters = new LinkedHashMap<>();
		if (type.startsWith("multipart/form-data")) {
			String boundary = "--" + type.substring(type.indexOf("boundary=") + 9).replace("\"", "");
			String text = new String(body, StandardCharsets.UTF_8);
			for (String part : text.split(Pattern.quote(boundary))) {
				int split = part.indexOf("\r\n\r\n");
				if (split < 0) {
					continue;
				}
				Matcher name = Pattern.compile("name=\"([^\"]+)\"(?:; filename=\"([^\"]*)\")?").matcher(part.substring(0, split));
				if (name.find()) {
					String value = part.substring(split + 4).replaceAll("\r\n$", "");
					parameters.put(name.group(1), (name.group(2) != null) ? "file:" + name.group(2) : value);
				}
			}
		}
		return parameters;
	}

	/** Telegram reads a date of 0 as "inaccessible message", so every message gets a real one. */
	private static long now() {
		return System.currentTimeMillis() / 1000;
	}

	private static Map<String, Object> error(int code, String description) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("ok", false);
		error.put("error_code", code);
		error.put("description", description);
		return error;
	}

	private void answer(HttpExchange exchange, int status, Map<String, Object> body) throws IOException {
		exchange.getResponseHeaders().add("X-Answered", "yes");
		respond(exchange, status, body);
	}

	private void respond(HttpExchange exchange, int status, Object body) throws IOException {
		byte[] bytes = this.json.writeValueAsBytes(body);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
