package org.talentbridge.bot.channel.telegram;

import java.io.Serializable;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Calls the Bot API with retries: a 429 waits out its retry_after, a server error or a broken
 * connection backs off and tries again; a refusal (400, 403) is final.
 */
class TelegramSender {

	private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);

	static final int ATTEMPTS = 4;

	static final Duration MAX_WAIT = Duration.ofSeconds(60);

	private final TelegramClient client;

	private final Duration firstBackoff;

	TelegramSender(TelegramClient client, Duration firstBackoff) {
		this.client = client;
		this.firstBackoff = firstBackoff;
	}

	<T extends Serializable> T execute(BotApiMethod<T> method) throws TelegramApiException {
		return withRetries(method.getMethod(), () -> this.client.execute(method));
	}

	/** A new request per attempt: a file's stream can be read only once. */
	org.telegram.telegrambots.meta.api.objects.message.Message execute(
			java.util.function.Supplier<org.telegram.telegrambots.meta.api.methods.send.SendDocument> document)
			throws TelegramApiException {
		return withRetries("sendDocument", () -> this.client.execute(document.get()));
	}

	Boolean execute(SetWebhook method) throws TelegramApiException {
		return withRetries(method.getMethod(), () -> this.client.execute(method));
	}

	/** One Bot API call; the client's own exceptions pass through. */
	@FunctionalInterface
	interface Call<T> {

		T run() throws TelegramApiException;

	}

	private <T> T withRetries(String name, Call<T> call) throws TelegramApiException {
		Duration backoff = this.firstBackoff;
		for (int attempt = 1;; attempt++) {
			try {
				return call.run();
			}
			catch (TelegramApiRequestException ex) {
				Integer code = ex.getErrorCode();
				boolean retry = code == null || code == 429 || code >= 500;
				if (!retry || attempt == ATTEMPTS) {
					throw ex;
				}
				Integer retryAfter = (ex.getParameters() != null) ? ex.getParameters().getRetryAfter() : null;
				Duration wait = (code != null && code == 429 && retryAfter != null) ? Duration.ofSeconds(retryAfter)
						: backoff;
				log.warn("Telegram {} answered {}; retrying in {} ms", name, code, wait.toMillis());
				sleep(wait);
				backoff = backoff.multipliedBy(2);
			}
			catch (TelegramApiException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
				log.warn("Telegram {} failed ({}); retrying in {} ms", name, ex.getClass().getSimpleName(),
						backoff.toMillis());
				sleep(backoff);
				backoff = backoff.multipliedBy(2);
			}
		}
	}

	private static void sleep(Duration wait) throws TelegramApiException {
		try {
			Thread.sleep(Math.min(wait.toMillis(), MAX_WAIT.toMillis()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new TelegramApiException("Interrupted while waiting to retry", ex);
		}
	}

}
