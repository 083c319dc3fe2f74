package org.talentbridge.bot.store;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.ApiVersion;
import org.springframework.boot.actuate.endpoint.web.annotation.EndpointWebExtension;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointWebExtension;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointProperties;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.health.registry.ReactiveHealthContributorRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The overall status of {@code /actuator/health} says whether the bot can serve people: Redis, its
 * own liveness and readiness, the disk. The chat channels (Telegram, Discord) still show their own
 * state, DOWN with the reason, but are informational: the web chat and the other channel work
 * without them, so one channel being unreachable must not answer 503 for the whole bot. Spring
 * Boot's {@link StatusAggregator} sees only statuses, not names, so this is done where the
 * components are aggregated, in the endpoint's web extension.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class OverallHealth {

	@Bean
	@ConditionalOnAvailableEndpoint(endpoint = HealthEndpoint.class)
	HealthEndpointWebExtension healthEndpointWebExtension(HealthContributorRegistry registry,
			ObjectProvider<ReactiveHealthContributorRegistry> reactive, HealthEndpointGroups groups,
			HealthEndpointProperties properties, @Value("${bot.health.informational:telegram,discord}") Set<String> informational) {
		return new WebExtension(registry, reactive.getIfAvailable(), groups, properties, informational);
	}

	/** Aggregates every component but the informational ones into the status; shows them all. */
	@EndpointWebExtension(endpoint = HealthEndpoint.class)
	static class WebExtension extends HealthEndpointWebExtension {

		private final Set<String> informational;

		WebExtension(HealthContributorRegistry registry, @Nullable ReactiveHealthContributorRegistry reactive,
				HealthEndpointGroups groups, HealthEndpointProperties properties, Set<String> informational) {
			super(registry, reactive, groups, properties.getLogging().getSlowIndicatorThreshold());
			this.informational = Set.copyOf(informational);
		}

		@Override
		protected HealthDescriptor aggregateDescriptors(ApiVersion apiVersion, Map<String, HealthDescriptor> contributions,
				StatusAggregator statusAggregator, boolean showComponents, @Nullable Set<String> groupNames) {
			Set<Status> decisive = contributions.entrySet()
				.stream()
				.filter(entry -> !this.informational.contains(entry.getKey()))
				.map(entry -> entry.getValue().getStatus())
				.collect(Collectors.toSet());
			if (decisive.isEmpty()) {
				return super.aggregateDescriptors(apiVersion, contributions, statusAggregator, showComponents, groupNames);
			}
			Status status = statusAggregator.getAggregateStatus(decisive);
			return super.aggregateDescriptors(apiVersion, contributions, statuses -> status, showComponents, groupNames);
		}

	}

}
