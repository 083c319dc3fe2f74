package org.talentbridge.bot.channel.telegram;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import org.talentbridge.bot.conversation.AnnouncementChannel;
import org.talentbridge.bot.conversation.Channel;

/**
 * News for everyone on Telegram as one post in a Telegram channel (TELEGRAM_ANNOUNCEMENTS_CHANNEL,
 * "@name" or the channel's numeric id) where the bot is an admin allowed to post.
 */
class TelegramAnnouncements implements AnnouncementChannel {

	private final TelegramSender sender;

	private final Settings settings;

	TelegramAnnouncements(TelegramSender sender, Settings settings) {
		this.sender = sender;
		this.settings = settings;
	}

	@Override
	public Channel channel() {
		return Channel.TELEGRAM;
	}

	@Override
	public String name() {
		return this.settings.channel().strip();
	}

	@Override
	public void post(String text) {
		int posted = 0;
		try {
			for (String part : TelegramHtml.split(text, TelegramHtml.MAX_LENGTH)) {
				this.sender.send(SendMessage.builder()
					.chatId(name())
					.text(TelegramHtml.escape(part))
					.parseMode(ParseMode.HTML)
					.disableWebPagePreview(true)
					.build(), org.talentbridge.bot.conversation.BotActivity.Kind.POST);
				posted++;
			}
		}
		catch (TelegramApiException ex) {
			if (TelegramSender.uncertain(ex) || posted > 0) {
				// Part or all of it may be in the channel already: posting it again would repeat it.
				throw new org.talentbridge.bot.conversation.DeliveryUncertain("Telegram's answer to the post did not come", ex);
			}
			throw refused(ex);
		}
	}

	private static RuntimeException refused(TelegramApiException failure) {
		if (failure instanceof TelegramApiRequestException ex && TelegramSender.refusedForGood(ex)) {
			return new org.talentbridge.bot.conversation.DeliveryRefused(
					"Telegram refused the post: " + ex.getErrorCode() + " " + ex.getApiResponse());
		}
		if (failure instanceof TelegramApiRequestException ex) {
			return new IllegalStateException("Telegram refused the post: " + ex.getErrorCode() + " " + ex.getApiResponse());
		}
		return new IllegalStateException("Telegram could not be reached: " + failure.getClass().getSimpleName());
	}

	/**
	 * @param channel the channel (TELEGRAM_ANNOUNCEMENTS_CHANNEL): "@talentbridge_news" or its id
	 * such as -1001234567890; blank for none
	 */
	@ConfigurationProperties("bot.telegram.announcements")
	record Settings(@DefaultValue("") String channel) {
	}

}
