package org.talentbridge.bot.channel.internal;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Tells a send that certainly did not reach the platform from one that may have: only the first
 * may be sent again without risking the same message twice.
 */
public final class NetworkFailures {

	private NetworkFailures() {
	}

	/**
	 * True when no request reached the platform: the name did not resolve, the connection was
	 * refused or could not be made in time. Anything else that broke off a request (above all a
	 * read timeout) may have come after the platform took the message.
	 */
	public static boolean notSent(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException || cause instanceof UnknownHostException
					|| cause instanceof NoRouteToHostException) {
				return true;
			}
			if (cause instanceof SocketTimeoutException timeout
					&& String.valueOf(timeout.getMessage()).toLowerCase(Locale.ROOT).contains("connect")) {
				return true;
			}
		}
		return false;
	}

}
