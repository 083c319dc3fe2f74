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
 * @param failed deliveries that failed on every attempt, for good
 * @param unknown deliveries that may have arrived or not: the platform gave no answer in time, so
 * they were not sent again
 * @param retrying deliveries that failed and wait for another attempt (part of {@link #pending()})
 */
public record Announcement(String id, Map<Language, String> text, Segment segment, Status status, Instant createdAt,
		@Nullable Instant sendAt, int total, int sent, int failed, int blocked, int unknown, int retrying) {

	public Announcement(String id, Map<Language, String> text, Segment segment, Status status, Instant createdAt,
			@Nullable Instant sendAt, int total) {
		this(id, text, segment, status, createdAt, sendAt, total, 0, 0, 0, 0, 0);
	}

	public int pending() {
		return Math.max(0, this.total - this.sent - this.failed - this.blocked - this.unknown);
	}

	/** Deliveries that are settled, one way or another. */
	public int finished() {
		return this.sent + this.failed + this.blocked + this.unknown;
	}

	public enum Status {

		DRAFT, SCHEDULED, SENDING, DONE, CANCELLED

	}

}
