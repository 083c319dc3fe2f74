package org.talentbridge.bot.events;

import java.util.List;

/** What staff do with events: create, change and cancel, with everyone affected told. */
public interface EventManagement {

	/** @throws IllegalArgumentException when the id is taken */
	Event create(Event event);

	/**
	 * Replaces an event. A larger capacity moves people up from the waitlist; a smaller one keeps
	 * those who already have a seat.
	 * @throws java.util.NoSuchElementException when there is no such event
	 */
	Event change(Event event);

	/**
	 * Cancels the event and tells everyone signed up or waiting.
	 * @return the people told
	 * @throws java.util.NoSuchElementException when there is no such event
	 */
	List<String> cancel(String eventId);

}
