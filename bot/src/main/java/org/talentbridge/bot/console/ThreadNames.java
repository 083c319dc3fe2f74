package org.talentbridge.bot.console;

import java.util.Locale;

import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.events.Attendee;
import org.talentbridge.bot.events.Signups;
import org.talentbridge.bot.handoff.InboxThread;

/**
 * Who an inbox thread is from, as staff can tell people apart: the name they gave when signing up
 * for an event, else their channel and a short tag of their id ("Web chat talent 3f2a").
 */
@Component
public class ThreadNames {

	private final Signups signups;

	ThreadNames(Signups signups) {
		this.signups = signups;
	}

	public String name(InboxThread thread) {
		String userId = thread.userId();
		for (Signups.MySignup signup : this.signups.of(userId)) {
			java.util.List<Attendee> people = new java.util.ArrayList<>(this.signups.attendees(signup.eventId()));
			people.addAll(this.signups.waitlist(signup.eventId()));
			for (Attendee a : people) {
				if (a.userId().equals(userId) && !a.name().isBlank()) {
					return a.name();
				}
			}
		}
		String id = Channel.platformId(userId);
		String tag = id.substring(Math.max(0, id.length() - 4)).toLowerCase(Locale.ROOT);
		return channel(thread) + " talent " + tag;
	}

	public String channel(InboxThread thread) {
		return switch (Channel.of(thread.userId()).orElse(Channel.WEB)) {
			case WEB -> "Web chat";
			case TELEGRAM -> "Telegram";
			case DISCORD -> "Discord";
		};
	}

}
