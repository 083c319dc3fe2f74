package org.talentbridge.bot.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.IntentHandler;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Reply.Button;
import org.talentbridge.bot.conversation.Response;
import org.talentbridge.bot.conversation.Turn;
import org.talentbridge.bot.events.Attendee;
import org.talentbridge.bot.events.Event;
import org.talentbridge.bot.events.EventCatalog;
import org.talentbridge.bot.events.Signups;

/**
 * Staff commands in chat: "/staff" lists upcoming events with seats taken, "/attendees &lt;id&gt;"
 * lists who comes. The channel says who is staff (configured Telegram ids, a Discord role);
 * everyone else gets a polite refusal. Not in the command menus, which everyone sees.
 */
@Component
class StaffChatHandler implements IntentHandler {

	static final int MAX_NAMES = 200;

	private final EventCatalog catalog;

	private final Signups signups;

	private final Phrases phrases;

	StaffChatHandler(EventCatalog catalog, Signups signups, Phrases phrases) {
		this.catalog = catalog;
		this.signups = signups;
		this.phrases = phrases;
	}

	@Override
	public Set<String> intents() {
		return Set.of();
	}

	@Override
	public Set<String> commands() {
		return Set.of("/staff", "/attendees");
	}

	@Override
	public Response handle(Turn turn) {
		Language language = turn.language();
		if (!turn.message().staff()) {
			return Response.of(language, Reply.text(this.phrases.get(language, "staff.refused")));
		}
		return "/staff".equals(turn.intent()) ? overview(language) : attendees(language, turn.argument().strip());
	}

	private Response overview(Language language) {
		List<Event> events = this.catalog.upcoming();
		if (events.isEmpty()) {
			return Response.of(language, Reply.text(this.phrases.get(language, "staff.no-events")));
		}
		StringBuilder text = new StringBuilder(this.phrases.get(language, "staff.events")).append('\n');
		List<Button> buttons = new ArrayList<>();
		for (Event event : events) {
			int confirmed = this.signups.attendees(event.id()).size();
			int waiting = this.signups.waitlist(event.id()).size();
			text.append("\n- ").append(event.id()).append(": ")
				.append(this.phrases.get(language, "staff.event-line", event.title(language), confirmed, event.capacity(),
						waiting, event.status().name().toLowerCase(java.util.Locale.ROOT)));
			buttons.add(new Button(event.title(language), "/attendees " + event.id()));
		}
		return Response.of(language, new Reply(text.toString(), buttons.subList(0, Math.min(8, buttons.size()))));
	}

	private Response attendees(Language language, String id) {
		Event event = this.catalog.find(id).orElse(null);
		if (event == null) {
			return Response.of(language, Reply.text(this.phrases.get(language, "staff.unknown-event")));
		}
		List<Attendee> confirmed = this.signups.attendees(id);
		List<Attendee> waiting = this.signups.waitlist(id);
		StringBuilder text = new StringBuilder(this.phrases.get(language, "staff.attendees", event.title(language),
				confirmed.size(), event.capacity(), waiting.size()));
		int n = 0;
		for (Attendee a : confirmed) {
			if (++n > MAX_NAMES) {
				break;
			}
			text.append('\n').append(n).append(". ").append(a.name()).append((a.checkedInAt() != null) ? " ✓" : "");
		}
		if (!waiting.isEmpty()) {
			text.append("\n\n").append(this.phrases.get(language, "staff.waitlist"));
			int w = 0;
			for (Attendee a : waiting) {
				if (++w > MAX_NAMES) {
					break;
				}
				text.append('\n').append(w).append(". ").append(a.name());
			}
		}
		return Response.of(language, Reply.text(text.toString()));
	}

}
