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

	Response handle(Turn turn);

}
