package org.talentbridge.bot.channel.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Where Telegram pushes updates in webhook mode. Only requests carrying the webhook secret are
 * read ({@link TelegramWebhookGuard} refuses the others before their body); anything else gets
 * 401 and is not processed.
 */
@RestController
@Conditional(TelegramConfiguration.TokenSet.class)
class TelegramWebhookController {

	static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

	// TelegramBots' own model classes are mapped with the Jackson 2 mapper they are written for.
	private final ObjectMapper telegramJson = new ObjectMapper()
		.configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

	private final TelegramProperties properties;

	private final TelegramAdapter adapter;

	TelegramWebhookController(TelegramProperties properties, TelegramAdapter adapter) {
		this.properties = properties;
		this.adapter = adapter;
	}

	@PostMapping(path = "/telegram/webhook", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> receive(@RequestHeader(name = SECRET_HEADER, required = false) @Nullable String secret,
			@RequestBody(required = false) @Nullable String body) {
		if (!this.properties.webhook()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).body("{\"error\":\"Webhook mode is off.\"}");
		}
		if (!TelegramWebhookGuard.rightSecret(secret, this.properties.secret())) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body("{\"error\":\"Wrong or missing secret token.\"}");
		}
		Update update;
		try {
			update = this.telegramJson.readValue(body == null ? "" : body, Update.class);
		}
		catch (Exception ex) {
			return ResponseEntity.badRequest().body("{\"error\":\"Not a Telegram update.\"}");
		}
		this.adapter.handle(update);
		return ResponseEntity.ok("{}");
	}

}
