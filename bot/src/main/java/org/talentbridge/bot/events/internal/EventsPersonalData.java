package org.talentbridge.bot.events.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.PersonalData;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.conversation.Readable;
import org.talentbridge.bot.events.EventCatalog;
import org.talentbridge.bot.events.Signups.MySignup;

/** Names and signups; forgetting a person also frees their seats for the next in line. */
@Component
class EventsPersonalData implements PersonalData {

	private final RedisPeople people;

	private final RedisSignups signups;

	private final EventCatalog catalog;

	private final Phrases phrases;

	private final EventReminders reminders;

	EventsPersonalData(RedisPeople people, RedisSignups signups, EventCatalog catalog, Phrases phrases,
			EventReminders reminders) {
		this.people = people;
		this.signups = signups;
		this.catalog = catalog;
		this.phrases = phrases;
		this.reminders = reminders;
	}

	@Override
	public List<String> describe(String userId, Language language) {
		List<String> lines = new ArrayList<>();
		this.people.person(userId).ifPresent(person -> lines.add(this.phrases.get(language, "mydata.event-person",
				person.name(), (person.email() != null) ? ", " + person.email() : "",
				Readable.date(Instant.ofEpochMilli(person.consentAt()), language))));
		for (MySignup signup : this.signups.of(userId)) {
			String title = this.catalog.find(signup.eventId()).map(e -> e.title(language)).orElse(signup.eventId());
			lines.add((signup.waitlistPosition() == 0) ? this.phrases.get(language, "mydata.event-signup", title)
					: this.phrases.get(language, "mydata.event-waiting", title));
		}
		return lines;
	}

	@Override
	public void forget(String userId) {
		this.signups.forget(userId);
		this.people.forget(userId);
		this.reminders.forget(userId);
	}

}
