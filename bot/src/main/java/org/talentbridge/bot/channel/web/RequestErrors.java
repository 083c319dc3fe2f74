package org.talentbridge.bot.channel.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import org.talentbridge.bot.channel.web.ChatApi.ErrorJson;

/**
 * Requests turned away before any controller is chosen (wrong method or content type) still get a
 * JSON sentence rather than an HTML error page.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class RequestErrors {

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ErrorJson> mediaType(HttpMediaTypeNotSupportedException ex) {
		return WebErrors.error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send JSON with Content-Type: application/json.");
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<ErrorJson> notAcceptable(HttpMediaTypeNotAcceptableException ex) {
		return WebErrors.error(HttpStatus.NOT_ACCEPTABLE, "This address answers in application/json only.");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ErrorJson> method(HttpRequestMethodNotSupportedException ex) {
		return WebErrors.error(HttpStatus.METHOD_NOT_ALLOWED, "This address does not accept " + ex.getMethod() + ".");
	}

}
