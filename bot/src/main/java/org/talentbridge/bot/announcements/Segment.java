package org.talentbridge.bot.announcements;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.talentbridge.bot.conversation.Channel;

/**
 * Who an announcement is for, always among the people who opted in to news.
 *
 * @param kind see {@link Kind}
 * @param value the event id for {@link Kind#EVENT}, DK or SE for {@link Kind#COUNTRY}, a sector
 * tag for {@link Kind#SECTOR}; null otherwise
 * @param channels only these channels; empty for all
 */
public record Segment(Kind kind, @Nullable String value, Set<Channel> channels) {

	public Segment {
		channels = Set.copyOf(channels);
		if ((kind == Kind.EVENT || kind == Kind.COUNTRY || kind == Kind.SECTOR) && (value == null || value.isBlank())) {
			throw new IllegalArgumentException(kind.name().toLowerCase(Locale.ROOT) + " needs a value");
		}
	}

	public static Segment everyone() {
		return new Segment(Kind.EVERYONE, null, Set.of());
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
