package org.talentbridge.bot.metrics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param token the bearer token Prometheus scrapes {@code /actuator/prometheus} with (METRICS_TOKEN);
 * blank turns the endpoint off
 */
@ConfigurationProperties("bot.metrics")
record MetricsProperties(@DefaultValue("") String token) {

	boolean on() {
		return !this.token.isBlank();
	}

	@Override
	public String toString() {
		return "MetricsProperties[token=" + (this.token.isBlank() ? "unset" : "set") + "]";
	}

}
