package org.talentbridge.bot.channel.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import org.talentbridge.bot.BotApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** The start log says where the web chat and the console are, on the real port, and warns of nothing. */
@ExtendWith(OutputCaptureExtension.class)
class StartupLogTests {

	@Test
	void theStartLogNamesTheAddressesAndHasNoWarnings(CapturedOutput output) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BotApplication.class)
			.run("--server.port=0")) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			assertThat(port).isPositive();
			assertThat(output.getOut()).contains("Web chat on http://localhost:" + port + "/, staff console on http://localhost:"
					+ port + "/console");
			List<String> warnings = output.getOut().lines().filter(l -> l.contains(" WARN ") || l.contains(" ERROR ")).toList();
			assertThat(warnings).as("warnings at start").isEmpty();
		}
	}

	@Test
	void addressesFollowTheContextPath() {
		assertThat(WebAddresses.line(WebAddresses.base(9090, "")))
			.isEqualTo("Web chat on http://localhost:9090/, staff console on http://localhost:9090/console");
		assertThat(WebAddresses.line(WebAddresses.base(8081, "/bot/")))
			.isEqualTo("Web chat on http://localhost:8081/bot/, staff console on http://localhost:8081/bot/console");
	}

}
