package org.talentbridge.bot.console;

import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A missing thread, event or announcement gets a page that says so, not a stack trace. */
@ControllerAdvice(basePackageClasses = ConsoleErrors.class)
class ConsoleErrors {

	@ExceptionHandler(NoSuchElementException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("section", "");
		return "console/not-found";
	}

}
