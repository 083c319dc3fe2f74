package org.talentbridge.bot.events.internal;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.events.Event;

/** How an event's time reads in each language: "Thursday 3 December 2026, 17:30 (Lund time)". */
final class EventTexts {

	private EventTexts() {
	}

	static Locale locale(Language language) {
		return switch (language) {
			case EN -> Locale.UK;
			case SV -> Locale.forLanguageTag("sv-SE");
			case DA -> Locale.forLanguageTag("da-DK");
		};
	}

	static String when(Event event, Language language) {
		Locale locale = locale(language);
		String day = event.start().format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale));
		String from = event.start().format(DateTimeFormatter.ofPattern("HH:mm", locale));
		String to = event.end().format(DateTimeFormatter.ofPattern("HH:mm", locale));
		return day + ", " + from + "–" + to;
	}

	static String shortWhen(Event event, Language language) {
		return event.start().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale(language)));
	}

}
