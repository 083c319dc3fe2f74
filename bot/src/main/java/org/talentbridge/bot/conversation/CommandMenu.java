package org.talentbridge.bot.conversation;

import java.util.List;

/** All commands the features put in the platforms' menus, in a stable order. */
public interface CommandMenu {

	List<MenuCommand> commands();

}
