package org.talentbridge.bot.channel.discord;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.ObjectMapper;

/**
 * An in-process Discord on 127.0.0.1: the REST API under {@code /api/v10/} on the JDK HTTP server,
 * and the gateway as a small RFC 6455 WebSocket server speaking JSON (HELLO, IDENTIFY, READY,
 * GUILD_CREATE, heartbeats, MESSAGE_CREATE, INTERACTION_CREATE). Strict where Discord is: it
 * refuses a wrong token (401 over REST, close code 4004 on the gateway), contents over 2,000
 * characters, empty messages, more than five rows or five buttons a row, custom ids over 100
 * characters or used twice, labels over 80, a second callback for one interaction and follow-ups
 * before the callback. Its server has a #general and an #announcements channel and a mentionable
 * Talents role; {@link #refuseDmOpens} plays Discord's anti-spam (403, code 40003) for opening
 * direct messages. Every REST call is recorded.
 */
final class FakeDiscord implements AutoCloseable {

	static final String TOKEN = "ODk5.fake-discord-token.for_tests";

	static final long BOT_ID = 900_000_000_000_000_001L;

	static final long APPLICATION_ID = BOT_ID;

	static final String BOT_NAME = "TalentBridgeTest";

	static final long GUILD_ID = 910_000_000_000_000_001L;

	static final long GUILD_CHANNEL_ID = 920_000_000_000_000_001L;

	static final long OWNER_ID = 930_000_000_000_000_001L;

	/** The server role whose members are staff (DISCORD_STAFF_ROLE in the tests). */
	static final long STAFF_ROLE_ID = 940_000_000_000_000_001L;

	/** The server's announcements channel (DISCORD_ANNOUNCEMENTS_CHANNEL in the tests, by name or id). */
	static final long ANNOUNCEMENTS_CHANNEL_ID = 920_000_000_000_000_002L;

	static final String ANNOUNCEMENTS_CHANNEL_NAME = "announcements";

	/** A role announcements mention (DISCORD_ANNOUNCEMENTS_ROLE in the tests). */
	static final long TALENTS_ROLE_ID = 940_000_000_000_000_002L;

	/** People who have the staff role in the server. */
	final java.util.Set<Long> staff = java.util.concurrent.ConcurrentHashMap.newKeySet();

	private static final String WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

	private static final Pattern CHANNEL_MESSAGES = Pattern.compile("channels/(\\d+)/messages");

	private static final Pattern COMMANDS = Pattern.compile("applications/(\\d+)/commands");

	private static final Pattern CALLBACK = Pattern.compile("interactions/(\\d+)/([^/]+)/callback");

	private static final Pattern FOLLOWUP = Pattern.compile("webhooks/(\\d+)/([^/]+)");

	private final HttpServer rest;

	private final ExecutorService restThreads = Executors.newFixedThreadPool(8);

	/** What can go wrong with one message the bot creates in a channel. */
	enum Fault {

		/** Discord takes the message but its answer does not come in time: the bot's read times out. */
		STALL,
		/** Discord answers 500 and does not take the message. */
		SERVER_ERROR

	}

	private final Map<Long, java.util.Deque<Fault>> faults = new ConcurrentHashMap<>();

	/** How long a stalled answer takes. */
	volatile Duration stall = Duration.ofSeconds(3);

	/** The next messages created in the channel (a person's direct messages: {@link #dmChannel}) meet these faults. */
	void faults(long channelId, Fault fault, int times) {
		this.faults.computeIfAbsent(channelId, c -> new java.util.concurrent.ConcurrentLinkedDeque<>())
			.addAll(java.util.Collections.nCopies(times, fault));
	}

	void clearFaults() {
		this.faults.clear();
	}

	private final ServerSocket gateway;

	private final ExecutorService gatewayThreads = Executors.newCachedThreadPool();

	private final ObjectMapper json = new ObjectMapper();

	private final String acceptedToken;

	/** Every REST call. */
	final List<Call> calls = new CopyOnWriteArrayList<>();

	/** Messages Discord accepted: channel messages, interaction callbacks and follow-ups. */
	final List<Sent> sent = new CopyOnWriteArrayList<>();

	/** What Discord would have refused, with the reason. */
	final List<String> refused = new CopyOnWriteArrayList<>();

	/** The slash commands last registered. */
	volatile List<Map<String, Object>> commands = List.of();

	/** Every IDENTIFY payload the gateway received. */
	final List<Map<String, Object>> identified = new CopyOnWriteArrayList<>();

	/** The request line of every gateway connection. */
	final List<String> gatewayRequests = new CopyOnWriteArrayList<>();

	final List<Long> heartbeats = new CopyOnWriteArrayList<>();

	private final List<Connection> connections = new CopyOnWriteArrayList<>();

	private final AtomicLong ids = new AtomicLong(950_000_000_000_000_000L);

