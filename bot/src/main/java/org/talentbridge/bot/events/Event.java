package org.talentbridge.bot.events;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.talentbridge.bot.conversation.Language;

/**
 * One event of the programme.
 *
 * @param id lowercase letters, digits and hyphens, also used in links ("/start event_&lt;id&gt;")
 * @param title per language; English is required and stands in for a missing translation
 * @param description per language, as title
 * @param start local start time at the venue
 * @param end local end time
 * @param zone Europe/Copenhagen or Europe/Stockholm
 * @param capacity seats; more people go on the waitlist
 * @param signupDeadline no signups after this instant
 * @param audience who it is for
 * @param sectors tags such as medtech, biotech, foodtech, deep tech, tech
 */
public record Event(String id, Map<Language, String> title, Map<Language, String> description, LocalDateTime start,
		LocalDateTime end, ZoneId zone, String venue, String city, String country, int capacity, Instant signupDeadline,
		Set<Audience> audience, Set<String> sectors, Status status) {

	public static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{0,47}";

	public Event {
		title = copy(title);
		description = copy(description);
		audience = Set.copyOf(audience);
		sectors = Set.copyOf(sectors);
	}

	private static Map<Language, String> copy(Map<Language, String> texts) {
		return texts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(texts));
	}

	public String title(Language language) {
		return this.title.getOrDefault(language, this.title.getOrDefault(Language.EN, this.id));
	}

	public String description(Language language) {
		return this.description.getOrDefault(language, this.description.getOrDefault(Language.EN, ""));
	}

	public Instant startsAt() {
		return this.start.atZone(this.zone).toInstant();
	}

	public Instant endsAt() {
		return this.end.atZone(this.zone).toInstant();
	}

	/** Whether someone could sign up at {@code now}. */
	public boolean openAt(Instant now) {
		return this.status == Status.OPEN && now.isBefore(this.signupDeadline) && now.isBefore(startsAt());
	}

	public Event withStatus(Status status) {
		return new Event(this.id, this.title, this.description, this.start, this.end, this.zone, this.venue, this.city,
				this.country, this.capacity, this.signupDeadline, this.audience, this.sectors, status);
	}

	public enum Status {

		OPEN, CANCELLED

	}

	public enum Audience {

		STUDENTS, GRADUATES, RESEARCHERS, PARTNERS, EVERYONE

	}

}
