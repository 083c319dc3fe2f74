package org.talentbridge.bot.metrics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.actuate.endpoint.EndpointFilter;
import org.springframework.boot.actuate.endpoint.EndpointId;
import org.springframework.boot.actuate.endpoint.web.ExposableWebEndpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /actuator/prometheus} exists only with METRICS_TOKEN set (else 404, as any unknown path),
 * and answers only {@code Authorization: Bearer <METRICS_TOKEN>}; anything else gets 401. A token
 * of its own, not the staff API's: a Prometheus server holds it in a file, and it opens nothing else.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class MetricsEndpointAccess {

	static final String PATH = "/actuator/prometheus";

	private static final EndpointId PROMETHEUS = EndpointId.of("prometheus");

	@Bean
	EndpointFilter<ExposableWebEndpoint> prometheusOnlyWithToken(MetricsProperties properties) {
		return new OnlyWithToken(properties.on());
	}

	@Bean
	FilterRegistrationBean<BearerToken> metricsToken(MetricsProperties properties) {
		FilterRegistrationBean<BearerToken> registration = new FilterRegistrationBean<>(new BearerToken(properties.token()));
		registration.addUrlPatterns(PATH, PATH + "/*");
		return registration;
	}

	/** A class, not a lambda: the endpoint discoverer matches filters by their generic type. */
	static final class OnlyWithToken implements EndpointFilter<ExposableWebEndpoint> {

		private final boolean on;

		OnlyWithToken(boolean on) {
			this.on = on;
		}

		@Override
		public boolean match(ExposableWebEndpoint endpoint) {
			return this.on || !PROMETHEUS.equals(endpoint.getEndpointId());
		}

	}

	static final class BearerToken extends OncePerRequestFilter {

		private final byte[] token;

		BearerToken(String token) {
			this.token = token.strip().getBytes(StandardCharsets.UTF_8);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (this.token.length == 0) {
				// The endpoint is off: let the request find nothing there.
				chain.doFilter(request, response);
				return;
			}
			String header = request.getHeader("Authorization");
			byte[] given = (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7))
					? header.substring(7).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
			// Constant time, so the token cannot be guessed byte by byte from response times.
			if (!MessageDigest.isEqual(given, this.token)) {
				response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
				response.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
				response.setContentType("application/json");
				response.getWriter().write("{\"error\":\"A valid metrics token is needed: Authorization: Bearer <token>.\"}");
				return;
			}
			chain.doFilter(request, response);
		}

	}

}
