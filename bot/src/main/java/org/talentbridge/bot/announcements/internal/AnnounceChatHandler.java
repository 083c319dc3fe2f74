package org.talentbridge.bot.announcements.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.talentbridge.bot.announcements.Announcement;
import org.talentbridge.bot.announcements.Announcements;
import org.talentbridge.bot.announcements.Segment;
import org.talentbridge.bot.conversation.IntentHandler;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Reply.Button;
import org.talentbridge.bot.conversation.Response;
import org.talentbridge.bot.conversation.Turn;

/**
 * Staff announce from chat: "/announce students The fair is on 10 March" shows a preview with the
 * number of recipients and a Send button; nothing goes out before it is pressed. The text is sent
 * as written to everyone, whatever their language.
 */
@Component
class AnnounceChatHandler implements IntentHandler {

	private final Announcements announcements;

	private final Phrases phrases;

	AnnounceChatHandler(Announcements announcements, Phrases phrases) {
		this.announcements = announcements;
		this.phrases = phrases;
	}

	@Override
	public Set<String> intents() {
		return Set.of();
	}

	@Override
	public Set<String> commands() {
		return Set.of("/announce");
	}

	@Override
	public Response handle(Turn turn) {
		Language language = turn.language();
		if (!turn.message().staff()) {
			return say(language, "staff.refused");
		}
		String[] parts = turn.argument().strip().split("\\s+", 2);
		String first = parts[0].toLowerCase(Locale.ROOT);
		String rest = (parts.length > 1) ? parts[1].strip() : "";
		switch (first) {
			case "send" -> {
				return send(language, rest);
			}
			case "cancel" -> {
				return say(language, "announce.cancelled");
			}
			case "status" -> {
				return this.announcements.find(rest)
					.map(a -> say(language, "announce.status", a.id(), a.sent(), a.total(), a.failed(), a.blocked(), a.pending(),
							a.unknown()))
					.orElseGet(() -> say(language, "announce.unknown"));
			}
			default -> {
				Optional<Segment> segment = segment(first);
				if (segment.isEmpty() || rest.isBlank()) {
					return say(language, "announce.usage");
				}
				Announcement draft;
				try {
					draft = this.announcements.draft(Map.of(Language.EN, rest), this.announcements.withUsualPosts(segment.get()));
				}
				catch (IllegalArgumentException ex) {
					return say(language, "announce.usage");
				}
				return Response.of(language, new Reply(this.phrases.get(language, "announce.preview", draft.total(), first, rest),
						List.of(new Button(this.phrases.get(language, "announce.send.button"), "/announce send " + draft.id()),
								new Button(this.phrases.get(language, "announce.cancel.button"), "/announce cancel"))));
			}
		}
	}

	private Response send(Language language, String id) {
		try {
			Announcement started = this.announcements.send(id, null);
			return say(language, "announce.started", started.total(), started.id());
		}
		catch (java.util.NoSuchElementException ex) {
			return say(language, "announce.unknown");
		}
		catch (IllegalStateException ex) {
			return say(language, "announce.not-draft");
		}
	}

	/** "everyone", "students", "graduates", "event:&lt;id&gt;", "country:DK", "sector:medtech". */
	static Optional<Segment> segment(String text) {
		String[] kv = text.split(":", 2);
		try {
			Segment.Kind kind = Segment.Kind.valueOf(kv[0].toUpperCase(Locale.ROOT));
			String value = (kv.length > 1) ? kv[1] : null;
			if (kind == Segment.Kind.COUNTRY && value != null) {
				value = value.toUpperCase(Locale.ROOT);
			}
			return Optional.of(new Segment(kind, value, Set.of()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private Response say(Language language, String key, Object... args) {
		return Response.of(language, Reply.text(this.phrases.get(language, key, args)));
	}

}
