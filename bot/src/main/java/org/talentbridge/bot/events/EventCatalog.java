package org.talentbridge.bot.events;

import java.util.List;
import java.util.Optional;

/** The events, as staff last left them; kept in Redis so every instance sees the same. */
public interface EventCatalog {

	Optional<Event> find(String id);

	/** All events, soonest first, including past and cancelled ones. */
	List<Event> all();

	/** Events not yet over, open or cancelled, soonest first. */
	List<Event> upcoming();

	/** Creates or replaces an event; a larger capacity promotes people from the waitlist. */
	Event save(Event event);

}
