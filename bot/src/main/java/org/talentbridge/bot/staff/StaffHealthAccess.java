package org.talentbridge.bot.staff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /actuator/**} is open to everyone, who see the overall status; staff also see the details
 * (components, their reasons, disk, paths): with the staff API's bearer token (STAFF_API_TOKEN), or
 * logged in to the console, whose session is read but never created here. The roles that may see
 * details are {@code management.endpoint.health.roles}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class StaffHealthAccess {

	/** The role a valid staff token gives, as a console account's role would. */
	static final String ROLE = "ROLE_STAFF";

	@Bean
	@Order(0)
	SecurityFilterChain actuator(HttpSecurity http, StaffProperties properties) throws Exception {
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.anonymous(anonymous -> anonymous.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.addFilterAfter(new BearerToken(properties.apiToken()), SecurityContextHolderFilter.class);
		return http.build();
	}

	/** A request with the right bearer token is staff for this request only; a wrong one is a stranger. */
	static final class BearerToken extends OncePerRequestFilter {

		private final byte[] token;

		BearerToken(String token) {
			this.token = token.getBytes(StandardCharsets.UTF_8);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader("Authorization");
			if (this.token.length > 0 && header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
					&& MessageDigest.isEqual(header.substring(7).strip().getBytes(StandardCharsets.UTF_8), this.token)) {
				var context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("staff-api-token", null,
						List.of(new SimpleGrantedAuthority(ROLE))));
				SecurityContextHolder.setContext(context);
			}
			chain.doFilter(request, response);
		}

	}

}
