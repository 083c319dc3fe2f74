package org.talentbridge.bot.staff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request under {@code /api/staff/} needs {@code Authorization: Bearer <STAFF_API_TOKEN>};
 * anything else gets 401 before a controller is reached. With the token unset, nothing passes.
 */
class StaffApiFilter extends OncePerRequestFilter {

	private final byte[] token;

	StaffApiFilter(StaffProperties properties) {
		this.token = properties.apiToken().getBytes(StandardCharsets.UTF_8);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.token.length == 0) {
			refuse(response, "The staff API is off: STAFF_API_TOKEN is not set.");
			return;
		}
		String header = request.getHeader("Authorization");
		byte[] given = (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7))
				? header.substring(7).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
		// Constant time, so the token cannot be guessed byte by byte from response times.
		if (!MessageDigest.isEqual(given, this.token)) {
			refuse(response, "A valid staff token is needed: Authorization: Bearer <token>.");
			return;
		}
		chain.doFilter(request, response);
	}

	private static void refuse(HttpServletResponse response, String message) throws IOException {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader("WWW-Authenticate", "Bearer realm=\"staff\"");
		response.setContentType("application/json");
		response.getWriter().write("{\"error\":\"" + message + "\"}");
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<StaffApiFilter> staffApiFilter(StaffProperties properties) {
			FilterRegistrationBean<StaffApiFilter> registration = new FilterRegistrationBean<>(
					new StaffApiFilter(properties));
			registration.addUrlPatterns("/api/staff/*");
			return registration;
		}

	}

}
