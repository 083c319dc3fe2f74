package org.talentbridge.bot;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;

/**
 * The Talent Bridge bot. Each direct sub-package is a module: channels at the edge turn platform
 * events into {@code conversation} messages, and features answer them.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "store")
@org.springframework.scheduling.annotation.EnableScheduling
public class BotApplication {

	public static void main(String[] args) {
		SpringApplication.run(BotApplication.class, args);
	}

	/** The one clock every module reads time from, so tests can fix it. */
	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
