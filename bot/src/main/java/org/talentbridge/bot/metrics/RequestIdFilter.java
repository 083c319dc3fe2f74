package org.talentbridge.bot.metrics;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import org.talentbridge.bot.conversation.RequestIds;

/**
 * Every HTTP request gets an id in the logging context, so each of its log lines carries it; a
 * load balancer's {@code X-Request-Id} is kept when it looks like one, and the id is sent back in
 * that header, so a report from a person or a proxy log leads to the bot's lines.
 */
class RequestIdFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String given = request.getHeader(HEADER);
		String id = (given != null && SAFE.matcher(given).matches()) ? given : RequestIds.next("http");
		response.setHeader(HEADER, id);
		MDC.put(RequestIds.KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(RequestIds.KEY);
		}
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class Registration {

		@Bean
		FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
			FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
			// First, so the security chain's lines carry the id too.
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			return registration;
		}

	}

}
