package org.talentbridge.bot.channel.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** An error answered outside Spring MVC (in a filter, or for Tomcat's own errors): the same JSON. */
final class JsonErrors {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonErrors() {
	}

	static void write(HttpServletResponse response, int status, String message) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.resetBuffer();
		response.setStatus(status);
		response.setContentType("application/json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(JSON.writeValueAsString(new ChatApi.ErrorJson(message)));
		response.flushBuffer();
	}

	/** One sentence per status, for errors that carry no message of their own. */
	static String sentence(int status) {
		return switch (status) {
			case 400 -> "The request is not valid.";
			case 401 -> "This address needs a valid token.";
			case 403 -> "This is not allowed.";
			case 404 -> "There is nothing at this address.";
			case 405 -> "This address does not accept that method.";
			case 406 -> "This address answers in application/json only.";
			case 408 -> "The request took too long to arrive.";
			case 411 -> "Send the body with a Content-Length.";
			case 413 -> "The request body is too long; please shorten it.";
			case 414 -> "The address is too long.";
			case 415 -> "Send JSON with Content-Type: application/json.";
			case 429 -> "Too many requests; please try again in a minute.";
			case 431 -> "The request headers are too large.";
			case 503 -> "The bot is briefly unavailable. Please try again in a minute.";
			default -> (status >= 500) ? "Something went wrong on our side. Please try again." : "The request is not valid.";
		};
	}

}
