package org.talentbridge.bot.knowledge.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Groups the same question asked with other case, spacing or punctuation under one short key. */
public final class Fingerprints {

	private Fingerprints() {
	}

	public static String of(String question) {
		String words = Normalizer.normalize(question.toLowerCase(Locale.ROOT), Normalizer.Form.NFKC)
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.strip();
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(words.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
