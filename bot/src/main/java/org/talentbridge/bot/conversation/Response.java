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
 * "/human add 12": while a talent waits for staff, "My permit ran out" arrives as
 * "/human add 12 My permit ran out". Null when the bot waits for nothing. A command, or a message
 * more than {@link #EXPECTING_FOR_MINUTES} minutes later, ends the wait. Questions one at a time
 * are a {@link Form}, not this.
 * @param form a form this response opens, made by {@link Forms}; null leaves the person's open
 * form, if any, as it is
 */
public record Response(Language language, List<Reply> replies, @Nullable Citation citation, @Nullable String expecting,
		ConversationContext.@Nullable OpenForm form) {

	public static final int EXPECTING_FOR_MINUTES = 30;

	public Response {
		replies = List.copyOf(replies);
		if (expecting != null && !expecting.startsWith("/")) {
			throw new IllegalArgumentException("A follow-up continues a command: " + expecting);
		}
	}

	public Response(Language language, List<Reply> replies, @Nullable Citation citation) {
		this(language, replies, citation, null, null);
	}

	public static Response of(Language language, Reply... replies) {
		return new Response(language, List.of(replies), null, null, null);
	}

	/** This response, waiting for the person's next message as the rest of {@code command}. */
	public Response expecting(String command) {
		return new Response(this.language, this.replies, this.citation, command, this.form);
	}

	/** This response with more replies after its own. */
	public Response followedBy(List<Reply> more) {
		List<Reply> all = new java.util.ArrayList<>(this.replies);
		all.addAll(more);
		return new Response(this.language, all, this.citation, this.expecting, this.form);
	}

}
