package org.talentbridge.bot.announcements;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.talentbridge.bot.conversation.Channel;

/**
 * Who an announcement is for, always among the people who opted in to news, and how it reaches them.
 *
 * @param kind see {@link Kind}
 * @param value the event id for {@link Kind#EVENT}, DK or SE for {@link Kind#COUNTRY}, a sector
 * tag for {@link Kind#SECTOR}; null otherwise
 * @param channels only these channels; empty for all
 * @param posts channels whose announcements channel gets one post instead of a direct message to
 * each person there; only for {@link Kind#EVERYONE}, since a post reaches everyone who follows it
 */
public record Segment(Kind kind, @Nullable String value, Set<Channel> channels, Set<Channel> posts) {

	public Segment {
		channels = Set.copyOf(channels);
		posts = Set.copyOf(posts);
		if ((kind == Kind.EVENT || kind == Kind.COUNTRY || kind == Kind.SECTOR) && (value == null || value.isBlank())) {
			throw new IllegalArgumentException(kind.name().toLowerCase(Locale.ROOT) + " needs a value");
		}
		if (!posts.isEmpty() && kind != Kind.EVERYONE) {
			throw new IllegalArgumentException("post goes to everyone in the announcements channel, so only with the segment everyone");
		}
		if (!channels.isEmpty() && !channels.containsAll(posts)) {
			throw new IllegalArgumentException("post names a channel the segment leaves out");
		}
	}

	/** Direct messages only. */
	public Segment(Kind kind, @Nullable String value, Set<Channel> channels) {
		this(kind, value, channels, Set.of());
	}

	public static Segment everyone() {
		return new Segment(Kind.EVERYONE, null, Set.of());
	}

	/** The same people, reached through these posts. */
	public Segment withPosts(Set<Channel> posts) {
		return new Segment(this.kind, this.value, this.channels, posts);
	}

	/** Whether the person on {@code channel} is reached by a direct message (not by a post). */
	public boolean messages(Channel channel) {
		return (this.channels.isEmpty() || this.channels.contains(channel)) && !this.posts.contains(channel);
	}

	public enum Kind {

		/** Everyone opted in. */
		EVERYONE,
		/** Opted-in people with a graduate profile whose graduation is ahead. */
		STUDENTS,
		/** Opted-in people whose graduation has passed. */
		GRADUATES,
		/** Opted-in people signed up for (or waiting for) an event. */
		EVENT,
		/** Opted-in people studying in DK or SE. */
		COUNTRY,
		/** Opted-in people signed up for an event with this sector tag. */
		SECTOR

	}

}
