package org.talentbridge.bot.conversation;

/**
 * Makes the person's next plain message continue a command, as {@link Response#expecting()} does
 * for a reply, but for messages the bot sends on its own (a staff answer the talent replies to).
 */
public interface FollowUps {

	void expect(String userId, String command);

}
