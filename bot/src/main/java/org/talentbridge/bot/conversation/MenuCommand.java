package org.talentbridge.bot.conversation;

import org.jspecify.annotations.Nullable;

/**
 * A command a feature offers in the platforms' command menus (Telegram's setMyCommands, Discord's
 * slash commands). Its description comes from the phrases, so each menu appears in the person's
 * language.
 *
 * @param name without the slash, lowercase, for example "ask"
 * @param descriptionKey phrase key of the one-line description
 * @param argumentKey phrase key describing the free text the command takes ("/ask how do I..."),
 * or null when it takes none; Discord shows it as an optional text option
 */
public record MenuCommand(String name, String descriptionKey, @Nullable String argumentKey) {

	public MenuCommand {
		if (!name.matches("[a-z0-9_]{1,32}")) {
			throw new IllegalArgumentException("Command names are 1 to 32 of a-z, 0-9 and _: " + name);
		}
	}

}
