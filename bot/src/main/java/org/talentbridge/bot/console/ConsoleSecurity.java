package org.talentbridge.bot.console;

import org.talentbridge.bot.console.internal.LoginAttempts;
import org.talentbridge.bot.console.internal.StaffAccounts;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Login for the console only: form login with a session, CSRF tokens on every form, logout, and
 * a lockout after repeated wrong passwords. Everything else (the chat API, webhooks, the staff
 * REST API with its own token) passes through a chain that leaves it as it was.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication(
		type = org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type.SERVLET)
class ConsoleSecurity {

	@Bean
	@Order(1)
	SecurityFilterChain console(HttpSecurity http, StaffAccounts accounts, LoginAttempts attempts) throws Exception {
		http.securityMatcher("/console/**", "/login", "/logout")
			// Its own manager, with no global parent to fall back to after a wrong password.
			.authenticationManager(new org.springframework.security.authentication.ProviderManager(consoleLogin(accounts, attempts)))
			.authorizeHttpRequests(auth -> auth.requestMatchers("/login", "/console/console.css").permitAll()
				.requestMatchers("/console/accounts/**")
				.hasRole("ADMIN")
				.anyRequest()
				.hasAnyRole("STAFF", "ADMIN"))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/console", true).failureHandler((request, response, ex) -> {
				String reason = (ex instanceof LockedException) ? "locked" : "wrong";
				response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
			}))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?out"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers.frameOptions(frame -> frame.deny())
				.referrerPolicy(policy -> policy.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'")));
		return http.build();
	}

	/**
	 * The chat API, the busiest path: the same response headers as everything else, and none of the
	 * filters that have nothing to do for it (no login, session, logout, saved request or
	 * authorization: the API decides who speaks itself, {@code channel.web.WebIdentities}).
	 */
	@Bean
	@Order(0)
	SecurityFilterChain chatApi(HttpSecurity http,
			@org.springframework.beans.factory.annotation.Value("${bot.web.frame-ancestors:}") String frameAncestors) throws Exception {
		http.securityMatcher("/api/chat", "/api/chat/**");
		headers(http, frameAncestors);
		http.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.securityContext(context -> context.disable())
			.sessionManagement(session -> session.disable())
			.anonymous(anonymous -> anonymous.disable())
			.logout(logout -> logout.disable())
			.servletApi(api -> api.disable())
			.exceptionHandling(exceptions -> exceptions.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain everythingElse(HttpSecurity http,
			@org.springframework.beans.factory.annotation.Value("${bot.web.frame-ancestors:}") String frameAncestors) throws Exception {
		headers(http, frameAncestors);
		http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.securityContext(context -> context.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(
					org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
			.anonymous(anonymous -> anonymous.disable());
		return http.build();
	}

	private static void headers(HttpSecurity http, String frameAncestors) throws Exception {
		// The chat page runs only its own script and style, talks only to its own origin, sends no
		// referrer to the official pages it links, and is framed only where WEB_FRAME_ANCESTORS says.
		String ancestors = frameAncestors.isBlank() ? "'none'" : frameAncestors.strip();
		http.headers(headers -> {
			headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; script-src 'self'; style-src 'self'; "
					+ "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors " + ancestors))
				.referrerPolicy(policy -> policy.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
				.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=(), payment=()"))
				.crossOriginOpenerPolicy(coop -> coop.policy(
						org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy.SAME_ORIGIN));
			if (frameAncestors.isBlank()) {
				headers.frameOptions(frame -> frame.deny());
			}
			else {
				headers.frameOptions(frame -> frame.disable());
			}
		});
	}

	/**
	 * Bcrypt check, refused outright while the account and address are locked out. Not a bean: as
	 * one it would also join the global authentication and count every wrong password twice.
	 */
	static AuthenticationProvider consoleLogin(StaffAccounts accounts, LoginAttempts attempts) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(accounts);
		dao.setPasswordEncoder(StaffAccounts.PASSWORDS);
		return new AuthenticationProvider() {

			@Override
			public Authentication authenticate(Authentication authentication) throws AuthenticationException {
				String username = String.valueOf(authentication.getName());
				String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
						? details.getRemoteAddress() : "unknown";
				if (attempts.locked(username, address)) {
					throw new LockedException("Too many wrong passwords");
				}
				try {
					Authentication result = dao.authenticate(authentication);
					attempts.succeeded(username, address);
					return result;
				}
				catch (BadCredentialsException ex) {
					attempts.failed(username, address);
					throw ex;
				}
			}

			@Override
			public boolean supports(Class<?> type) {
				return dao.supports(type);
			}

		};
	}

	static String address(HttpServletRequest request) {
		return request.getRemoteAddr();
	}

}
