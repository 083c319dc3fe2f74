package org.talentbridge.bot.channel.telegram;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param token the bot token from BotFather (TELEGRAM_BOT_TOKEN); blank leaves Telegram off
 * @param apiUrl the Bot API server (TELEGRAM_API_URL), another one for tests or a local Bot API
 * server
 * @param pollTimeoutSeconds how long one getUpdates call waits for news
 */
@ConfigurationProperties("bot.telegram")
record TelegramProperties(@DefaultValue("") String token, @DefaultValue("https://api.telegram.org") String apiUrl,
		@DefaultValue("50") int pollTimeoutSeconds) {

	@Override
	public String toString() {
		// Never print the token.
		return "TelegramProperties[apiUrl=" + this.apiUrl + "]";
	}

}
