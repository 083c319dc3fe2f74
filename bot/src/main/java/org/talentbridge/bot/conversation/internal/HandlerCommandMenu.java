package org.talentbridge.bot.conversation.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.CommandMenu;
import org.talentbridge.bot.conversation.IntentHandler;
import org.talentbridge.bot.conversation.MenuCommand;

/** The menu is whatever the handlers offer, so a new feature's commands appear without touching the channels. */
@Component
class HandlerCommandMenu implements CommandMenu {

	private static final List<String> FIRST = List.of("start", "help", "ask", "language");

	private final List<MenuCommand> commands;

	HandlerCommandMenu(List<IntentHandler> handlers) {
		Map<String, MenuCommand> byName = new LinkedHashMap<>();
		for (IntentHandler handler : handlers) {
			for (MenuCommand command : handler.menu()) {
				if (!handler.commands().contains("/" + command.name())) {
					throw new IllegalStateException(handler.getClass().getSimpleName() + " lists /" + command.name()
							+ " in its menu but does not handle it");
				}
				if (byName.putIfAbsent(command.name(), command) != null) {
					throw new IllegalStateException("Two handlers put /" + command.name() + " in the menu");
				}
			}
		}
		this.commands = byName.values()
			.stream()
			.sorted(Comparator.comparingInt(HandlerCommandMenu::rank).thenComparing(MenuCommand::name))
			.toList();
	}

	private static int rank(MenuCommand command) {
		int index = FIRST.indexOf(command.name());
		return (index < 0) ? FIRST.size() : index;
	}

	@Override
	public List<MenuCommand> commands() {
		return this.commands;
	}

}
