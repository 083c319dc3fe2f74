package org.talentbridge.bot.conversation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the bot answers to one message.
 *
 * @param language the language of the replies
 * @param replies zero or more messages to send (zero: stay silent, for example while flood-limited)
 * @param citation the article the answer came from; null for small talk and "I don't know"
 * @param expecting a command the person's next plain message continues, for example
 * "/signup welcome-2026 name": when the bot has just asked for a name, "Anna Berg" arrives as
 * "/signup welcome-2026 name Anna Berg". Null when the bot asked nothing. A command, or a message
 * more than {@link #EXPECTING_FOR_MINUTES} minutes later, ends the wait.
 */
public record Response(Language language, List<Reply> replies, @Nullable Citation citation, @Nullable String expecting) {

	public static final int EXPECTING_FOR_MINUTES = 30;

	public Response {
		replies = List.copyOf(replies);
		if (expecting != null && !expecting.startsWith("/")) {
			throw new IllegalArgumentException("A follow-up continues a command: " + expecting);
		}
	}

	public Response(Language language, List<Reply> replies, @Nullable Citation citation) {
		this(language, replies, citation, null);
	}

	public static Response of(Language language, Reply... replies) {
		return new Response(language, List.of(replies), null, null);
	}

	/** This response, waiting for the person's next message as the rest of {@code command}. */
	public Response expecting(String command) {
		return new Response(this.language, this.replies, this.citation, command);
	}

}
