package org.talentbridge.bot.conversation.internal;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.IntentHandler;
import org.talentbridge.bot.conversation.MenuCommand;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Reply.Button;
import org.talentbridge.bot.conversation.Response;
import org.talentbridge.bot.conversation.Turn;

/** Hello, thanks, goodbye, help and "who are you", answered without the knowledge base. */
@Component
class SmallTalkHandler implements IntentHandler {

	static final Set<String> INTENTS = Set.of("greeting", "thanks", "goodbye", "help", "about");

	private final Phrases phrases;

	SmallTalkHandler(Phrases phrases) {
		this.phrases = phrases;
	}

	@Override
	public Set<String> intents() {
		return INTENTS;
	}

	@Override
	public Set<String> commands() {
		return Set.of("/start", "/help");
	}

	@Override
	public List<MenuCommand> menu() {
		return List.of(new MenuCommand("start", "menu.start", null), new MenuCommand("help", "menu.help", null));
	}

	@Override
	public Response handle(Turn turn) {
		String intent = switch (turn.intent()) {
			case "/start" -> "greeting";
			case "/help" -> "help";
			default -> turn.intent();
		};
		String text = this.phrases.get(turn.language(), "smalltalk." + intent);
		List<Button> buttons = ("greeting".equals(intent) || "help".equals(intent)) ? examples(turn) : List.of();
		return Response.of(turn.language(), new Reply(text, buttons));
	}

	private List<Button> examples(Turn turn) {
		return List.of(1, 2, 3)
			.stream()
			.map(i -> this.phrases.get(turn.language(), "smalltalk.example." + i))
			.map(example -> new Button(example, example))
			.toList();
	}

}
