package org.talentbridge.bot.conversation;

import org.jspecify.annotations.Nullable;

/**
 * One message from a person, as a channel adapter hands it to the conversation.
 *
 * @param userId channel-scoped id, see {@link Channel#userId(String)}
 * @param channel where it came from
 * @param text what the person wrote, or the value of a button they pressed
 * @param chosenLanguage a language the person picked explicitly; it sticks
 * @param languageHint what the platform says about the person (Telegram's language_code,
 * Discord's locale); used only when nothing better is known
 */
public record IncomingMessage(String userId, Channel channel, String text, @Nullable Language chosenLanguage,
		@Nullable Language languageHint) {

	public static IncomingMessage of(Channel channel, String platformUserId, String text) {
		return new IncomingMessage(channel.userId(platformUserId), channel, text, null, null);
	}

	public IncomingMessage withChosenLanguage(@Nullable Language language) {
		return new IncomingMessage(this.userId, this.channel, this.text, language, this.languageHint);
	}

	public IncomingMessage withLanguageHint(@Nullable Language hint) {
		return new IncomingMessage(this.userId, this.channel, this.text, this.chosenLanguage, hint);
	}

}
