package org.talentbridge.bot.channel.discord;

import java.io.IOException;

import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.RestAction;

import org.talentbridge.bot.channel.internal.NetworkFailures;
import org.talentbridge.bot.conversation.BotActivity;
import org.talentbridge.bot.conversation.BotActivity.Kind;
import org.talentbridge.bot.conversation.BotActivity.Result;
import org.talentbridge.bot.conversation.Channel;

/**
 * Sends one Discord message and counts what became of it. JDA waits out Discord's HTTP 429s
 * itself, so the 429 counted here is Discord's 40003 ("opening direct messages too fast").
 */
final class DiscordSends {

	private final BotActivity activity;

	DiscordSends(BotActivity activity) {
		this.activity = activity;
	}

	<T> T complete(RestAction<T> action, Kind kind) {
		try {
			T result = action.complete();
			this.activity.delivered(Channel.DISCORD, kind, Result.SENT);
			return result;
		}
		catch (ErrorResponseException ex) {
			this.activity.delivered(Channel.DISCORD, kind, result(ex));
			throw ex;
		}
		catch (RuntimeException ex) {
			this.activity.delivered(Channel.DISCORD, kind, Result.FAILED);
			throw ex;
		}
	}

	/** Discord answered and refused (a missing permission, an unknown channel): the same request would be refused again. */
	static boolean refusedForGood(ErrorResponseException ex) {
		net.dv8tion.jda.api.requests.Response response = ex.getResponse();
		int status = (response != null) ? response.code : 0;
		return !(ex.getCause() instanceof IOException) && status >= 400 && status < 500 && status != 429
				&& ex.getErrorResponse() != ErrorResponse.OPEN_DM_TOO_FAST;
	}

	/** Thrown by a message send that may have reached Discord: see {@link #result}. */
	static boolean uncertain(ErrorResponseException ex) {
		return result(ex) == Result.UNKNOWN;
	}

	/** A step before the message (opening the direct message channel): counted only when it fails. */
	<T> T prepare(RestAction<T> action, Kind kind) {
		try {
			return action.complete();
		}
		catch (ErrorResponseException ex) {
			this.activity.delivered(Channel.DISCORD, kind, result(ex));
			throw ex;
		}
		catch (RuntimeException ex) {
			this.activity.delivered(Channel.DISCORD, kind, Result.FAILED);
			throw ex;
		}
	}

	static Result result(ErrorResponseException ex) {
		ErrorResponse response = ex.getErrorResponse();
		if (response == ErrorResponse.OPEN_DM_TOO_FAST) {
			return Result.RATE_LIMITED;
		}
		if (response == ErrorResponse.CANNOT_SEND_TO_USER || response == ErrorResponse.UNKNOWN_USER) {
			return Result.BLOCKED;
		}
		// JDA reports a broken connection as a server error caused by the IOException: unless the
		// connection was never made, Discord may have taken the message.
		return (ex.getCause() instanceof IOException io && !NetworkFailures.notSent(io)) ? Result.UNKNOWN : Result.FAILED;
	}

}
