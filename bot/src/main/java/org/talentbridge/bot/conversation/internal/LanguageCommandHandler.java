package org.talentbridge.bot.conversation.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.IntentHandler;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.MenuCommand;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Reply.Button;
import org.talentbridge.bot.conversation.Response;
import org.talentbridge.bot.conversation.Turn;
import org.talentbridge.bot.conversation.UserProfiles;

/** "/language" offers the three languages as buttons; "/language sv" sets Swedish for good. */
@Component
class LanguageCommandHandler implements IntentHandler {

	private final UserProfiles profiles;

	private final Phrases phrases;

	LanguageCommandHandler(UserProfiles profiles, Phrases phrases) {
		this.profiles = profiles;
		this.phrases = phrases;
	}

	@Override
	public Set<String> intents() {
		return Set.of();
	}

	@Override
	public Set<String> commands() {
		return Set.of("/language");
	}

	@Override
	public java.util.List<MenuCommand> menu() {
		return java.util.List.of(new MenuCommand("language", "menu.language", "menu.language.argument"));
	}

	@Override
	public Response handle(Turn turn) {
		Optional<Language> chosen = Language.fromCode(turn.argument());
		if (chosen.isPresent()) {
			Language language = chosen.get();
			this.profiles.setLanguage(turn.userId(), language, true);
			return Response.of(language, Reply.text(this.phrases.get(language, "language.set")));
		}
		String prompt = turn.argument().isBlank() ? this.phrases.get(turn.language(), "language.choose")
				: this.phrases.get(turn.language(), "language.unknown");
		return Response.of(turn.language(),
				new Reply(prompt, Arrays.stream(Language.values())
					.map(l -> new Button(this.phrases.get(l, "language.name"), "/language " + l.code()))
					.toList()));
	}

}
