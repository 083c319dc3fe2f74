package org.talentbridge.bot.conversation;

import java.util.Locale;

/**
 * What the bot did with each message and with each message it sent, for whoever counts it (the
 * {@code metrics} module). The conversation reports every reply it decides on; channels report
 * their sends. Calls sit on the reply's path, so implementations must be cheap and never throw.
 */
public interface BotActivity {

	/** One message handled: where it came from, what kind of reply it got, and how long that took. */
	void replied(Channel channel, Outcome outcome, long nanos);

	/** One message the bot sent (or tried to) on a platform. */
	void delivered(Channel platform, Kind kind, Result result);

	/** Counts nothing: for unit tests and contexts without metrics. */
	BotActivity NONE = new BotActivity() {

		@Override
		public void replied(Channel channel, Outcome outcome, long nanos) {
		}

		@Override
		public void delivered(Channel platform, Kind kind, Result result) {
		}

	};

	/** What kind of reply a message got. */
	enum Outcome {

		/** An article answered it. */
		ANSWERED,
		/** A question the knowledge base could not answer ("I don't know"). */
		UNKNOWN,
		/** A greeting, thanks, help and the like. */
		SMALLTALK,
		/** A command or a button (without an article). */
		COMMAND,
		/** An answer to an open form (a name, a date, consent). */
		FORM,
		/** A feature's intent in words: "sign me up for...", "talk to a person", "I found a job". */
		FEATURE,
		/** Over the flood limit: one notice, then silence. */
		LIMITED,
		/** Empty or too long. */
		INVALID,
		/** Handling failed; the person got an apology. */
		ERROR,
		/** Redis was unreachable; the channel apologises or the request fails. */
		UNAVAILABLE;

		private final String label = name().toLowerCase(Locale.ROOT);

		public String label() {
			return this.label;
		}

	}

	/** What the bot sent. */
	enum Kind {

		/** A reply to what the person wrote or pressed. */
		REPLY,
		/** The bot's own direct message: a reminder, a free seat, a nudge, news. */
		MESSAGE,
		/** A post in an announcements channel. */
		POST;

		private final String label = name().toLowerCase(Locale.ROOT);

		public String label() {
			return this.label;
		}

	}

	/** What became of a send. */
	enum Result {

		SENT("sent"),
		/** The platform refused it, or was down after the retries. */
		FAILED("failed"),
		/** The person blocked the bot (Telegram's 403, Discord's "cannot send to this user"). */
		BLOCKED("blocked"),
		/** The connection broke mid-call: the platform may or may not have the message. */
		UNKNOWN("unknown"),
		/** The platform asked to slow down (Telegram's 429, Discord's 40003); retried or paused, never dropped. */
		RATE_LIMITED("429");

		private final String label;

		Result(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
