package org.talentbridge.bot.conversation;

import java.util.Set;

/**
 * Implemented by features to answer what people ask for. The conversation routes a message to the
 * handler that names its intent or command; questions nobody else claims go to the "question"
 * intent, which the knowledge base handles.
 */
public interface IntentHandler {

	/** Intents from the classifier this handler answers, for example "greeting". */
	Set<String> intents();

	/** Slash commands this handler answers, with the slash, for example "/help". */
	default Set<String> commands() {
		return Set.of();
	}

	/** Commands to list in the platforms' command menus; a subset of {@link #commands()}. */
	default java.util.List<MenuCommand> menu() {
		return java.util.List.of();
	}

	/** Forms this handler opens with {@link Forms#start}; the conversation continues them. */
	default java.util.List<Form> forms() {
		return java.util.List.of();
	}

	/**
	 * Whether this handler takes a message the classifier gave one of its intents. A handler whose
	 * intent only fits some people or some moments ("what's next?" while a guide is in progress)
	 * declines the others, and the message is then a question for the knowledge base, as it would
	 * have been without the intent. Commands are not asked.
	 */
	default boolean takes(Turn turn) {
		return true;
	}

	Response handle(Turn turn);

}
