package org.talentbridge.bot.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param apiToken the bearer token of the staff API (STAFF_API_TOKEN); blank turns the whole API off
 */
@ConfigurationProperties("bot.staff")
record StaffProperties(@DefaultValue("") String apiToken) {

	@Override
	public String toString() {
		return "StaffProperties[apiToken=" + (this.apiToken.isBlank() ? "unset" : "set") + "]";
	}

}
