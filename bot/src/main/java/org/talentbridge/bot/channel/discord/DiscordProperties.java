package org.talentbridge.bot.channel.discord;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param token the bot token from the Discord developer portal (DISCORD_BOT_TOKEN); blank leaves
 * Discord off
 * @param apiUrl the REST API base (DISCORD_API_URL); blank is Discord's own
 * @param gatewayUrl the gateway's WebSocket address (DISCORD_GATEWAY_URL); blank is Discord's own
 * @param staffRole id or name of the server role whose members are programme staff
 * (DISCORD_STAFF_ROLE), who may use the staff commands in a server channel
 * @param connectTimeout how long to wait for the gateway before the log says Discord is not
 * connected (the bot keeps trying)
 * @param sendTimeout how long a REST call waits for Discord's answer; a message without one in
 * time counts as "unknown" and is not sent again
 */
@ConfigurationProperties("bot.discord")
record DiscordProperties(@DefaultValue("") String token, @DefaultValue("") String apiUrl,
		@DefaultValue("") String gatewayUrl, @DefaultValue("30s") Duration connectTimeout,
		@DefaultValue("") String staffRole, @DefaultValue("10s") Duration sendTimeout) {

	static final String DEFAULT_API_URL = "https://discord.com/api/v10/";

	static final String DEFAULT_GATEWAY_URL = "wss://gateway.discord.gg/";

	/** The REST base as JDA wants it: ending in a slash. */
	String restBase() {
		String url = this.apiUrl.isBlank() ? DEFAULT_API_URL : this.apiUrl.strip();
		return url.endsWith("/") ? url : url + "/";
	}

	String gateway() {
		return this.gatewayUrl.isBlank() ? DEFAULT_GATEWAY_URL : this.gatewayUrl.strip();
	}

	@Override
	public String toString() {
		// Never print the token.
		return "DiscordProperties[apiUrl=" + restBase() + ", gatewayUrl=" + gateway() + "]";
	}

}
