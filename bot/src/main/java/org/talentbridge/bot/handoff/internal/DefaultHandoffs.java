package org.talentbridge.bot.handoff.internal;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.FollowUps;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Notifier;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Reply.Button;
import org.talentbridge.bot.conversation.Response;
import org.talentbridge.bot.handoff.Handoffs;
import org.talentbridge.bot.handoff.InboxThread;
import org.talentbridge.bot.handoff.InboxThread.Message;
import org.talentbridge.bot.handoff.InboxThread.Status;

@Component
class DefaultHandoffs implements Handoffs {

	/** The author of an answer signed by the team, as the thread shows it. */
	static final String TEAM = "Talent Bridge team";

	private final RedisThreads threads;

	private final Notifier notifier;

	private final FollowUps followUps;

	private final Phrases phrases;

	private final Clock clock;

	DefaultHandoffs(RedisThreads threads, Notifier notifier, FollowUps followUps, Phrases phrases, Clock clock) {
		this.threads = threads;
		this.notifier = notifier;
		this.followUps = followUps;
		this.phrases = phrases;
		this.clock = clock;
	}

	@Override
	public List<InboxThread> inbox() {
		return this.threads.inbox();
	}

	@Override
	public Optional<InboxThread> find(String id) {
		return this.threads.find(id);
	}

	@Override
	public boolean answer(String id, String signature, String text) {
		InboxThread thread = this.threads.find(id).orElseThrow(() -> new NoSuchElementException(id));
		if (thread.status() == Status.CLOSED) {
			throw new IllegalStateException("Thread " + id + " is closed");
		}
		String name = signature.strip();
		this.threads.add(id, new Message(this.clock.instant(), true, name.isEmpty() ? TEAM : name, text));
		this.threads.status(id, Status.ANSWERED);
		Language language = thread.language();
		String signed = name.isEmpty() ? this.phrases.get(language, "handoff.answer.team", text)
				: this.phrases.get(language, "handoff.answer", name, text);
		Response answer = Response.of(language, new Reply(signed,
				List.of(new Button(this.phrases.get(language, "handoff.reply.button"), "/human reply " + id),
						new Button(this.phrases.get(language, "handoff.close.button"), "/human close " + id))));
		boolean sent = this.notifier.send(thread.userId(), answer).sent();
		// The talent can simply write back; it lands in this thread.
		this.followUps.expect(thread.userId(), "/human add " + id);
		return sent;
	}

	@Override
	public void close(String id) {
		this.threads.status(id, Status.CLOSED);
	}

}
