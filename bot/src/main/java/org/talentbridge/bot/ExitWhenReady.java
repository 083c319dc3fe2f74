package org.talentbridge.bot;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code --bot.exit-when-ready=true}: one whole start, then a clean stop, for the start that writes
 * the class data archive. Unlike {@code -Dspring.context.exit=onRefresh}, which halts the JVM during
 * the refresh, the context is closed, so the embedded redis-server stops with it, and the archive
 * also holds what the web server and the ready start load.
 */
@Component
@ConditionalOnBooleanProperty("bot.exit-when-ready")
class ExitWhenReady {

	private static final Log log = LogFactory.getLog(ExitWhenReady.class);

	private final java.util.function.IntConsumer exit;

	ExitWhenReady() {
		this(System::exit);
	}

	ExitWhenReady(java.util.function.IntConsumer exit) {
		this.exit = exit;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		log.info("Started once to write the class data archive; stopping");
		this.exit.accept(SpringApplication.exit(event.getApplicationContext()));
	}

}
