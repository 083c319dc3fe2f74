package org.talentbridge.bot.channel.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.SetParams;

import org.talentbridge.bot.store.Keys;

/**
 * Who a web chat request speaks for. Never anything the request body says: either a partner's
 * signed identity ({@link SignedIdentity}, header {@value #HEADER}), or the person of the chat
 * cookie, a random 128-bit value issued here and signed with a key kept in Redis (so every instance
 * knows it, and a cookie the client made up is not a person). The person's id is a hash of the
 * cookie, so an id seen in an attendee list or a log cannot be turned back into the cookie.
 */
@Component
class WebIdentities {

	static final String COOKIE = "tb_chat";

	static final String HEADER = "X-Chat-Identity";

	private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

	private final JedisPooled redis;

	private final WebProperties properties;

	private final Clock clock;

	/**
	 * One generator per thread: the default one on Linux reads /dev/urandom under one lock for the
	 * whole JVM, which many new people at once queued on.
	 */
	private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(WebIdentities::generator);

	private volatile @Nullable String key;

	WebIdentities(JedisPooled redis, WebProperties properties, Clock clock) {
		this.redis = redis;
		this.properties = properties;
		this.clock = clock;
	}

	static String keyKey() {
		return Keys.of("channel", "web", "cookie-key");
	}

	static String newIdentitiesKey(String address, long minute) {
		return Keys.of("channel", "web", "new-identities", address, Long.toString(minute));
	}

	/** The person's platform id for a chat message, starting a new person (and its cookie) if need be. */
	String person(HttpServletRequest request, HttpServletResponse response) {
		Optional<String> signed = signed(request);
		if (signed.isPresent()) {
			return signed.get();
		}
		String cookie = cookie(request);
		String person = (cookie != null) ? personOfCookie(cookie) : null;
		if (person == null) {
			countNewIdentity(request.getRemoteAddr());
			cookie = issue();
			person = personOf(cookie);
		}
		// Sent again with every message, so the browser keeps it for as long as the bot keeps the person.
		response.addHeader(HttpHeaders.SET_COOKIE, COOKIE + "=" + cookie + attributes());
		return person;
	}

	/**
	 * The cookie's attributes after its value ("; Path=/; Max-Age=...; Expires=...; HttpOnly;
	 * SameSite=Lax"), as Spring's ResponseCookie writes them, made once a second: formatting the
	 * Expires date took more of a chat request than anything else in the web adapter.
	 */
	private String attributes() {
		long second = System.currentTimeMillis() / 1000;
		Attributes known = this.attributes;
		if (known.second() != second) {
			String whole = ResponseCookie.from(COOKIE, "v")
				.httpOnly(true)
				.secure(this.properties.secureCookies())
				.sameSite("Lax")
				.path("/")
				.maxAge(this.properties.cookieMaxAge())
				.build()
				.toString();
			known = new Attributes(second, whole.substring((COOKIE + "=v").length()));
			this.attributes = known;
		}
		return known.text();
	}

	private record Attributes(long second, String text) {
	}

	private volatile Attributes attributes = new Attributes(-1, "");

	/** The person of the request, if it names one; a request without cookie starts nobody. */
	Optional<String> existing(HttpServletRequest request) {
		Optional<String> signed = signed(request);
		if (signed.isPresent()) {
			return signed;
		}
		String cookie = cookie(request);
		return Optional.ofNullable((cookie != null) ? personOfCookie(cookie) : null);
	}

	private Optional<String> signed(HttpServletRequest request) {
		String token = request.getHeader(HEADER);
		if (token == null) {
			return Optional.empty();
		}
		return Optional.of(SignedIdentity.verify(token.strip(), this.properties.identitySecret(), this.clock.instant())
			.orElseThrow(Unauthorized::new));
	}

	private static @Nullable String cookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				return cookie.getValue();
			}
		}
		return null;
	}

	private void countNewIdentity(String address) {
		int limit = this.properties.newIdentitiesPerMinute();
		if (limit <= 0) {
			return;
		}
		String key = newIdentitiesKey(address, this.clock.millis() / 60_000);
		long count = this.redis.incr(key);
		if (count == 1) {
			this.redis.expire(key, 120);
		}
		if (count > limit) {
			throw new TooManyNewPeople();
		}
	}

	private String issue() {
		byte[] value = new byte[16];
		RANDOM.get().nextBytes(value);
		String random = BASE64.encodeToString(value);
		return random + "." + signature(random);
	}

	private static SecureRandom generator() {
		try {
			return SecureRandom.getInstance("DRBG");
		}
		catch (NoSuchAlgorithmException ex) {
			return new SecureRandom();
		}
	}

	/** The person of a cookie this bot issued; null for anything else. */
	private @Nullable String personOfCookie(String cookie) {
		int dot = cookie.indexOf('.');
		if (dot != 22 || cookie.length() > 64) {
			return null;
		}
		byte[] given = cookie.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
		byte[] expected = signature(cookie.substring(0, dot)).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(given, expected) ? personOf(cookie) : null;
	}

	/** 32 hex digits: the first 128 bits of the SHA-256 of the cookie's random part. */
	static String personOf(String cookie) {
		int dot = cookie.indexOf('.');
		String random = (dot > 0) ? cookie.substring(0, dot) : cookie;
		byte[] hash = SHA256.get().digest(("web-person:" + random).getBytes(StandardCharsets.US_ASCII));
		return HexFormat.of().formatHex(hash, 0, 16);
	}

	/** One digest per thread, not a provider lookup per message; {@code digest} resets it. */
	private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	});

	private String signature(String random) {
		return SignedIdentity.mac("cookie:" + random, key()).substring(0, 22);
	}

	/** The signing key, made once for all instances and kept in Redis. */
	private String key() {
		String known = this.key;
		if (known == null) {
			byte[] fresh = new byte[32];
			RANDOM.get().nextBytes(fresh);
			this.redis.set(keyKey(), BASE64.encodeToString(fresh), SetParams.setParams().nx());
			known = this.redis.get(keyKey());
			if (known == null) {
				throw new IllegalStateException("The web chat's cookie key vanished from Redis");
			}
			this.key = known;
		}
		return known;
	}

	/** A signed identity that is malformed, wrongly signed or expired; answered with 401. */
	static class Unauthorized extends RuntimeException {

		Unauthorized() {
			super("The signed identity is not valid or has expired.", null, false, false);
		}

	}

	/** Too many new people from one address this minute; answered with 429. */
	static class TooManyNewPeople extends RuntimeException {

		TooManyNewPeople() {
			super("Too many new conversations from your network; please try again in a minute.", null, false, false);
		}

	}

}
