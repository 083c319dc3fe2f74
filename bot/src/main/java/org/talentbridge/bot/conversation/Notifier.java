package org.talentbridge.bot.conversation;

/** Sends the bot's own messages to people, each in the channel they talk to the bot in. */
public interface Notifier {

	/**
	 * Never throws; the reason of a failure is logged, never the person's data.
	 * @return what became of the message
	 */
	Delivery send(String userId, Response response);

	enum Delivery {

		/** The platform took the message. */
		SENT,
		/** The person blocked the bot (or left); nothing is sent to them until they write again. */
		BLOCKED,
		/** The platform is down, refused the message or the channel is off: it did not arrive; trying again later may work. */
		FAILED,
		/** The platform refused the message for good (a 400): it did not arrive, and would be refused again. */
		REFUSED,
		/** No answer came in time: the message may have arrived or not, and is not sent again blindly. */
		UNKNOWN,
		/** The platform asked to slow down (Discord's 40003); nothing was sent, the same message may go after a pause. */
		THROTTLED;

		public boolean sent() {
			return this == SENT;
		}

	}

}