	/** Interactions by id: their channel, and whether they were acknowledged. */
	private final Map<String, Interaction> interactions = new ConcurrentHashMap<>();

	/** Messages the bot sent, by id, so a button interaction can carry the message it sits on. */
	private final Map<String, Map<String, Object>> messages = new ConcurrentHashMap<>();

	private volatile boolean closed;

	/** Opening direct messages: how many more succeed before the anti-spam refusals, and how many are refused. */
	private final java.util.concurrent.atomic.AtomicInteger dmOpensBeforeRefusals = new java.util.concurrent.atomic.AtomicInteger(-1);

	private final java.util.concurrent.atomic.AtomicInteger dmOpenRefusals = new java.util.concurrent.atomic.AtomicInteger();

	/** When each direct message channel was opened or refused (System.nanoTime), with whether it was refused. */
	final List<DmOpen> dmOpens = new CopyOnWriteArrayList<>();

	record DmOpen(long at, long recipient, boolean refused) {
	}

	/**
	 * Discord's anti-spam: after {@code allowed} more direct message channels are opened, the next
	 * {@code refused} attempts get 403 with code 40003 ("You are opening direct messages too fast").
	 */
	void refuseDmOpens(int allowed, int refused) {
		this.dmOpenRefusals.set(refused);
		this.dmOpensBeforeRefusals.set(allowed);
	}

	private boolean refuseThisDmOpen() {
		if (this.dmOpenRefusals.get() <= 0) {
			return false;
		}
		if (this.dmOpensBeforeRefusals.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
			return false;
		}
		return this.dmOpenRefusals.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
	}

	record Call(String method, String path, String query, Map<String, Object> body) {
	}

	/**
	 * One message the bot sent.
	 *
	 * @param kind "message", "callback" (the interaction response) or "followup"
	 * @param channelId where it appears
	 * @param payload the JSON the bot sent (for a callback, its {@code data})
	 * @param files names of uploaded files
	 */
	record Sent(String kind, long channelId, Map<String, Object> payload, List<String> files) {

		String content() {
			return String.valueOf(this.payload.get("content"));
		}

		@SuppressWarnings("unchecked")
		List<Map<String, Object>> buttons() {
			List<Map<String, Object>> buttons = new ArrayList<>();
			Object rows = this.payload.get("components");
			if (rows instanceof List<?> list) {
				for (Object row : list) {
					buttons.addAll((List<Map<String, Object>>) ((Map<String, Object>) row).get("components"));
				}
			}
			return buttons;
		}

	}

	private static final class Interaction {

		final long channelId;

		volatile boolean acknowledged;

		Interaction(long channelId) {
			this.channelId = channelId;
		}

	}

	FakeDiscord() throws IOException {
		this(TOKEN);
	}

	/** A Discord that accepts only {@code acceptedToken}. */
	FakeDiscord(String acceptedToken) throws IOException {
		this.acceptedToken = acceptedToken;
		System.setProperty("sun.net.httpserver.nodelay", "true");
		this.rest = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.rest.createContext("/", this::handle);
		this.rest.setExecutor(this.restThreads);
		this.rest.start();
		this.gateway = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
		this.gatewayThreads.execute(this::accept);
	}

