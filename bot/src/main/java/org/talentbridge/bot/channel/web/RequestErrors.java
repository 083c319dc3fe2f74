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
 * Requests turned away before any controller is chosen (wrong method or content type), with
 * missing or malformed parameters, or while Redis is away, get a JSON sentence rather than an HTML
 * error page or a 500, from every controller that does not answer them itself.
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

	@ExceptionHandler({ org.springframework.web.bind.MissingServletRequestParameterException.class,
			org.springframework.web.bind.ServletRequestBindingException.class, org.springframework.beans.TypeMismatchException.class,
			org.springframework.web.method.annotation.HandlerMethodValidationException.class,
			org.springframework.web.multipart.MultipartException.class })
	ResponseEntity<ErrorJson> badParameter(Exception ex) {
		return WebErrors.error(HttpStatus.BAD_REQUEST, "A parameter of the request is missing or not valid.");
	}

	@ExceptionHandler({ org.springframework.web.servlet.resource.NoResourceFoundException.class,
			org.springframework.web.servlet.NoHandlerFoundException.class })
	ResponseEntity<ErrorJson> notFound(Exception ex) {
		return WebErrors.error(HttpStatus.NOT_FOUND, "There is nothing at this address.");
	}

	@ExceptionHandler({ redis.clients.jedis.exceptions.JedisException.class,
			org.talentbridge.bot.conversation.ConversationUnavailable.class })
	ResponseEntity<ErrorJson> storeDown(Exception ex) {
		return WebErrors.error(HttpStatus.SERVICE_UNAVAILABLE, "The bot is briefly unavailable. Please try again in a minute.");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ErrorJson> method(HttpRequestMethodNotSupportedException ex) {
		return WebErrors.error(HttpStatus.METHOD_NOT_ALLOWED, "This address does not accept " + ex.getMethod() + ".");
	}

}
