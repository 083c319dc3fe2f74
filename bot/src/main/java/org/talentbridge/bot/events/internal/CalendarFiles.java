package org.talentbridge.bot.events.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Reply.Attachment;
import org.talentbridge.bot.events.Event;

/**
 * The .ics file of an event. Times are written in UTC, which every calendar converts to the
 * reader's zone, so no VTIMEZONE block is needed.
 */
@Component
class CalendarFiles {

	static final String MEDIA_TYPE = "text/calendar";

	private final Clock clock;

	CalendarFiles(Clock clock) {
		this.clock = clock;
	}

	static String link(String eventId, Language language) {
		return "/events/" + eventId + ".ics?lang=" + language.code();
	}

	Attachment attachment(Event event, Language language) {
		return new Attachment(event.id() + ".ics", MEDIA_TYPE, ics(event, language), link(event.id(), language));
	}

	byte[] ics(Event event, Language language) {
		VEvent vevent = new VEvent(utc(event.startsAt()), utc(event.endsAt()), event.title(language));
		vevent.add(new Uid(event.id() + "@talentbridge.bot"));
		vevent.add(new Location(event.venue() + ", " + event.city()));
		String description = event.description(language);
		if (!description.isBlank()) {
			vevent.add(new Description(description));
		}
		Status status = (event.status() == Event.Status.CANCELLED) ? ImmutableStatus.VEVENT_CANCELLED
				: ImmutableStatus.VEVENT_CONFIRMED;
		vevent.add(status);
		vevent.replace(new net.fortuna.ical4j.model.property.DtStamp(utc(this.clock.instant())));
		Calendar calendar = new Calendar().withProdId("-//Talent Bridge//Event bot//EN")
			.withDefaults()
			.withComponent(vevent)
			.getFluentTarget();
		try {
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			new CalendarOutputter().output(calendar, out);
			return out.toByteArray();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** An Instant is written as UTC ("20261203T163000Z"), with no TZID parameter. */
	private static Instant utc(Instant instant) {
		return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
	}

}
