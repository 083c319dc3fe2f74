package org.talentbridge.bot.conversation;

/**
 * Asks the knowledge base whether it would answer a message, so that "What can International House
 * Copenhagen help me with?" is a question about that topic and not a request for the bot's help, and
 * "omvänt då?" after a tax answer is a follow-up rather than small talk.
 */
public interface TopicProbe {

	/** Whether the knowledge base would answer the message, on its own or as a follow-up of the context. */
	boolean answers(String text, Language language, ConversationContext context);

}