	static FakeDiscord start() {
		try {
			return new FakeDiscord();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Points the bot under test at this fake. */
	void register(org.springframework.test.context.DynamicPropertyRegistry registry) {
		registry.add("bot.discord.token", () -> TOKEN);
		registry.add("bot.discord.api-url", this::apiUrl);
		registry.add("bot.discord.gateway-url", this::gatewayUrl);
		registry.add("bot.discord.staff-role", () -> Long.toString(STAFF_ROLE_ID));
	}

	String apiUrl() {
		return "http://127.0.0.1:" + this.rest.getAddress().getPort() + "/api/v10/";
	}

	String gatewayUrl() {
		return "ws://127.0.0.1:" + this.gateway.getLocalPort() + "/";
	}

	// What people do

	static long dmChannel(long userId) {
		return userId + 1;
	}

	/** A direct message from a person to the bot. */
	void directMessage(long userId, String text) {
		Map<String, Object> message = message(nextId(), dmChannel(userId), user(userId, false), text);
		dispatch("MESSAGE_CREATE", message);
	}

	/** A message in the server's channel, mentioning the bot or not, perhaps replying to one of its messages. */
	void guildMessage(long userId, String text, boolean mentionsBot, boolean repliesToBot) {
		Map<String, Object> message = message(nextId(), GUILD_CHANNEL_ID, user(userId, false),
				mentionsBot ? "<@" + BOT_ID + "> " + text : text);
		message.put("guild_id", Long.toString(GUILD_ID));
		message.put("member", member(null, this.staff.contains(userId)));
		if (mentionsBot) {
			message.put("mentions", List.of(user(BOT_ID, true)));
		}
		if (repliesToBot) {
			Map<String, Object> earlier = message(nextId(), GUILD_CHANNEL_ID, user(BOT_ID, true), "an earlier answer");
			message.put("type", 19);
			message.put("message_reference", Map.of("type", 0, "message_id", earlier.get("id"), "channel_id",
					Long.toString(GUILD_CHANNEL_ID), "guild_id", Long.toString(GUILD_ID)));
			message.put("referenced_message", earlier);
		}
		dispatch("MESSAGE_CREATE", message);
	}

	/** A slash command in the person's DM with the bot; {@code text} fills the free-text option, if not null. */
	String slashCommand(long userId, String name, String text, String locale) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", Long.toString(nextId()));
		data.put("name", name);
		data.put("type", 1);
		if (text != null) {
			data.put("options", List.of(Map.of("name", DiscordAdapter.OPTION, "type", 3, "value", text)));
		}
		return interaction(userId, 2, data, null, locale);
	}

	/** A click on a button of one of the bot's messages. */
	String clickButton(long userId, String customId, String locale) {
		Map<String, Object> onMessage = this.messages.values()
			.stream()
			.filter(m -> String.valueOf(dmChannel(userId)).equals(m.get("channel_id")))
			.findFirst()
			.orElseGet(() -> message(nextId(), dmChannel(userId), user(BOT_ID, true), "earlier"));
		return interaction(userId, 3, Map.of("custom_id", customId, "component_type", 2), onMessage, locale);
	}

	private String interaction(long userId, int type, Map<String, Object> data, Map<String, Object> onMessage,
			String locale) {
		String id = Long.toString(nextId());
		long channelId = dmChannel(userId);
		this.interactions.put(id, new Interaction(channelId));
		Map<String, Object> interaction = new LinkedHashMap<>();
		interaction.put("id", id);
		interaction.put("application_id", Long.toString(APPLICATION_ID));
		interaction.put("type", type);
		interaction.put("token", "itoken-" + id);
		interaction.put("version", 1);
		interaction.put("channel_id", Long.toString(channelId));
		interaction.put("channel", Map.of("id", Long.toString(channelId), "type", 1, "flags", 0, "recipients",
				List.of(user(userId, false)), "last_message_id", Long.toString(nextId())));
		interaction.put("user", user(userId, false));
		interaction.put("locale", locale);
		interaction.put("app_permissions", "562949953421311");
		interaction.put("entitlements", List.of());
		interaction.put("authorizing_integration_owners", Map.of("0", Long.toString(GUILD_ID)));
		interaction.put("context", 1);
		interaction.put("attachment_size_limit", 10485760);
		interaction.put("data", data);
		if (onMessage != null) {
			interaction.put("message", onMessage);
		}
		dispatch("INTERACTION_CREATE", interaction);
		return id;
	}

	/** Waits until at least {@code count} messages appeared in {@code channelId}. */
	List<Sent> awaitSent(long channelId, int count, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			List<Sent> inChannel = sentTo(channelId);
			if (inChannel.size() >= count || System.nanoTime() > deadline) {
				return inChannel;
			}
			Thread.sleep(10);
		}
	}

	List<Sent> sentTo(long channelId) {
		return this.sent.stream().filter(s -> s.channelId() == channelId).toList();
	}

	List<Call> calls(String method, String pathPattern) {
		return this.calls.stream()
			.filter(c -> c.method().equals(method) && c.path().matches(pathPattern))
			.toList();
	}

