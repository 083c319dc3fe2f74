package org.talentbridge.bot.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisHttpSession;

/**
 * The console's sessions live in Redis (Spring Session), so behind a load balancer any instance
 * serves any logged-in staff member, without sticky sessions, and a restart logs nobody out.
 * The cookie keeps {@code server.servlet.session.cookie.*} (HttpOnly, SameSite=Strict, Secure
 * with SECURE_COOKIES), read by Spring Boot's session configuration. Only the console creates
 * sessions: the chat API, the webhooks, the staff API and the actuator never do.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableRedisHttpSession(redisNamespace = ConsoleSessions.NAMESPACE,
		maxInactiveIntervalInSeconds = ConsoleSessions.TIMEOUT_SECONDS)
class ConsoleSessions {

	/** Keys tb:console:session:sessions:&lt;id&gt;, next to the module's other keys. */
	static final String NAMESPACE = "tb:console:session";

	/** Eight hours without a click, a working day (as server.servlet.session.timeout). */
	static final int TIMEOUT_SECONDS = 8 * 3600;

}
