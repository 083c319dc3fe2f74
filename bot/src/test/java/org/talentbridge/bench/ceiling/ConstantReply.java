package org.talentbridge.bench.ceiling;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ceiling of the benchmark: the bot's own web stack (Tomcat, its filters, the security chain,
 * Spring MVC, Jackson) answering {@code POST /api/chat/ceiling} with a constant reply of the chat's
 * JSON shape. It is no part of the bot: it lives in the test tree, outside the packages the bot
 * scans, and {@code bench.HttpLoadDriver} puts it on the packaged jar's class path (Spring Boot's
 * {@code PropertiesLauncher} with {@code loader.path}) for the benchmark run only.
 */
@AutoConfiguration
public class ConstantReply {

	/** Registered as a member of the auto-configuration. */
	@RestController
	static class Controller {

		private static final Reply REPLY = new Reply("en",
				List.of(new Text("A constant reply, the same for every question.", List.of(), null)), null);

		@PostMapping(path = "/api/chat/ceiling", consumes = MediaType.APPLICATION_JSON_VALUE,
				produces = MediaType.APPLICATION_JSON_VALUE)
		Reply chat(@RequestBody Question question) {
			return REPLY;
		}

	}

	/** The chat's request: the same fields as the bot's. */
	record Question(@Nullable String userId, @Nullable String text, @Nullable String language) {
	}

	record Reply(String language, List<Text> replies, @Nullable Object answer) {
	}

	record Text(String text, List<Object> buttons, @Nullable Object attachment) {
	}

}