	/** Waits until the bot has a gateway session. */
	void awaitIdentified(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (this.identified.isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
	}

	// Entities, as Discord sends them

	private long nextId() {
		return this.ids.incrementAndGet();
	}

	static Map<String, Object> user(long id, boolean bot) {
		Map<String, Object> user = new LinkedHashMap<>();
		user.put("id", Long.toString(id));
		user.put("username", bot ? BOT_NAME : "talent" + (id % 10_000));
		user.put("discriminator", "0");
		user.put("global_name", bot ? null : "Talent " + (id % 10_000));
		user.put("avatar", null);
		user.put("public_flags", 0);
		if (bot) {
			user.put("bot", true);
		}
		return user;
	}

	private static Map<String, Object> member(Map<String, Object> user) {
		return member(user, false);
	}

	private static Map<String, Object> member(Map<String, Object> user, boolean staff) {
		Map<String, Object> member = new LinkedHashMap<>();
		if (user != null) {
			member.put("user", user);
		}
		member.put("roles", staff ? List.of(Long.toString(STAFF_ROLE_ID)) : List.of());
		member.put("joined_at", OffsetDateTime.now().minusDays(30).toString());
		member.put("deaf", false);
		member.put("mute", false);
		member.put("flags", 0);
		member.put("pending", false);
		return member;
	}

	private static Map<String, Object> message(long id, long channelId, Map<String, Object> author, String content) {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("id", Long.toString(id));
		message.put("type", 0);
		message.put("channel_id", Long.toString(channelId));
		message.put("author", author);
		message.put("content", content);
		message.put("timestamp", OffsetDateTime.now().toString());
		message.put("edited_timestamp", null);
		message.put("tts", false);
		message.put("mention_everyone", false);
		message.put("mentions", List.of());
		message.put("mention_roles", List.of());
		message.put("attachments", List.of());
		message.put("embeds", List.of());
		message.put("components", List.of());
		message.put("pinned", false);
		message.put("flags", 0);
		return message;
	}

	private Map<String, Object> ready() {
		Map<String, Object> ready = new LinkedHashMap<>();
		ready.put("v", 10);
		Map<String, Object> self = user(BOT_ID, true);
		self.put("verified", true);
		self.put("mfa_enabled", false);
		self.put("flags", 0);
		ready.put("user", self);
		ready.put("guilds", List.of(Map.of("id", Long.toString(GUILD_ID), "unavailable", true)));
		ready.put("session_id", "fake-session-" + nextId());
		ready.put("resume_gateway_url", gatewayUrl());
		ready.put("application", Map.of("id", Long.toString(APPLICATION_ID), "flags", 0));
		ready.put("private_channels", List.of());
		ready.put("relationships", List.of());
		ready.put("presences", List.of());
		ready.put("guild_join_requests", List.of());
		ready.put("geo_ordered_rtc_regions", List.of("stockholm"));
		ready.put("user_settings", Map.of());
		ready.put("_trace", List.of("[\"fake-gateway\"]"));
		return ready;
	}

	private static Map<String, Object> guild() {
		Map<String, Object> everyone = new LinkedHashMap<>();
		everyone.put("id", Long.toString(GUILD_ID));
		everyone.put("name", "@everyone");
		everyone.put("color", 0);
		everyone.put("colors", Map.of("primary_color", 0));
		everyone.put("hoist", false);
		everyone.put("icon", null);
		everyone.put("unicode_emoji", null);
		everyone.put("position", 0);
		everyone.put("permissions", "1071698660929");
		everyone.put("managed", false);
		everyone.put("mentionable", false);
		everyone.put("flags", 0);
		Map<String, Object> channel = new LinkedHashMap<>();
		channel.put("id", Long.toString(GUILD_CHANNEL_ID));
		channel.put("type", 0);
		channel.put("guild_id", Long.toString(GUILD_ID));
		channel.put("name", "general");
		channel.put("position", 0);
		channel.put("permission_overwrites", List.of());
		channel.put("parent_id", null);
		channel.put("topic", null);
		channel.put("nsfw", false);
		channel.put("rate_limit_per_user", 0);
		channel.put("last_message_id", null);
		channel.put("flags", 0);
		Map<String, Object> guild = new LinkedHashMap<>();
		guild.put("id", Long.toString(GUILD_ID));
		guild.put("name", "Öresund talents");
		guild.put("icon", null);
		guild.put("splash", null);
		guild.put("description", null);
		guild.put("owner_id", Long.toString(OWNER_ID));
		guild.put("unavailable", false);
		guild.put("large", false);
		guild.put("member_count", 2);
		guild.put("joined_at", OffsetDateTime.now().minusDays(1).toString());
		Map<String, Object> staffRole = new LinkedHashMap<>(everyone);
		staffRole.put("id", Long.toString(STAFF_ROLE_ID));
		staffRole.put("name", "Programme staff");
		staffRole.put("position", 1);
		Map<String, Object> talentsRole = new LinkedHashMap<>(everyone);
		talentsRole.put("id", Long.toString(TALENTS_ROLE_ID));
		talentsRole.put("name", "Talents");
		talentsRole.put("position", 2);
		talentsRole.put("mentionable", true);
		Map<String, Object> announcements = new LinkedHashMap<>(channel);
		announcements.put("id", Long.toString(ANNOUNCEMENTS_CHANNEL_ID));
		announcements.put("name", ANNOUNCEMENTS_CHANNEL_NAME);
		announcements.put("position", 1);
		guild.put("roles", List.of(everyone, staffRole, talentsRole));
		guild.put("channels", List.of(channel, announcements));
		guild.put("threads", List.of());
		guild.put("guild_scheduled_events", List.of());
		guild.put("emojis", List.of());
		guild.put("stickers", List.of());
		guild.put("soundboard_sounds", List.of());
		guild.put("voice_states", List.of());
		guild.put("presences", List.of());
		guild.put("features", List.of());
		guild.put("members", List.of(member(user(BOT_ID, true))));
		guild.put("stage_instances", List.of());
		guild.put("preferred_locale", "en-US");
		guild.put("premium_tier", 0);
		guild.put("premium_subscription_count", 0);
		guild.put("premium_progress_bar_enabled", false);
		guild.put("verification_level", 0);
		guild.put("default_message_notifications", 0);
		guild.put("explicit_content_filter", 0);
		guild.put("mfa_level", 0);
		guild.put("nsfw_level", 0);
		guild.put("afk_timeout", 300);
		guild.put("afk_channel_id", null);
		guild.put("system_channel_id", null);
		guild.put("system_channel_flags", 0);
		guild.put("rules_channel_id", null);
		guild.put("public_updates_channel_id", null);
		guild.put("vanity_url_code", null);
		guild.put("banner", null);
		guild.put("max_members", 500000);
		guild.put("nsfw", false);
		guild.put("application_id", null);
		return guild;
	}

	// The REST API

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String full = exchange.getRequestURI().getPath();
			if (!full.startsWith("/api/v10/")) {
				respond(exchange, 404, error(0, "404: Not Found"));
				return;
			}
			String path = full.substring("/api/v10/".length());
			String method = exchange.getRequestMethod();
			String query = String.valueOf(exchange.getRequestURI().getQuery());
			Body body = body(exchange);
			this.calls.add(new Call(method, path, query, body.json()));
			boolean webhook = path.startsWith("interactions/") || path.startsWith("webhooks/");
			if (!webhook && !("Bot " + this.acceptedToken).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
				respond(exchange, 401, error(0, "401: Unauthorized"));
				return;
			}
			Matcher m;
			if (method.equals("GET") && path.equals("users/@me")) {
				Map<String, Object> self = user(BOT_ID, true);
				self.put("verified", true);
				self.put("mfa_enabled", false);
				self.put("flags", 0);
				respond(exchange, 200, self);
			}
			else if (method.equals("POST") && path.equals("users/@me/channels")) {
				// Opening a direct message channel, as the bot does to message someone first.
				long recipient = Long.parseLong(String.valueOf(((Map<?, ?>) body.json()).get("recipient_id")));
				if (refuseThisDmOpen()) {
					this.dmOpens.add(new DmOpen(System.nanoTime(), recipient, true));
					respond(exchange, 403, error(40003, "You are opening direct messages too fast."));
					return;
				}
				this.dmOpens.add(new DmOpen(System.nanoTime(), recipient, false));
				Map<String, Object> dm = new LinkedHashMap<>();
				dm.put("id", Long.toString(dmChannel(recipient)));
				dm.put("type", 1);
				dm.put("last_message_id", null);
				dm.put("flags", 0);
				dm.put("recipients", List.of(user(recipient, false)));
				respond(exchange, 200, dm);
			}
			else if (method.equals("PUT") && (m = COMMANDS.matcher(path)).matches()) {
				registerCommands(exchange, m.group(1), body);
			}
			else if (method.equals("POST") && (m = CHANNEL_MESSAGES.matcher(path)).matches()) {
				long channelId = Long.parseLong(m.group(1));
				java.util.Deque<Fault> queued = this.faults.get(channelId);
				Fault fault = (queued != null) ? queued.poll() : null;
				if (fault == Fault.SERVER_ERROR) {
					respond(exchange, 500, error(0, "500: Internal Server Error"));
					return;
				}
				Map<String, Object> created = accept(exchange, "message", channelId, body.json(), body.files());
				if (created != null && fault == Fault.STALL) {
					try {
						Thread.sleep(this.stall.toMillis());
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				}
				if (created != null) {
					respond(exchange, 200, created);
				}
			}
			else if (method.equals("POST") && (m = CALLBACK.matcher(path)).matches()) {
				callback(exchange, m.group(1), m.group(2), body);
			}
			else if (method.equals("POST") && (m = FOLLOWUP.matcher(path)).matches()) {
				followup(exchange, m.group(1), m.group(2), body);
			}
			else {
				respond(exchange, 404, error(0, "404: Not Found"));
			}
		}
		catch (RuntimeException ex) {
			this.refused.add("fake failed: " + ex);
			throw ex;
		}
	}

