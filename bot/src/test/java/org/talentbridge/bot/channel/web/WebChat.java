package org.talentbridge.bot.channel.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Web chat clients for tests: each {@link Person} keeps its own chat cookie, as a browser would,
 * on one shared HttpClient (so 500 people need no 500 clients).
 */
public final class WebChat {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http;

	private final String base;

	public WebChat(HttpClient http, String base) {
		this.http = http;
		this.base = base;
	}

	public WebChat(int port) {
		this(HttpClient.newHttpClient(), "http://127.0.0.1:" + port);
	}

	/** Someone new, who has no cookie yet. */
	public Person person() {
		return new Person(null);
	}

	/** A partner site's logged-in user, with a signed identity instead of a cookie. */
	public Person partnerUser(String subject, String secret) {
		// Far ahead: some tests move the bot's clock by months.
		return new Person(sign(subject, Instant.now().plus(java.time.Duration.ofDays(3650)), secret));
	}

	public static String sign(String subject, Instant expires, String secret) {
		return SignedIdentity.sign(subject, expires, secret);
	}

	/** The person id of a cookie value, as the bot derives it. */
	public static String userIdOfCookie(String cookie) {
		return "web:" + WebIdentities.personOf(cookie);
	}

	/**
	 * What the bot left in a web person's inbox, taken as {@code GET /api/chat/inbox} would for them;
	 * for people a test talks to through the conversation directly, who have no cookie.
	 */
	public static JsonNode takeInbox(redis.clients.jedis.JedisPooled redis, String platformId) {
		WebOutbox outbox = new WebOutbox(redis, new org.springframework.beans.factory.support.StaticListableBeanFactory()
			.getBeanProvider(org.talentbridge.bot.conversation.BotActivity.class), java.time.Clock.systemUTC());
		return JSON.valueToTree(new ChatApi.InboxJson(outbox.take(platformId)));
	}

	public final class Person {

		private volatile @Nullable String cookie;

		private final @Nullable String signed;

		Person(@Nullable String signed) {
			this.signed = signed;
		}

		/** POST /api/chat with the body as given; keeps a cookie the bot sets. */
		public HttpResponse<String> post(String body) throws Exception {
			return send(HttpRequest.newBuilder(URI.create(WebChat.this.base + "/api/chat"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
			String jar = this.cookie;
			if (jar != null) {
				request.header("Cookie", WebIdentities.COOKIE + "=" + jar);
			}
			if (this.signed != null) {
				request.header(WebIdentities.HEADER, this.signed);
			}
			HttpResponse<String> response = WebChat.this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			for (String header : response.headers().allValues("Set-Cookie")) {
				if (header.startsWith(WebIdentities.COOKIE + "=")) {
					this.cookie = header.substring(WebIdentities.COOKIE.length() + 1, header.indexOf(';'));
				}
			}
			return response;
		}

		/** Says something and expects an answer. */
		public JsonNode say(String text) throws Exception {
			return say(text, null);
		}

		public JsonNode say(String text, @Nullable String language) throws Exception {
			Map<String, String> body = new LinkedHashMap<>();
			body.put("text", text);
			if (language != null) {
				body.put("language", language);
			}
			HttpResponse<String> response = post(JSON.writeValueAsString(body));
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			return JSON.readTree(response.body());
		}

		/** GET /api/chat/inbox: what the bot sent this person on its own. */
		public JsonNode inbox() throws Exception {
			HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(WebChat.this.base + "/api/chat/inbox")));
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			return JSON.readTree(response.body());
		}

		public @Nullable String cookie() {
			return this.cookie;
		}

		/** "web:..." as the bot's features know this person; needs a first message. */
		public String userId() {
			if (this.signed != null) {
				return "web:" + SignedIdentity.PREFIX + this.signed.substring(0, this.signed.indexOf('.'));
			}
			String jar = this.cookie;
			assertThat(jar).as("the bot has not given this person a cookie yet").isNotNull();
			return userIdOfCookie(jar);
		}

	}

}
