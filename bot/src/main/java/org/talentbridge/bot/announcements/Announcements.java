package org.talentbridge.bot.announcements;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Language;

/** What staff do with announcements: draft, preview, send or schedule, and follow delivery. */
public interface Announcements {

	/** A draft; nothing is sent. */
	Announcement draft(Map<Language, String> text, Segment segment);

	/** How many opted-in people the segment reaches right now by direct message (a post counts apart). */
	int recipients(Segment segment);

	/** The platforms with an announcements channel configured, with the channel's name as staff see it. */
	Map<Channel, String> postChannels();

	/**
	 * The segment with the posts used when staff did not choose: for everyone, a post in Discord's
	 * announcements channel when one is configured, since Discord's anti-spam blocks direct messages
	 * to many people at once. Telegram's channel only when chosen: there direct messages work.
	 */
	default Segment withUsualPosts(Segment segment) {
		boolean discord = segment.kind() == Segment.Kind.EVERYONE && postChannels().containsKey(Channel.DISCORD)
				&& (segment.channels().isEmpty() || segment.channels().contains(Channel.DISCORD));
		return discord ? segment.withPosts(java.util.EnumSet.of(Channel.DISCORD)) : segment;
	}

	/**
	 * Sends the draft now ({@code at} null or past) or at {@code at}.
	 * @throws IllegalStateException when it is not a draft any more
	 * @throws java.util.NoSuchElementException when there is no such announcement
	 */
	Announcement send(String id, @org.jspecify.annotations.Nullable Instant at);

	Optional<Announcement> find(String id);

	/** Newest first. */
	List<Announcement> all();

	/** Deliveries waiting in the stream, new or being sent, over all announcements (for monitoring). */
	long backlog();

}
