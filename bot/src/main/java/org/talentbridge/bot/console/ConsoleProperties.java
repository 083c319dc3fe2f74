package org.talentbridge.bot.console;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param adminUsername the first admin account, created at startup when it does not exist
 * (CONSOLE_ADMIN_USERNAME)
 * @param adminPassword its password (CONSOLE_ADMIN_PASSWORD); stored only as a bcrypt hash. Both
 * unset: no account is created, and accounts come from {@code --console.create-staff}
 * @param maxFailedLogins wrong passwords per account and address before logins are refused
 * @param lockout how long they are refused
 * @param zone the programme's local time, in which the console shows every date and time
 * (CONSOLE_TIME_ZONE; Copenhagen and Skåne share one zone)
 */
@ConfigurationProperties("bot.console")
public record ConsoleProperties(@DefaultValue("") String adminUsername, @DefaultValue("") String adminPassword,
		@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockout,
		@DefaultValue("Europe/Copenhagen") ZoneId zone) {

	@Override
	public String toString() {
		return "ConsoleProperties[adminUsername=" + this.adminUsername + "]";
	}

}
