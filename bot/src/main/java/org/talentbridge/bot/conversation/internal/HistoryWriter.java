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

import org.talentbridge.bot.conversation.Language;

/**
 * Writes each turn's history and what every message leaves besides (who wrote when, the day's
 * figures) after the reply has gone, in batches: one pipeline for many turns instead of a round
 * trip per message on the reply's path.
 * Nothing is dropped: when the queue is full the caller writes itself, and stopping the bot writes
 * what is still queued.
 * <p>
 * A batch goes to Redis in round trips of {@link #CHUNK} turns, so that a reply's commands wait
 * behind a short pipeline at most, not a whole batch.
 * <p>
 * After the first turn of a batch the writer lingers a few milliseconds for more: without it, at a
 * steady trickle each batch held one or two turns, and each paid its own round trip, bookkeeping
 * commands and wake-up, competing with the replies for the CPU.
 */
@Component
class HistoryWriter implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(HistoryWriter.class);

	static final int CAPACITY = 10_000;

	static final int BATCH = 256;

	static final long LINGER_MILLIS = 20;

	/**
	 * Turns per round trip. A reply's round trip that reaches Redis while it works through a long
	 * pipeline waits for much of it: with one pipeline per batch, p99 of an answer in-process was
	 * 3.5 ms; in round trips of 8 turns, 1.5 to 1.8 ms, the median unchanged.
	 */
	static final int CHUNK = 8;

	private final ConversationStore store;

	private final java.time.Clock clock;

	private final BlockingQueue<ConversationStore.Turn> queue = new ArrayBlockingQueue<>(CAPACITY);

	/** Held while a batch is taken and written; guards {@link #pending}. */
	private final Object writing = new Object();

	/** The batch being gathered: taken from the queue, not yet written. */
	private final List<ConversationStore.Turn> pending = new ArrayList<>(BATCH);

	private volatile boolean running;

	/** The writer waits for a first turn, outside the lock: a turn queued now must wake it. */
	private volatile boolean idle;

	private volatile @Nullable Thread thread;

	private final long lingerMillis;

	@org.springframework.beans.factory.annotation.Autowired
	HistoryWriter(ConversationStore store, java.time.Clock clock) {
		this(store, clock, LINGER_MILLIS);
	}

	HistoryWriter(ConversationStore store, java.time.Clock clock, long lingerMillis) {
		this.store = store;
		this.clock = clock;
		this.lingerMillis = lingerMillis;
	}

	void write(String userId, Language language, String in, List<ConversationStore.Out> out) {
		// Timed now, not when the batch is written: a message the bot sends on its own meanwhile
		// (a staff reply) is shown after it.
		queue(new ConversationStore.Turn(userId, this.clock.millis(), language, in, out));
	}

	/** A message kept out of the history (past the flood limit, empty): it still counts, and says who wrote. */
	void unrecorded(String userId, Language language) {
		queue(ConversationStore.Turn.unrecorded(userId, this.clock.millis(), language));
	}

	private void queue(ConversationStore.Turn turn) {
		if (!this.running || !this.queue.offer(turn)) {
			this.store.remember(List.of(turn));
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
		Thread writer = new Thread(this::drainLoop, "history-writer");
		writer.setDaemon(true);
		// Known before it runs, so the first turn queued can wake it.
		this.thread = writer;
		writer.start();
	}

	/**
	 * Drops the person's turns that are not written yet, and waits for a batch being written, so
	 * that nothing of theirs is written after their data is deleted.
	 */
	void discard(String userId) {
		synchronized (this.writing) {
			takeTurnsOf(userId);
		}
	}

	/** Writes the person's queued turns now, for someone about to read their history. */
	void flush(String userId) {
		synchronized (this.writing) {
			List<ConversationStore.Turn> theirs = takeTurnsOf(userId);
			if (!theirs.isEmpty()) {
				this.store.remember(theirs);
			}
		}
	}

	/** The person's turns not written yet, in their order, taken from the batch in hand and the queue. */
	private List<ConversationStore.Turn> takeTurnsOf(String userId) {
		List<ConversationStore.Turn> theirs = new ArrayList<>();
		java.util.function.Predicate<ConversationStore.Turn> taken = turn -> turn.userId().equals(userId) && theirs.add(turn);
		this.pending.removeIf(taken);
		this.queue.removeIf(taken);
		return theirs;
	}

	/** Writes everything queued now, for someone about to read who wrote when. */
	void flushAll() {
		synchronized (this.writing) {
			List<ConversationStore.Turn> all = new ArrayList<>(this.pending);
			this.pending.clear();
			this.queue.drainTo(all);
			if (!all.isEmpty()) {
				this.store.remember(all);
			}
		}
	}

	private void drainLoop() {
		List<ConversationStore.Turn> batch = this.pending;
		boolean failed = false;
		while (this.running || !this.queue.isEmpty()) {
			try {
				if (!failed) {
					awaitTurn();
				}
				synchronized (this.writing) {
					// A batch still in hand is one that failed: tried again as it is, in its order.
					if (batch.isEmpty()) {
						this.queue.drainTo(batch, BATCH);
						if (batch.isEmpty()) {
							continue;
						}
						if (batch.size() < BATCH && this.running) {
							// Lets go of the lock meanwhile: a reader flushing a person's turns takes them from the batch.
							this.writing.wait(this.lingerMillis);
							this.queue.drainTo(batch, BATCH - batch.size());
						}
					}
					while (!batch.isEmpty()) {
						List<ConversationStore.Turn> chunk = batch.subList(0, Math.min(CHUNK, batch.size()));
						this.store.remember(chunk);
						// Gone from the batch once written: a failure later retries only what is not.
						chunk.clear();
					}
					failed = false;
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				// Redis away: the batch stays in hand (readers can still take theirs) and is tried again shortly.
				log.warn("Writing conversation history failed, retrying: {}", ex.getMessage());
				failed = true;
				sleepQuietly();
			}
		}
	}

	/**
	 * Waits, without the lock, until a turn is queued or the bot stops: a reader flushing while the
	 * bot is quiet does not wait for the writer.
	 */
	private void awaitTurn() throws InterruptedException {
		this.idle = true;
		try {
			// Marked idle before looking, so a turn queued after the look unparks this thread.
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

	/** Stops before the Redis connection pool closes, so the last turns are still written. */
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
