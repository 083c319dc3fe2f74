package org.talentbridge.bot.conversation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Writes what every message leaves besides its history (who wrote when, that they have not blocked
 * the bot, the day's figures) after the reply has gone, in batches: a few commands for many
 * messages instead of a round trip per message on the reply's path. The history itself goes with
 * the reply's own round trip ({@link ConversationStore#settle}).
 * Nothing is dropped: when the queue is full the caller writes itself, and stopping the bot writes
 * what is still queued.
 * <p>
 * After the first message of a batch the writer lingers a few milliseconds for more: without it, at
 * a steady trickle each batch held one or two messages, and each paid its own round trip,
 * commands and wake-up, competing with the replies for the CPU.
 */
@Component
class SeenWriter implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SeenWriter.class);

	static final int CAPACITY = 10_000;

	static final int BATCH = 256;

	static final long LINGER_MILLIS = 20;

	private final ConversationStore store;

	private final java.time.Clock clock;

	private final BlockingQueue<ConversationStore.Seen> queue = new ArrayBlockingQueue<>(CAPACITY);

	/** Held while a batch is taken and written; guards {@link #pending}. */
	private final Object writing = new Object();

	/** The batch being gathered: taken from the queue, not yet written. */
	private final List<ConversationStore.Seen> pending = new ArrayList<>(BATCH);

	private volatile boolean running;

	/** The writer waits for a first message, outside the lock: one queued now must wake it. */
	private volatile boolean idle;

	private volatile @Nullable Thread thread;

	private final long lingerMillis;

	@org.springframework.beans.factory.annotation.Autowired
	SeenWriter(ConversationStore store, java.time.Clock clock) {
		this(store, clock, LINGER_MILLIS);
	}

	SeenWriter(ConversationStore store, java.time.Clock clock, long lingerMillis) {
		this.store = store;
		this.clock = clock;
		this.lingerMillis = lingerMillis;
	}

	/** A message, answered or not (past the flood limit, empty): it counts, and says who wrote. */
	void seen(String userId) {
		queue(new ConversationStore.Seen(userId, this.clock.millis()));
	}

	private void queue(ConversationStore.Seen message) {
		if (!this.running || !this.queue.offer(message)) {
			this.store.remember(List.of(message));
		}
		else if (this.idle) {
			Thread writer = this.thread;
			if (writer != null) {
				LockSupport.unpark(writer);
			}
		}
	}

	@Override
	public void start() {
		this.running = true;
		Thread writer = new Thread(this::drainLoop, "seen-writer");
		writer.setDaemon(true);
		// Known before it runs, so the first message queued can wake it.
		this.thread = writer;
		writer.start();
	}

	/**
	 * Drops the person's messages that are not written yet, and waits for a batch being written, so
	 * that nothing of theirs is written after their data is deleted.
	 */
	void discard(String userId) {
		synchronized (this.writing) {
			takeMessagesOf(userId);
		}
	}

	/** The person's messages not written yet, in their order, taken from the batch in hand and the queue. */
	private List<ConversationStore.Seen> takeMessagesOf(String userId) {
		List<ConversationStore.Seen> theirs = new ArrayList<>();
		java.util.function.Predicate<ConversationStore.Seen> taken = message -> message.userId().equals(userId) && theirs.add(message);
		this.pending.removeIf(taken);
		this.queue.removeIf(taken);
		return theirs;
	}

	/** Writes everything queued now, with the batch in hand, for someone about to read who wrote when. */
	void flushAll() {
		synchronized (this.writing) {
			List<ConversationStore.Seen> all = new ArrayList<>(this.pending);
			this.pending.clear();
			this.queue.drainTo(all);
			if (!all.isEmpty()) {
				this.store.remember(all);
			}
		}
	}

	private void drainLoop() {
		List<ConversationStore.Seen> batch = this.pending;
		boolean failed = false;
		while (this.running || !this.queue.isEmpty()) {
			try {
				if (!failed) {
					awaitMessage();
				}
				synchronized (this.writing) {
					// A batch still in hand is one that failed: tried again as it is, in its order.
					if (batch.isEmpty()) {
						this.queue.drainTo(batch, BATCH);
						if (batch.isEmpty()) {
							continue;
						}
						if (batch.size() < BATCH && this.running) {
							// Lets go of the lock meanwhile: a reader flushing a person's messages takes them from the batch.
							this.writing.wait(this.lingerMillis);
							this.queue.drainTo(batch, BATCH - batch.size());
						}
					}
					this.store.remember(batch);
					batch.clear();
					failed = false;
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				// Redis away: the batch stays in hand (readers can still take theirs) and is tried again shortly.
				log.warn("Writing who wrote when failed, retrying: {}", ex.getMessage());
				failed = true;
				sleepQuietly();
			}
		}
	}

	/**
	 * Waits, without the lock, until a message is queued or the bot stops: a reader flushing while the
	 * bot is quiet does not wait for the writer.
	 */
	private void awaitMessage() throws InterruptedException {
		this.idle = true;
		try {
			// Marked idle before looking, so a message queued after the look unparks this thread.
			while (this.queue.isEmpty() && this.running) {
				LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(100));
				if (Thread.interrupted()) {
					throw new InterruptedException();
				}
			}
		}
		finally {
			this.idle = false;
		}
	}

	@Override
	public void stop() {
		this.running = false;
		Thread writer = this.thread;
		if (writer != null) {
			LockSupport.unpark(writer);
		}
		synchronized (this.writing) {
			// Ends a linger now: the batch in hand is written before the bot stops.
			this.writing.notifyAll();
		}
		if (writer != null) {
			try {
				writer.join(TimeUnit.SECONDS.toMillis(10));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		flushAll();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Stops before the Redis connection pool closes, so the last messages are still written. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 100;
	}

	private static void sleepQuietly() {
		try {
			Thread.sleep(10);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
