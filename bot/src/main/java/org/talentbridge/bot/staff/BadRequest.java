package org.talentbridge.bot.staff;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Input staff can fix: answered with 400 and the message naming the field. */
class BadRequest extends RuntimeException {

	BadRequest(String message) {
		super(message, null, false, false);
	}

	@RestControllerAdvice(basePackageClasses = BadRequest.class)
	static class Handler {

		@ExceptionHandler
		ResponseEntity<Map<String, String>> badRequest(BadRequest ex) {
			return ResponseEntity.badRequest().body(Map.of("error", ex.getMessage()));
		}

	}

}
