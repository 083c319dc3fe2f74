package org.talentbridge.bot.conversation.internal;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.IntentHandler;
import org.talentbridge.bot.conversation.MenuCommand;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Response;
import org.talentbridge.bot.conversation.StopListener;
import org.talentbridge.bot.conversation.Turn;

/** "/stop": no more messages nobody asked for, from any feature, at once and confirmed. */
@Component
class StopHandler implements IntentHandler {

	/** Sent alone, these mean "/stop" in English, Swedish and Danish. */
	static final Set<String> STOP_WORDS = Set.of("stop", "stopp", "stop venligst", "sluta", "unsubscribe");

	private final List<StopListener> listeners;

	private final Phrases phrases;

	StopHandler(List<StopListener> listeners, Phrases phrases) {
		this.listeners = listeners;
		this.phrases = phrases;
	}

	private static final java.util.regex.Pattern TRAILING = java.util.regex.Pattern.compile("[.!\\s]+$");

	static boolean isStopWord(String text) {
		return STOP_WORDS.contains(TRAILING.matcher(text.toLowerCase(java.util.Locale.ROOT)).replaceAll("").strip());
	}

	@Override
	public Set<String> intents() {
		return Set.of();
	}

	@Override
	public Set<String> commands() {
		return Set.of("/stop");
	}

	@Override
	public List<MenuCommand> menu() {
		return List.of(new MenuCommand("stop", "menu.stop", null));
	}

	@Override
	public Response handle(Turn turn) {
		for (StopListener listener : this.listeners) {
			listener.stop(turn.userId());
		}
		return Response.of(turn.language(), Reply.text(this.phrases.get(turn.language(), "stop.done")));
	}

}
