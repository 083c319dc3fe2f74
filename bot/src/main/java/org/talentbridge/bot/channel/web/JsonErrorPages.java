package org.talentbridge.bot.channel.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every error the application does not answer itself is JSON with one sentence, whatever the
 * request accepts: Spring's {@code /error} (asked for directly, too) and Tomcat's own answers to
 * requests it refuses before the application sees them (a malformed address, oversized headers).
 */
@Configuration(proxyBeanMethods = false)
class JsonErrorPages {

	@Bean
	TomcatContextCustomizer jsonErrorReports() {
		return context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(TomcatJsonErrors.class.getName());
			}
		};
	}

	@RestController
	static class JsonErrorController implements ErrorController {

		@RequestMapping("/error")
		void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
			Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
			// Asked for directly, /error is just an address with nothing at it.
			int status = (code instanceof Integer given && given >= 400) ? given : 404;
			JsonErrors.write(response, status, JsonErrors.sentence(status));
		}

	}

}
