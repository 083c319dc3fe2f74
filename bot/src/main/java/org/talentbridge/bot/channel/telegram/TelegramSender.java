package org.talentbridge.bot.channel.telegram;

import java.io.Serializable;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.talentbridge.bot.conversation.BotActivity;
import org.talentbridge.bot.conversation.BotActivity.Kind;
import org.talentbridge.bot.conversation.BotActivity.Result;
import org.talentbridge.bot.conversation.Channel;

/**
 * Calls the Bot API with retries, but only of what certainly did not reach Telegram: a 429 waits
 * out its retry_after, a server error (an answer that says it failed) or a connection that could
 * not be made backs off and tries again; a refusal (400, 403) is final. A request that went out
 * and got no answer (a read timeout, a connection dropped mid-answer) is not sent again: Telegram
 * may have delivered it, and a second send would give the person the message twice. Messages sent
 * with {@link #send} are counted with what became of them, and every 429 on the way.
 */
class TelegramSender {

	private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);

	static final int ATTEMPTS = 4;

	static final Duration MAX_WAIT = Duration.ofSeconds(60);

	private final TelegramClient client;

	private final Duration firstBackoff;

	private final BotActivity activity;

	TelegramSender(TelegramClient client, Duration firstBackoff) {
		this(client, firstBackoff, BotActivity.NONE);
	}

	TelegramSender(TelegramClient client, Duration firstBackoff, BotActivity activity) {
		this.client = client;
		this.firstBackoff = firstBackoff;
		this.activity = activity;
	}

	/** A message to a person or a channel, counted as {@code kind}. */
	<T extends Serializable> T send(BotApiMethod<T> method, Kind kind) throws TelegramApiException {
		return counted(kind, () -> withRetries(method.getMethod(), () -> this.client.execute(method), kind));
	}

	/** A file to a person, counted as {@code kind}; a new request per attempt. */
	org.telegram.telegrambots.meta.api.objects.message.Message send(
			java.util.function.Supplier<org.telegram.telegrambots.meta.api.methods.send.SendDocument> document, Kind kind)
			throws TelegramApiException {
		return counted(kind, () -> withRetries("sendDocument", () -> this.client.execute(document.get()), kind));
	}

	private <T> T counted(Kind kind, Call<T> call) throws TelegramApiException {
		try {
			T result = call.run();
			this.activity.delivered(Channel.TELEGRAM, kind, Result.SENT);
			return result;
		}
		catch (TelegramApiRequestException ex) {
			Result result = (ex.getErrorCode() == null) ? Result.UNKNOWN
					: Integer.valueOf(403).equals(ex.getErrorCode()) ? Result.BLOCKED : Result.FAILED;
			this.activity.delivered(Channel.TELEGRAM, kind, result);
			throw ex;
		}
		catch (TelegramApiException ex) {
			// No answer from Telegram: the message may have arrived or not.
			this.activity.delivered(Channel.TELEGRAM, kind, notSent(ex) ? Result.FAILED : Result.UNKNOWN);
			throw ex;
		}
	}

	<T extends Serializable> T execute(BotApiMethod<T> method) throws TelegramApiException {
		return withRetries(method.getMethod(), () -> this.client.execute(method), null);
	}

	Boolean execute(SetWebhook method) throws TelegramApiException {
		return withRetries(method.getMethod(), () -> this.client.execute(method), null);
	}

	/** One Bot API call; the client's own exceptions pass through. */
	@FunctionalInterface
	interface Call<T> {

		T run() throws TelegramApiException;

	}

	private <T> T withRetries(String name, Call<T> call, @Nullable Kind kind) throws TelegramApiException {
		Duration backoff = this.firstBackoff;
		for (int attempt = 1;; attempt++) {
			try {
				return call.run();
			}
			catch (TelegramApiRequestException ex) {
				Integer code = ex.getErrorCode();
				if (kind != null && code != null && code == 429) {
					this.activity.delivered(Channel.TELEGRAM, kind, Result.RATE_LIMITED);
				}
				// Without an error code the answer was not the Bot API's (a proxy's page, a cut-off body).
				boolean retry = code != null && (code == 429 || code >= 500);
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
				if (attempt == ATTEMPTS || !notSent(ex)) {
					throw ex;
				}
				log.warn("Telegram {} failed ({}); retrying in {} ms", name, ex.getClass().getSimpleName(),
						backoff.toMillis());
				sleep(backoff);
				backoff = backoff.multipliedBy(2);
			}
		}
	}

	static boolean notSent(Throwable failure) {
		return org.talentbridge.bot.channel.internal.NetworkFailures.notSent(failure);
	}

	/** A 4xx other than 429: Telegram will refuse the same request again. */
	static boolean refusedForGood(TelegramApiRequestException ex) {
		Integer code = ex.getErrorCode();
		return code != null && code >= 400 && code < 500 && code != 429;
	}

	/** Thrown by a send that may have reached Telegram; see {@link #notSent}. */
	static boolean uncertain(TelegramApiException ex) {
		if (ex instanceof TelegramApiRequestException request) {
			return request.getErrorCode() == null;
		}
		return !notSent(ex);
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
