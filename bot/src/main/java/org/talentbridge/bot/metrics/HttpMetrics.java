package org.talentbridge.bot.metrics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * The HTTP server's standard meters (one timer per request, {@code http_server_requests_seconds})
 * are on. What is off is Spring Security's observation of each filter of each chain, which would
 * wrap a dozen filters per request in an observation of their own, read by nobody.
 */
@Configuration(proxyBeanMethods = false)
class HttpMetrics {

	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

}
