package org.talentbridge.bot.channel.telegram;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param token the bot token from BotFather (TELEGRAM_BOT_TOKEN); blank leaves Telegram off
 * @param apiUrl the Bot API server (TELEGRAM_API_URL), another one for tests or a local Bot API
 * server
 * @param pollTimeoutSeconds how long one getUpdates call waits for news
 * @param webhookUrl public URL of this bot's {@code /telegram/webhook} (TELEGRAM_WEBHOOK_URL); set,
 * Telegram pushes updates there instead of being polled, so several instances can share the load
 * @param webhookSecret the secret Telegram sends in X-Telegram-Bot-Api-Secret-Token
 * (TELEGRAM_WEBHOOK_SECRET); blank derives one from the token, the same on every instance
 * @param staffUserIds Telegram user ids of programme staff (TELEGRAM_STAFF_USER_IDS, comma
 * separated), who may use the staff commands in chat
 * @param sendTimeout how long a send waits for Telegram's answer; without one in time the message
 * counts as "unknown" and is not sent again
 * @param retryBackoff the first pause before a send that certainly failed is tried again, doubled each time
 */
@ConfigurationProperties("bot.telegram")
record TelegramProperties(@DefaultValue("") String token, @DefaultValue("https://api.telegram.org") String apiUrl,
		@DefaultValue("50") int pollTimeoutSeconds, @DefaultValue("") String webhookUrl,
		@DefaultValue("") String webhookSecret, @DefaultValue("") java.util.Set<Long> staffUserIds,
		@DefaultValue("10s") java.time.Duration sendTimeout, @DefaultValue("500ms") java.time.Duration retryBackoff) {

	boolean webhook() {
		return !this.webhookUrl.isBlank();
	}

	/** Telegram allows A-Z, a-z, 0-9, _ and - in the secret. */
	String secret() {
		if (!this.webhookSecret.isBlank()) {
			return this.webhookSecret;
		}
		try {
			byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
				.digest(("talent-bridge-webhook:" + this.token).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(hash);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String toString() {
		// Never print the token.
		return "TelegramProperties[apiUrl=" + this.apiUrl + ", webhookUrl=" + this.webhookUrl + "]";
	}

}
