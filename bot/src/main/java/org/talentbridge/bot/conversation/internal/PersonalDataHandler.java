package org.talentbridge.bot.conversation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.IntentHandler;
import org.talentbridge.bot.conversation.MenuCommand;
import org.talentbridge.bot.conversation.PersonalData;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Reply.Button;
import org.talentbridge.bot.conversation.Response;
import org.talentbridge.bot.conversation.Turn;

/** "/mydata" shows what every feature keeps about the person; "/forget" deletes it, after a confirmation. */
@Component
class PersonalDataHandler implements IntentHandler {

	static final String CONFIRM = "yes";

	private final List<PersonalData> holders;

	private final SeenWriter seen;

	private final Phrases phrases;

	PersonalDataHandler(List<PersonalData> holders, SeenWriter seen, Phrases phrases) {
		this.holders = holders;
		this.seen = seen;
		this.phrases = phrases;
	}

	/** The message that deletes everything; the conversation must not record it either. */
	static boolean deletes(String routedText) {
		return routedText.equalsIgnoreCase("/forget " + CONFIRM);
	}

	@Override
	public Set<String> intents() {
		return Set.of();
	}

	@Override
	public Set<String> commands() {
		return Set.of("/mydata", "/forget");
	}

	@Override
	public List<MenuCommand> menu() {
		return List.of(new MenuCommand("mydata", "menu.mydata", null), new MenuCommand("forget", "menu.forget", null));
	}

	@Override
	public Response handle(Turn turn) {
		return "/mydata".equals(turn.intent()) ? show(turn) : forget(turn);
	}

	private Response show(Turn turn) {
		List<String> lines = new ArrayList<>();
		for (PersonalData holder : this.holders) {
			lines.addAll(holder.describe(turn.userId(), turn.language()));
		}
		if (lines.isEmpty()) {
			return Response.of(turn.language(), Reply.text(this.phrases.get(turn.language(), "mydata.nothing")));
		}
		String text = this.phrases.get(turn.language(), "mydata.intro") + "\n\n" + String.join("\n", lines);
		return Response.of(turn.language(), new Reply(text,
				List.of(new Button(this.phrases.get(turn.language(), "forget.button"), "/forget"))));
	}

	private Response forget(Turn turn) {
		if (!CONFIRM.equals(turn.argument())) {
			return Response.of(turn.language(), new Reply(this.phrases.get(turn.language(), "forget.confirm"),
					List.of(new Button(this.phrases.get(turn.language(), "forget.yes"), "/forget " + CONFIRM),
							new Button(this.phrases.get(turn.language(), "forget.no"), "/mydata"))));
		}
		// Who wrote when, still queued, would otherwise be written after the deletion.
		this.seen.discard(turn.userId());
		for (PersonalData holder : this.holders) {
			holder.forget(turn.userId());
		}
		return Response.of(turn.language(), Reply.text(this.phrases.get(turn.language(), "forget.done")));
	}

}
