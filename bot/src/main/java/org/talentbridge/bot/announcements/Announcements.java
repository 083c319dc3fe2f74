package org.talentbridge.bot.announcements;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.talentbridge.bot.conversation.Language;

/** What staff do with announcements: draft, preview, send or schedule, and follow delivery. */
public interface Announcements {

	/** A draft; nothing is sent. */
	Announcement draft(Map<Language, String> text, Segment segment);

	/** How many opted-in people the segment reaches right now. */
	int recipients(Segment segment);

	/**
	 * Sends the draft now ({@code at} null or past) or at {@code at}.
	 * @throws IllegalStateException when it is not a draft any more
	 * @throws java.util.NoSuchElementException when there is no such announcement
	 */
	Announcement send(String id, @org.jspecify.annotations.Nullable Instant at);

	Optional<Announcement> find(String id);

	/** Newest first. */
	List<Announcement> all();

}
