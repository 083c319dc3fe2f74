package org.talentbridge.bot.handoff;

import java.time.Instant;
import java.util.List;

import org.talentbridge.bot.conversation.ConversationHistory;
import org.talentbridge.bot.conversation.Language;

/**
 * A talent's question handed to staff.
 *
 * @param context the conversation before the handoff, for the staff member who answers
 * @param messages the thread itself, oldest first
 */
public record InboxThread(String id, String userId, Language language, Status status, Instant openedAt, Instant updatedAt,
		List<ConversationHistory.Line> context, List<Message> messages) {

	public enum Status {

		/** Waiting for staff. */
		OPEN,
		/** Staff answered; the talent may reply, which opens it again. */
		ANSWERED,
		/** Closed by the talent or staff. */
		CLOSED

	}

	/**
	 * @param fromStaff true for a staff answer
	 * @param author the staff member's name, or "talent"
	 */
	public record Message(Instant at, boolean fromStaff, String author, String text) {
	}

}
