package org.talentbridge.bot.conversation;

import java.util.Optional;

/** Links that open a chat with the bot and send it a start command, for posters and QR codes. */
public interface DeepLinks {

	/**
	 * @param payload letters, digits, _ and -, for example "event_hellopenhagen-2027"
	 * @return the Telegram link https://t.me/&lt;bot&gt;?start=&lt;payload&gt;, when Telegram is on
	 */
	Optional<String> telegram(String payload);

}
