package org.talentbridge.bot.conversation;

/**
 * A message once the conversation has understood it: the handler for {@link #intent()} gets it.
 *
 * @param message the message as it came in
 * @param language the language to answer in
 * @param intent what the person wants ("question", "greeting", or a command such as "/help")
 * @param argument the text after a command ("/language sv" gives "sv"), or the whole text otherwise
 * @param context what the conversation was about before this message
 */
public record Turn(IncomingMessage message, Language language, String intent, String argument,
		ConversationContext context) {

	public Turn(IncomingMessage message, Language language, String intent, String argument) {
		this(message, language, intent, argument, ConversationContext.EMPTY);
	}

	public String userId() {
		return this.message.userId();
	}

}
