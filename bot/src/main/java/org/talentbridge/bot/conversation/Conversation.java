package org.talentbridge.bot.conversation;

/** Entry point for channels: one message in, the bot's response out. Never throws for bad input. */
public interface Conversation {

	Response handle(IncomingMessage message);

}
