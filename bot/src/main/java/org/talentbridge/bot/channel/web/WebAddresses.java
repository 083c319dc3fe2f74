package org.talentbridge.bot.channel.web;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says in the start log where people and staff find the bot, with the port it really listens on
 * ({@code --server.port=0} included): "Web chat on http://localhost:8080/, staff console on
 * http://localhost:8080/console".
 */
@Component
class WebAddresses {

	private static final Logger log = LoggerFactory.getLogger(WebAddresses.class);

	private volatile @Nullable String base;

	@EventListener
	void on(WebServerInitializedEvent event) {
		if ("management".equals(event.getApplicationContext().getServerNamespace())) {
			return;
		}
		String contextPath = event.getApplicationContext().getEnvironment().getProperty("server.servlet.context-path", "");
		this.base = base(event.getWebServer().getPort(), contextPath);
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		String at = this.base;
		if (at != null) {
			log.info(line(at));
		}
	}

	static String base(int port, String contextPath) {
		String path = contextPath.strip();
		if (path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		return "http://localhost:" + port + path;
	}

	static String line(String base) {
		return "Web chat on " + base + "/, staff console on " + base + "/console";
	}

}
