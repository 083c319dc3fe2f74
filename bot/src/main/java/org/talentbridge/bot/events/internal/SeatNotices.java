package org.talentbridge.bot.events.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Notifier;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Response;
import org.talentbridge.bot.conversation.UserProfiles;
import org.talentbridge.bot.events.Event;
import org.talentbridge.bot.events.EventCatalog;

/** Messages the bot sends on its own about an event: a seat became free, the event was cancelled, a reminder. */
@Component
class SeatNotices {

	private final Notifier notifier;

	private final UserProfiles profiles;

	private final Phrases phrases;

	private final EventCatalog catalog;

	private final CalendarFiles calendar;

	SeatNotices(Notifier notifier, UserProfiles profiles, Phrases phrases, EventCatalog catalog, CalendarFiles calendar) {
		this.notifier = notifier;
		this.profiles = profiles;
		this.phrases = phrases;
		this.catalog = catalog;
		this.calendar = calendar;
	}

	Language languageOf(String userId) {
		return this.profiles.languageOf(userId);
	}

	void seatFreed(String eventId, String userId) {
		this.catalog.find(eventId).ifPresent(event -> {
			Language language = languageOf(userId);
			String text = this.phrases.get(language, "events.promoted", event.title(language),
					EventTexts.when(event, language));
			this.notifier.send(userId, Response.of(language,
					new Reply(text, List.of(), this.calendar.attachment(event, language))));
		});
	}

	void cancelled(Event event, String userId) {
		Language language = languageOf(userId);
		this.notifier.send(userId, Response.of(language, Reply.text(this.phrases.get(language, "events.cancelled-notice",
				event.title(language), EventTexts.when(event, language)))));
	}

	boolean reminder(Event event, String userId, String kind) {
		Language language = languageOf(userId);
		String text = this.phrases.get(language, "events.reminder." + kind, event.title(language),
				EventTexts.when(event, language), event.venue() + ", " + event.city());
		return this.notifier.send(userId, Response.of(language, new Reply(text,
				List.of(new Reply.Button(this.phrases.get(language, "events.reminders-off.button"), "/reminders off")))))
			.sent();
	}

}
