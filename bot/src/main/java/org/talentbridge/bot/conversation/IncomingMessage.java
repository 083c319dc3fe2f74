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
 * @param displayName the name the platform shows for the person, offered (never used unasked)
 * when a feature needs a name
 * @param staff whether the channel recognised the person as programme staff (configured
 * Telegram user ids, a Discord role)
 */
public record IncomingMessage(String userId, Channel channel, String text, @Nullable Language chosenLanguage,
		@Nullable Language languageHint, @Nullable String displayName, boolean staff) {

	public IncomingMessage(String userId, Channel channel, String text, @Nullable Language chosenLanguage,
			@Nullable Language languageHint) {
		this(userId, channel, text, chosenLanguage, languageHint, null, false);
	}

	public static IncomingMessage of(Channel channel, String platformUserId, String text) {
		return new IncomingMessage(channel.userId(platformUserId), channel, text, null, null);
	}

	public IncomingMessage withText(String text) {
		return new IncomingMessage(this.userId, this.channel, text, this.chosenLanguage, this.languageHint,
				this.displayName, this.staff);
	}

	public IncomingMessage withChosenLanguage(@Nullable Language language) {
		return new IncomingMessage(this.userId, this.channel, this.text, language, this.languageHint, this.displayName,
				this.staff);
	}

	public IncomingMessage withLanguageHint(@Nullable Language hint) {
		return new IncomingMessage(this.userId, this.channel, this.text, this.chosenLanguage, hint, this.displayName,
				this.staff);
	}

	public IncomingMessage withDisplayName(@Nullable String name) {
		String clean = (name == null || name.isBlank()) ? null : name.strip();
		return new IncomingMessage(this.userId, this.channel, this.text, this.chosenLanguage, this.languageHint, clean,
				this.staff);
	}

	public IncomingMessage asStaff(boolean staff) {
		return new IncomingMessage(this.userId, this.channel, this.text, this.chosenLanguage, this.languageHint,
				this.displayName, staff);
	}

}
