package org.talentbridge.bot.channel.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.talentbridge.bot.conversation.CommandMenu;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Phrases;

/** The web chat's command menu: the same commands as the Telegram and Discord menus, in the page's language. */
@RestController
class ChatMenuController {

	private final CommandMenu menu;

	private final Phrases phrases;

	ChatMenuController(CommandMenu menu, Phrases phrases) {
		this.menu = menu;
		this.phrases = phrases;
	}

	record MenuJson(String language, List<CommandJson> commands) {
	}

	record CommandJson(String command, String description) {
	}

	@GetMapping(path = "/api/chat/menu", produces = MediaType.APPLICATION_JSON_VALUE)
	MenuJson menu(@RequestParam(required = false) @Nullable String language) {
		Language chosen = Language.EN;
		if (language != null && !language.isBlank()) {
			chosen = Language.fromCode(language)
				.filter(l -> l.code().equalsIgnoreCase(language.trim()))
				.orElseThrow(() -> new ChatController.BadRequest("language must be en, sv or da."));
		}
		Language in = chosen;
		return new MenuJson(in.code(), this.menu.commands()
			.stream()
			.map(c -> new CommandJson("/" + c.name(), this.phrases.get(in, c.descriptionKey())))
			.toList());
	}

}
