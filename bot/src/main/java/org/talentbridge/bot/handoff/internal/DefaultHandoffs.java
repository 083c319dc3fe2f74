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
	public boolean answer(String id, String staffName, String text) {
		InboxThread thread = this.threads.find(id).orElseThrow(() -> new NoSuchElementException(id));
		if (thread.status() == Status.CLOSED) {
			throw new IllegalStateException("Thread " + id + " is closed");
		}
		this.threads.add(id, new Message(this.clock.instant(), true, staffName, text));
		this.threads.status(id, Status.ANSWERED);
		Language language = thread.language();
		Response answer = Response.of(language, new Reply(this.phrases.get(language, "handoff.answer", staffName, text),
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
