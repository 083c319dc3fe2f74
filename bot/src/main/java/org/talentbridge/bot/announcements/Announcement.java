package org.talentbridge.bot.announcements;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.talentbridge.bot.conversation.Language;

/**
 * One announcement and how far its delivery has come.
 *
 * @param text per language; English is required and stands in for a missing translation
 * @param sendAt when it goes out; null while it is a draft
 * @param total recipients when delivery started (the preview count before)
 */
public record Announcement(String id, Map<Language, String> text, Segment segment, Status status, Instant createdAt,
		@Nullable Instant sendAt, int total, int sent, int failed, int blocked) {

	public int pending() {
		return Math.max(0, this.total - this.sent - this.failed - this.blocked);
	}

	public enum Status {

		DRAFT, SCHEDULED, SENDING, DONE, CANCELLED

	}

}
