package org.talentbridge.bot.channel.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A partner site's signed identity for one of its logged-in users:
 * {@code <subject>.<expires>.<signature>}, where {@code expires} is in Unix seconds and the
 * signature is the unpadded base64url HMAC-SHA256 of {@code <subject>.<expires>} with
 * WEB_IDENTITY_SECRET. The same subject on any device is the same person.
 */
final class SignedIdentity {

	static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9_@:-]{1,64}");

	/** The person a partner's subject becomes; never the shape of a cookie person (32 hex digits). */
	static final String PREFIX = "partner-";

	private SignedIdentity() {
	}

	static String sign(String subject, Instant expires, String secret) {
		String payload = subject + "." + expires.getEpochSecond();
		return payload + "." + mac(payload, secret);
	}

	/** The person's platform id, if the token is well formed, signed with the secret and not expired. */
	static Optional<String> verify(String token, String secret, Instant now) {
		if (secret.isBlank() || token.length() > 200) {
			return Optional.empty();
		}
		int last = token.lastIndexOf('.');
		int first = (last > 0) ? token.lastIndexOf('.', last - 1) : -1;
		if (first <= 0) {
			return Optional.empty();
		}
		String subject = token.substring(0, first);
		String payload = token.substring(0, last);
		byte[] given = token.substring(last + 1).getBytes(StandardCharsets.US_ASCII);
		byte[] expected = mac(payload, secret).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(given, expected) || !SUBJECT.matcher(subject).matches()) {
			return Optional.empty();
		}
		long expires;
		try {
			expires = Long.parseLong(token.substring(first + 1, last));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		return (now.getEpochSecond() < expires) ? Optional.of(PREFIX + subject) : Optional.empty();
	}

	/**
	 * One keyed Mac per secret and thread: looking the algorithm up and keying it for every request
	 * cost more than the signature itself. A Mac is reset by {@code doFinal}, ready for the next.
	 */
	private static final ThreadLocal<java.util.Map<String, Mac>> MACS = ThreadLocal.withInitial(java.util.HashMap::new);

	private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

	static String mac(String payload, String secret) {
		java.util.Map<String, Mac> macs = MACS.get();
		Mac mac = macs.get(secret);
		if (mac == null) {
			try {
				mac = Mac.getInstance("HmacSHA256");
				mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("HmacSHA256 is missing from this JVM", ex);
			}
			if (macs.size() >= 4) {
				// Only the partner secret and the cookie key are ever used; a changed one replaces them.
				macs.clear();
			}
			macs.put(secret, mac);
		}
		return BASE64.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
	}

}
