package org.talentbridge.bot.conversation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the bot answers to one message.
 *
 * @param language the language of the replies
 * @param replies zero or more messages to send (zero: stay silent, for example while flood-limited)
 * @param citation the article the answer came from; null for small talk and "I don't know"
 */
public record Response(Language language, List<Reply> replies, @Nullable Citation citation) {

	public Response {
		replies = List.copyOf(replies);
	}

	public static Response of(Language language, Reply... replies) {
		return new Response(language, List.of(replies), null);
	}

}
