package org.talentbridge.bot.events;

import java.util.List;
import java.util.Optional;

/**
 * Seats and the waitlist of each event. Every change is one atomic step in Redis, so an event is
 * never overbooked, however many people and bot instances sign up at once.
 */
public interface Signups {

	/** Takes a seat, or a place on the waitlist when the event is full; a repeat changes nothing. */
	SignupResult signUp(String eventId, String userId, String name, @org.jspecify.annotations.Nullable String email);

	/**
	 * Gives up a seat or a waitlist place. A freed seat goes to the first person waiting, who is
	 * told.
	 * @return whether the person was on the list
	 */
	boolean cancel(String eventId, String userId);

	/** Confirmed attendees in signup order. */
	List<Attendee> attendees(String eventId);

	/** Waiting people, first in line first. */
	List<Attendee> waitlist(String eventId);

	/** The person's signups: event id and their status in it. */
	List<MySignup> of(String userId);

	/** @return the attendee checked in, empty when they are not confirmed for the event */
	Optional<Attendee> checkIn(String eventId, String userId);

	/**
	 * @param eventId the event
	 * @param waitlistPosition 0 when the person has a seat, else their place in the queue
	 */
	record MySignup(String eventId, int waitlistPosition) {

	}

}
