package org.talentbridge.bot.channel.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import org.talentbridge.bot.channel.web.ChatApi.ErrorJson;
import org.talentbridge.bot.conversation.ConversationUnavailable;

/** Every error of the chat API is JSON with one clear sentence, never a stack trace. */
@RestControllerAdvice(assignableTypes = { ChatController.class, ChatMenuController.class })
class WebErrors {

	private static final Logger log = LoggerFactory.getLogger(WebErrors.class);

	@ExceptionHandler(ChatController.BadRequest.class)
	ResponseEntity<ErrorJson> badRequest(ChatController.BadRequest ex) {
		return error(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(WebIdentities.Unauthorized.class)
	ResponseEntity<ErrorJson> unauthorized(WebIdentities.Unauthorized ex) {
		return error(HttpStatus.UNAUTHORIZED, ex.getMessage());
	}

	@ExceptionHandler(WebIdentities.TooManyNewPeople.class)
	ResponseEntity<ErrorJson> tooMany(WebIdentities.TooManyNewPeople ex) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.header(org.springframework.http.HttpHeaders.RETRY_AFTER, "60")
			.body(new ErrorJson(ex.getMessage()));
	}

	@ExceptionHandler(redis.clients.jedis.exceptions.JedisException.class)
	ResponseEntity<ErrorJson> storeDown(redis.clients.jedis.exceptions.JedisException ex) {
		return storeDown(new ConversationUnavailable(ex));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ErrorJson> unreadable(HttpMessageNotReadableException ex) {
		return error(HttpStatus.BAD_REQUEST,
				"The request body is not valid JSON of the form {\"text\": \"...\"}.");
	}

	@ExceptionHandler(ConversationUnavailable.class)
	ResponseEntity<ErrorJson> storeDown(ConversationUnavailable ex) {
		log.error("Chat request refused: {}", ex.getCause() != null ? ex.getCause().getMessage() : ex.getMessage());
		return error(HttpStatus.SERVICE_UNAVAILABLE, "The bot is briefly unavailable. Please try again in a minute.");
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ErrorJson> unexpected(Exception ex) {
		log.error("Chat request failed", ex);
		return error(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side. Please try again.");
	}

	static ResponseEntity<ErrorJson> error(HttpStatus status, String message) {
		// The content type is set, so a request that accepts only text/html still gets the JSON.
		return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_JSON).body(new ErrorJson(message));
	}

}
