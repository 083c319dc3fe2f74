package org.talentbridge.bot.conversation;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The id every log line of one request carries (the MDC key {@value #KEY}): an HTTP request, a
 * Telegram update, a Discord event. Random and meaningless, so it says nothing about the person.
 */
public final class RequestIds {

	public static final String KEY = "requestId";

	private RequestIds() {
	}

	/** A new id such as "tg-5f0c2a9e41b7d3c8"; not from SecureRandom, which would contend on every request. */
	public static String next(String prefix) {
		return prefix + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
	}

}
