package org.talentbridge.bot.announcements.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.talentbridge.bot.announcements.Segment;
import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.events.Attendee;
import org.talentbridge.bot.events.Event;
import org.talentbridge.bot.events.EventCatalog;
import org.talentbridge.bot.events.Signups;
import org.talentbridge.bot.nudges.GraduateProfile;
import org.talentbridge.bot.nudges.Graduates;

/** Turns a segment into the opted-in people it reaches by direct message, in a stable order. */
@Component
class AudienceResolver {

	private final RedisNewsSubscriptions subscriptions;

	private final Graduates graduates;

	private final EventCatalog events;

	private final Signups signups;

	private final Clock clock;

	AudienceResolver(RedisNewsSubscriptions subscriptions, Graduates graduates, EventCatalog events, Signups signups,
			Clock clock) {
		this.subscriptions = subscriptions;
		this.graduates = graduates;
		this.events = events;
		this.signups = signups;
		this.clock = clock;
	}

	List<String> recipients(Segment segment) {
		Set<String> opted = this.subscriptions.subscribers();
		Set<String> chosen = switch (segment.kind()) {
			case EVERYONE -> opted;
			case STUDENTS, GRADUATES, COUNTRY -> {
				LocalDate today = LocalDate.now(this.clock);
				yield this.graduates.all().stream().filter(g -> switch (segment.kind()) {
					case STUDENTS -> !g.graduation().isBefore(today);
					case GRADUATES -> g.graduation().isBefore(today);
					default -> g.country().equalsIgnoreCase(segment.value());
				}).map(GraduateProfile::userId).collect(Collectors.toSet());
			}
			case EVENT -> people(List.of(segment.value()));
			case SECTOR -> people(this.events.all()
				.stream()
				.filter(e -> e.sectors().contains(segment.value().toLowerCase(java.util.Locale.ROOT)))
				.map(Event::id)
				.toList());
		};
		List<String> result = new ArrayList<>();
		for (String userId : chosen) {
			if (!opted.contains(userId)) {
				continue;
			}
			Channel channel = Channel.of(userId).orElse(null);
			if (channel != null && segment.messages(channel)) {
				result.add(userId);
			}
		}
		result.sort(null);
		return result;
	}

	private Set<String> people(List<String> eventIds) {
		Set<String> people = new HashSet<>();
		for (String eventId : eventIds) {
			this.signups.attendees(eventId).stream().map(Attendee::userId).forEach(people::add);
			this.signups.waitlist(eventId).stream().map(Attendee::userId).forEach(people::add);
		}
		return people;
	}

}
