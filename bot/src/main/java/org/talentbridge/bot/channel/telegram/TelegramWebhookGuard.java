package org.talentbridge.bot.channel.telegram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away webhook requests without the secret before a byte of their body is read, ahead of
 * everything else (the body limit reads bodies). The controller checks again.
 */
@Component
@Conditional(TelegramConfiguration.TokenSet.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TelegramWebhookGuard extends OncePerRequestFilter {

	private final TelegramProperties properties;

	TelegramWebhookGuard(TelegramProperties properties) {
		this.properties = properties;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"/telegram/webhook".equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.properties.webhook()) {
			refuse(response, 404, "Webhook mode is off.");
			return;
		}
		if (!rightSecret(request.getHeader(TelegramWebhookController.SECRET_HEADER), this.properties.secret())) {
			refuse(response, 401, "Wrong or missing secret token.");
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean rightSecret(@Nullable String given, String secret) {
		return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
	}

	private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
		// The body stays unread; the connection ends rather than swallowing it.
		response.setHeader("Connection", "close");
		response.setStatus(status);
		response.setContentType("application/json");
		response.getWriter().write("{\"error\":\"" + message + "\"}");
	}

}
