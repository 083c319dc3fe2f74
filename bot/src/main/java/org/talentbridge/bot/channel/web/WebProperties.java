package org.talentbridge.bot.channel.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param newIdentitiesPerMinute new web chat people one client address may start in a minute; 0
 * turns the limit off
 * @param identitySecret the HMAC secret partner sites sign identities with; blank refuses every
 * signed identity
 * @param secureCookies the chat cookie is sent over HTTPS only
 * @param cookieMaxAge how long a browser keeps the chat cookie after the person last wrote
 */
@ConfigurationProperties("bot.web")
record WebProperties(@DefaultValue("60") int newIdentitiesPerMinute, @DefaultValue("") String identitySecret,
		@DefaultValue("false") boolean secureCookies, @DefaultValue("395d") Duration cookieMaxAge) {

	static final int MIN_SECRET = 32;

	WebProperties {
		if (!identitySecret.isBlank() && identitySecret.length() < MIN_SECRET) {
			throw new IllegalStateException("WEB_IDENTITY_SECRET must be at least " + MIN_SECRET + " characters");
		}
	}

}
