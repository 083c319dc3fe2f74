package org.talentbridge.bot.handoff.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.ConversationHistory;
import org.talentbridge.bot.conversation.IntentHandler;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.MenuCommand;
import org.talentbridge.bot.conversation.PersonalData;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Reply.Button;
import org.talentbridge.bot.conversation.Response;
import org.talentbridge.bot.conversation.Turn;
import org.talentbridge.bot.handoff.InboxThread;
import org.talentbridge.bot.handoff.InboxThread.Message;
import org.talentbridge.bot.handoff.InboxThread.Status;

/**
 * "Talk to a person" in any language, "/human", or the "Ask a person" button after "I don't know":
 * opens a thread for staff with the question and the recent conversation. While it is open, the
 * talent's messages go to the thread; "/human close" ends it.
 */
@Component
class HandoffHandler implements IntentHandler, PersonalData {

	static final int MAX_TEXT = 2000;

	private final RedisThreads threads;

	private final ConversationHistory history;

	private final OfficeHours hours;

	private final Phrases phrases;

	private final Clock clock;

	HandoffHandler(RedisThreads threads, ConversationHistory history, OfficeHours hours, Phrases phrases, Clock clock) {
		this.threads = threads;
		this.history = history;
		this.hours = hours;
		this.phrases = phrases;
		this.clock = clock;
	}

	@Override
	public Set<String> intents() {
		return Set.of("handoff");
	}

	@Override
	public Set<String> commands() {
		return Set.of("/human");
	}

	@Override
	public List<MenuCommand> menu() {
		return List.of(new MenuCommand("human", "menu.human", "menu.human.argument"));
	}

	@Override
	public Response handle(Turn turn) {
		if ("handoff".equals(turn.intent())) {
			return open(turn, "");
		}
		String[] parts = turn.argument().strip().split("\\s+", 3);
		String step = parts[0].toLowerCase(Locale.ROOT);
		return switch (step) {
			case "add" -> add(turn, (parts.length > 1) ? parts[1] : "", (parts.length > 2) ? parts[2] : "");
			case "reply" -> Response.of(turn.language(), Reply.text(this.phrases.get(turn.language(), "handoff.write")))
				.expecting("/human add " + ((parts.length > 1) ? parts[1] : ""));
			case "close" -> close(turn, (parts.length > 1) ? parts[1] : "");
			default -> {
				Optional<String> open = this.threads.openOf(turn.userId());
				yield open.isPresent() && !turn.argument().isBlank() ? add(turn, open.get(), turn.argument())
						: open(turn, turn.argument());
			}
		};
	}

	private Response open(Turn turn, String question) {
		Language language = turn.language();
		Optional<String> already = this.threads.openOf(turn.userId());
		if (already.isPresent()) {
			return waiting(language, already.get(), "handoff.already");
		}
		List<ConversationHistory.Line> context = this.history.recent(turn.userId());
		String text = question.isBlank() ? lastQuestion(context, turn) : question;
		if (text.codePointCount(0, text.length()) > MAX_TEXT) {
			text = text.substring(0, text.offsetByCodePoints(0, MAX_TEXT));
		}
		InboxThread thread = this.threads.open(turn.userId(), language, context, text);
		return waiting(language, thread.id(), this.hours.open() ? "handoff.opened.now" : "handoff.opened.later");
	}

	/** The question that got "I don't know", or what the person asked last. */
	private static String lastQuestion(List<ConversationHistory.Line> context, Turn turn) {
		for (int i = context.size() - 1; i >= 0; i--) {
			ConversationHistory.Line line = context.get(i);
			if (line.fromPerson() && !line.text().startsWith("/")) {
				return line.text();
			}
		}
		return turn.message().text().startsWith("/") ? "(no question written yet)" : turn.message().text();
	}

	private Response waiting(Language language, String id, String key) {
		OfficeHours.Settings s = this.hours.settings();
		return Response.of(language, new Reply(this.phrases.get(language, key, s.from(), s.until()),
				List.of(new Button(this.phrases.get(language, "handoff.close.button"), "/human close " + id))))
			.expecting("/human add " + id);
	}

	private Response add(Turn turn, String id, String text) {
		Optional<InboxThread> thread = this.threads.find(id).filter(t -> t.userId().equals(turn.userId()));
		if (thread.isEmpty() || thread.get().status() == Status.CLOSED) {
			return open(turn, text);
		}
		if (text.isBlank()) {
			return Response.of(turn.language(), Reply.text(this.phrases.get(turn.language(), "handoff.write")))
				.expecting("/human add " + id);
		}
		String kept = (text.codePointCount(0, text.length()) > MAX_TEXT) ? text.substring(0, text.offsetByCodePoints(0, MAX_TEXT)) : text;
		this.threads.add(id, new Message(this.clock.instant(), false, "talent", kept));
		this.threads.status(id, Status.OPEN);
		return waiting(turn.language(), id, "handoff.added");
	}

	private Response close(Turn turn, String id) {
		Optional<InboxThread> thread = this.threads.find(id).filter(t -> t.userId().equals(turn.userId()));
		if (thread.isEmpty()) {
			thread = this.threads.openOf(turn.userId()).flatMap(this.threads::find);
		}
		thread.ifPresent(t -> this.threads.status(t.id(), Status.CLOSED));
		return Response.of(turn.language(), Reply.text(this.phrases.get(turn.language(), "handoff.closed")));
	}

	@Override
	public List<String> describe(String userId, Language language) {
		int count = this.threads.threadsOf(userId).size();
		return (count == 0) ? List.of() : List.of(this.phrases.count(language, "mydata.handoff", count));
	}

	@Override
	public void forget(String userId) {
		this.threads.forget(userId);
	}

}
