package org.talentbridge.bot.conversation.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;

import org.talentbridge.bot.store.Keys;

/**
 * The replies that are the same for everyone ({@link org.talentbridge.bot.conversation.Reply#common()},
 * an article's answer with the topics it offers), kept once in Redis under their digest,
 * {@code tb:conversation:reply:<digest>}, while each history line names only the digest. An
 * article's answer was most of what a turn wrote: 1.5 of its 2.6 KB in the append-only file, and
 * about as much of what Redis then rewrote.
 * <p>
 * A reply is written when this instance first sends it and again an hour later at the earliest,
 * each time to live a day longer than a history; so it outlives every history line that names it,
 * but for the older lines of a person who kept chatting while nobody got that reply again.
 */
final class CommonReplies {

	/** How long a reply written by this instance is taken as being in Redis before it is written again. */
	static final long REWRITE_AFTER_MILLIS = 3_600_000;

	/** Beyond this many replies this instance forgets which it wrote, and writes them again. */
	static final int MAX_REMEMBERED = 10_000;

	private final ConcurrentHashMap<String, Written> written = new ConcurrentHashMap<>();

	private record Written(String digest, long at) {
	}

	static String key(String digest) {
		return Keys.of("conversation", "reply", digest);
	}

	/**
	 * The reply's digest, and whether it is due to be written with the line that names it: the first
	 * time here, or when it was written over an hour ago.
	 */
	Named name(String reply, long now) {
		Written known = this.written.get(reply);
		if (known != null && now - known.at() < REWRITE_AFTER_MILLIS) {
			return new Named(known.digest(), false);
		}
		String digest = (known != null) ? known.digest() : digest(reply);
		if (this.written.size() >= MAX_REMEMBERED) {
			this.written.clear();
		}
		this.written.put(reply, new Written(digest, now));
		return new Named(digest, true);
	}

	/** The round trip that was to write the reply failed: the next line that names it writes it. */
	void notWritten(String reply) {
		this.written.remove(reply);
	}

	/** @param due whether the reply goes to Redis with this line */
	record Named(String digest, boolean due) {
	}

	/** 128 bits of SHA-256, URL-safe Base64: 22 characters, no bar or line break for the history line. */
	static String digest(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(hash, 16));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