	@SuppressWarnings("unchecked")
	private void registerCommands(HttpExchange exchange, String application, Body body) throws IOException {
		if (!Long.toString(APPLICATION_ID).equals(application)) {
			respond(exchange, 404, error(10002, "Unknown Application"));
			return;
		}
		List<Map<String, Object>> result = new ArrayList<>();
		for (Map<String, Object> command : (List<Map<String, Object>>) body.list()) {
			String problem = validateCommand(command);
			if (problem != null) {
				this.refused.add(problem);
				respond(exchange, 400, formError(problem));
				return;
			}
			Map<String, Object> registered = new LinkedHashMap<>(command);
			registered.put("id", Long.toString(nextId()));
			registered.put("application_id", Long.toString(APPLICATION_ID));
			registered.put("version", Long.toString(nextId()));
			registered.putIfAbsent("default_member_permissions", null);
			registered.putIfAbsent("nsfw", false);
			result.add(registered);
		}
		this.commands = (List<Map<String, Object>>) body.list();
		respond(exchange, 200, result);
	}

	@SuppressWarnings("unchecked")
	static String validateCommand(Map<String, Object> command) {
		String name = String.valueOf(command.get("name"));
		if (!name.matches("[-_\\p{L}\\p{N}]{1,32}") || !name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
			return "invalid command name " + name;
		}
		String description = String.valueOf(command.get("description"));
		if (description.isEmpty() || description.length() > 100) {
			return "invalid description for " + name;
		}
		Object localizations = command.get("description_localizations");
		if (localizations instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				if (!Set.of("sv-SE", "da", "en-US", "en-GB").contains(entry.getKey())
						|| entry.getValue().toString().length() > 100) {
					return "invalid localization " + entry.getKey() + " for " + name;
				}
			}
		}
		Object options = command.get("options");
		if (options instanceof List<?> list) {
			for (Map<String, Object> option : (List<Map<String, Object>>) list) {
				if (!String.valueOf(option.get("name")).matches("[a-z0-9_-]{1,32}")
						|| String.valueOf(option.get("description")).length() > 100) {
					return "invalid option for " + name;
				}
			}
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	private void callback(HttpExchange exchange, String id, String token, Body body) throws IOException {
		Interaction interaction = this.interactions.get(id);
		if (interaction == null || !token.equals("itoken-" + id)) {
			respond(exchange, 404, error(10062, "Unknown interaction"));
			return;
		}
		synchronized (interaction) {
			if (interaction.acknowledged) {
				this.refused.add("interaction " + id + " acknowledged twice");
				respond(exchange, 400, error(40060, "Interaction has already been acknowledged."));
				return;
			}
			int type = ((Number) body.json().get("type")).intValue();
			if (type == 4) {
				Map<String, Object> data = (Map<String, Object>) body.json().get("data");
				if (accept(exchange, "callback", interaction.channelId, data, body.files()) == null) {
					return;
				}
			}
			else if (type != 5 && type != 6) {
				respond(exchange, 400, formError("unexpected callback type " + type));
				return;
			}
			interaction.acknowledged = true;
		}
		exchange.sendResponseHeaders(204, -1);
	}

	private void followup(HttpExchange exchange, String application, String token, Body body) throws IOException {
		String id = token.startsWith("itoken-") ? token.substring("itoken-".length()) : "";
		Interaction interaction = this.interactions.get(id);
		if (!Long.toString(APPLICATION_ID).equals(application) || interaction == null) {
			respond(exchange, 404, error(10015, "Unknown Webhook"));
			return;
		}
		if (!interaction.acknowledged) {
			this.refused.add("follow-up before the interaction was acknowledged");
			respond(exchange, 404, error(10015, "Unknown Webhook"));
			return;
		}
		Map<String, Object> created = accept(exchange, "followup", interaction.channelId, body.json(), body.files());
		if (created != null) {
			respond(exchange, 200, created);
		}
	}

	/** Validates a message; answers 400 and returns null, or records it and returns it as Discord would. */
	private Map<String, Object> accept(HttpExchange exchange, String kind, long channelId, Map<String, Object> payload,
			List<String> files) throws IOException {
		String problem = validate(payload, files);
		if (problem != null) {
			this.refused.add(problem);
			respond(exchange, 400, formError(problem));
			return null;
		}
		this.sent.add(new Sent(kind, channelId, payload, files));
		Map<String, Object> created = message(nextId(), channelId, user(BOT_ID, true),
				String.valueOf(payload.getOrDefault("content", "")));
		if (payload.get("components") != null) {
			created.put("components", payload.get("components"));
		}
		this.messages.put(created.get("id").toString(), created);
		return created;
	}

	/** What Discord would object to in a message, or null. */
	@SuppressWarnings("unchecked")
	static String validate(Map<String, Object> payload, List<String> files) {
		Object content = payload.get("content");
		Object components = payload.get("components");
		boolean hasComponents = components instanceof List<?> rows && !rows.isEmpty();
		if ((content == null || content.toString().isEmpty()) && !hasComponents && files.isEmpty()) {
			return "Cannot send an empty message";
		}
		if (content != null && content.toString().length() > 2000) {
			return "content: Must be 2000 or fewer in length (" + content.toString().length() + ")";
		}
		if (hasComponents) {
			List<Object> rows = (List<Object>) components;
			if (rows.size() > 5) {
				return "components: Must be 5 or fewer in length";
			}
			Set<String> ids = new HashSet<>();
			for (Object row : rows) {
				Map<String, Object> actionRow = (Map<String, Object>) row;
				List<Map<String, Object>> buttons = (List<Map<String, Object>>) actionRow.get("components");
				if (((Number) actionRow.get("type")).intValue() != 1 || buttons == null || buttons.isEmpty()
						|| buttons.size() > 5) {
					return "components: an action row holds 1 to 5 components";
				}
				for (Map<String, Object> button : buttons) {
					String customId = String.valueOf(button.get("custom_id"));
					Object label = button.get("label");
					if (((Number) button.get("type")).intValue() != 2 || customId.isEmpty() || customId.length() > 100) {
						return "BUTTON_COMPONENT_CUSTOM_ID_INVALID";
					}
					if (!ids.add(customId)) {
						return "COMPONENT_CUSTOM_ID_DUPLICATED";
					}
					if (label == null || label.toString().isBlank() || label.toString().length() > 80) {
						return "BUTTON_COMPONENT_LABEL_INVALID";
					}
				}
			}
		}
		return null;
	}

	record Body(Object parsed, List<String> files) {

		@SuppressWarnings("unchecked")
		Map<String, Object> json() {
			return (this.parsed instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of();
		}

		List<?> list() {
			return (this.parsed instanceof List<?> list) ? list : List.of();
		}

	}

	private Body body(HttpExchange exchange) throws IOException {
		byte[] bytes;
		try (InputStream in = exchange.getRequestBody()) {
			bytes = in.readAllBytes();
		}
		String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
		if (bytes.length == 0) {
			return new Body(Map.of(), List.of());
		}
		if (type.startsWith("application/json")) {
			return new Body(this.json.readValue(bytes, Object.class), List.of());
		}
		if (type.startsWith("multipart/form-data")) {
			String boundary = "--" + type.substring(type.indexOf("boundary=") + 9).replace("\"", "");
			String text = new String(bytes, StandardCharsets.ISO_8859_1);
			Object parsed = Map.of();
			List<String> files = new ArrayList<>();
			for (String part : text.split(Pattern.quote(boundary))) {
				int split = part.indexOf("\r\n\r\n");
				if (split < 0) {
					continue;
				}
				Matcher name = Pattern.compile("name=\"([^\"]+)\"(?:; filename=\"([^\"]*)\")?").matcher(part.substring(0, split));
				if (!name.find()) {
					continue;
				}
				if (name.group(2) != null) {
					files.add(name.group(2));
				}
				else if (name.group(1).equals("payload_json")) {
					String value = part.substring(split + 4).replaceAll("\r\n$", "");
					parsed = this.json.readValue(value.getBytes(StandardCharsets.ISO_8859_1), Object.class);
				}
			}
			return new Body(parsed, files);
		}
		return new Body(Map.of(), List.of());
	}

	private static Map<String, Object> error(int code, String message) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", message);
		error.put("code", code);
		return error;
	}

	private static Map<String, Object> formError(String problem) {
		Map<String, Object> error = error(50035, "Invalid Form Body");
		error.put("errors", Map.of("_errors", List.of(Map.of("code", "BASE_TYPE_INVALID", "message", problem))));
		return error;
	}

	private void respond(HttpExchange exchange, int status, Object body) throws IOException {
		byte[] bytes = this.json.writeValueAsBytes(body);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	// The gateway

	private void accept() {
		while (!this.closed) {
			try {
				Socket socket = this.gateway.accept();
				this.gatewayThreads.execute(() -> serve(socket));
			}
			catch (IOException ex) {
				if (!this.closed) {
					this.refused.add("gateway accept failed: " + ex);
				}
			}
		}
	}

	void dispatch(String type, Map<String, Object> data) {
		if (this.connections.isEmpty()) {
			throw new IllegalStateException("No gateway session to dispatch " + type + " to");
		}
		for (Connection connection : this.connections) {
			connection.dispatch(type, data);
		}
	}

	/** One WebSocket connection from the bot. */
	private final class Connection {

		private final Socket socket;

		private final OutputStream out;

		private long sequence;

		private boolean identified;

		Connection(Socket socket) throws IOException {
			this.socket = socket;
			this.out = socket.getOutputStream();
		}

		synchronized void dispatch(String type, Map<String, Object> data) {
			if (!this.identified) {
				return;
			}
			Map<String, Object> event = new LinkedHashMap<>();
			event.put("op", 0);
			event.put("t", type);
			event.put("s", ++this.sequence);
			event.put("d", data);
			send(event);
		}

		synchronized void send(Map<String, Object> payload) {
			try {
				frame(0x1, FakeDiscord.this.json.writeValueAsBytes(payload));
			}
			catch (IOException ex) {
				closeQuietly();
			}
		}

		synchronized void close(int code, String reason) {
			byte[] text = reason.getBytes(StandardCharsets.UTF_8);
			byte[] payload = new byte[2 + text.length];
			payload[0] = (byte) (code >> 8);
			payload[1] = (byte) code;
			System.arraycopy(text, 0, payload, 2, text.length);
			try {
				frame(0x8, payload);
			}
			catch (IOException ex) {
				// closing anyway
			}
			closeQuietly();
		}

		private void frame(int opcode, byte[] payload) throws IOException {
			ByteArrayOutputStream frame = new ByteArrayOutputStream(payload.length + 10);
			frame.write(0x80 | opcode);
			if (payload.length < 126) {
				frame.write(payload.length);
			}
			else if (payload.length < 65536) {
				frame.write(126);
				frame.write(payload.length >> 8);
				frame.write(payload.length);
			}
			else {
				frame.write(127);
				for (int shift = 56; shift >= 0; shift -= 8) {
					frame.write((int) ((long) payload.length >> shift));
				}
			}
			frame.write(payload);
			this.out.write(frame.toByteArray());
			this.out.flush();
		}

		@SuppressWarnings("unchecked")
		void received(Map<String, Object> payload) {
			int op = ((Number) payload.get("op")).intValue();
			switch (op) {
				case 1 -> {
					FakeDiscord.this.heartbeats.add(System.currentTimeMillis());
					send(Map.of("op", 11));
				}
				case 2 -> {
					Map<String, Object> identify = (Map<String, Object>) payload.get("d");
					FakeDiscord.this.identified.add(identify);
					if (!FakeDiscord.this.acceptedToken.equals(identify.get("token"))) {
						close(4004, "Authentication failed.");
						return;
					}
					synchronized (this) {
						this.identified = true;
						dispatch("READY", ready());
						dispatch("GUILD_CREATE", guild());
					}
				}
				case 6 -> close(4006, "Session no longer valid");
				default -> {
					// presence and voice updates: nothing to do
				}
			}
		}

		void closeQuietly() {
			FakeDiscord.this.connections.remove(this);
			try {
				this.socket.close();
			}
			catch (IOException ex) {
				// already closed
			}
		}

	}

	private void serve(Socket socket) {
		Connection connection = null;
		try (socket) {
			socket.setTcpNoDelay(true);
			InputStream in = new BufferedInputStream(socket.getInputStream());
			List<String> headers = new ArrayList<>();
			for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
				headers.add(line);
			}
			this.gatewayRequests.add(headers.isEmpty() ? "" : headers.get(0));
			String key = headers.stream()
				.filter(h -> h.toLowerCase(java.util.Locale.ROOT).startsWith("sec-websocket-key:"))
				.map(h -> h.substring(h.indexOf(':') + 1).strip())
				.findFirst()
				.orElse(null);
			boolean upgrade = headers.stream().anyMatch(h -> h.equalsIgnoreCase("Upgrade: websocket"));
			OutputStream out = socket.getOutputStream();
			if (key == null || !upgrade || !headers.get(0).matches("GET /\\?.*\\bv=10\\b.* HTTP/1.1")
					|| !headers.get(0).contains("encoding=json")) {
				out.write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
				this.refused.add("bad gateway handshake: " + headers);
				return;
			}
			String accept = Base64.getEncoder()
				.encodeToString(MessageDigest.getInstance("SHA-1").digest((key + WS_GUID).getBytes(StandardCharsets.US_ASCII)));
			out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
					+ "Sec-WebSocket-Accept: " + accept + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			connection = new Connection(socket);
			this.connections.add(connection);
			connection.send(Map.of("op", 10, "d", Map.of("heartbeat_interval", 41250)));
			ByteArrayOutputStream message = new ByteArrayOutputStream();
			while (!this.closed) {
				int first = in.read();
				if (first < 0) {
					return;
				}
				int opcode = first & 0x0F;
				boolean fin = (first & 0x80) != 0;
				int second = in.read();
				long length = second & 0x7F;
				if (length == 126) {
					length = (in.read() << 8) | in.read();
				}
				else if (length == 127) {
					length = 0;
					for (int i = 0; i < 8; i++) {
						length = (length << 8) | in.read();
					}
				}
				if ((second & 0x80) == 0) {
					this.refused.add("unmasked client frame");
					connection.close(1002, "unmasked frame");
					return;
				}
				byte[] mask = in.readNBytes(4);
				byte[] payload = in.readNBytes((int) length);
				for (int i = 0; i < payload.length; i++) {
					payload[i] ^= mask[i % 4];
				}
				switch (opcode) {
					case 0x0, 0x1 -> {
						message.write(payload);
						if (fin) {
							@SuppressWarnings("unchecked")
							Map<String, Object> parsed = this.json.readValue(message.toByteArray(), Map.class);
							message.reset();
							connection.received(parsed);
						}
					}
					case 0x8 -> {
						connection.close(1000, "");
						return;
					}
					case 0x9 -> {
						synchronized (connection) {
							connection.frame(0xA, payload);
						}
					}
					default -> {
						// pong or binary: JDA sends neither without compression
					}
				}
			}
		}
		catch (Exception ex) {
			// the bot went away
		}
		finally {
			if (connection != null) {
				this.connections.remove(connection);
			}
		}
	}

	private static String readLine(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
			if (c != '\r') {
				line.write(c);
			}
		}
		return line.toString(StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		this.closed = true;
		for (Connection connection : this.connections) {
			connection.closeQuietly();
		}
		try {
			this.gateway.close();
		}
		catch (IOException ex) {
			// closing anyway
		}
		this.gatewayThreads.shutdownNow();
		this.rest.stop(0);
		this.restThreads.shutdownNow();
	}

}
