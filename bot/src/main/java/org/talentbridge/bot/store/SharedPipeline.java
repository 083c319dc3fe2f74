package org.talentbridge.bot.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.JedisPooled;

/**
 * Redis work of many threads in one round trip. Each caller queues its commands; one of them (a
 * leader) sends everything queued in one pipeline and hands each caller its result, then hands the
 * lead to the oldest caller still waiting. Alone, a caller leads its own round trip on its own
 * thread, as a pipeline of its own would; under load, a message's round trip carries those of the
 * others that arrived meanwhile, so Redis (and the bot) wake once for many of them. Two leaders at
 * most: while one waits for its replies, or for the caller it handed the lead to to wake up, the
 * other keeps Redis busy. Commands whose result nobody needs ({@link #send}) ride along without
 * their thread waiting: parking and waking a thread per round trip cost more than the commands.
 */
public final class SharedPipeline {

	/** What one caller sends: it queues its commands, and returns how to read its result after the round trip. */
	@FunctionalInterface
	public interface Commands<T> {

		Supplier<T> queue(AbstractPipeline pipeline);

	}

	static final int MAX_BATCH = 128;

	static final int LEADERS = 2;

	private final JedisPooled redis;

	private final ConcurrentLinkedQueue<Call<?>> queue = new ConcurrentLinkedQueue<>();

	private final AtomicInteger leaders = new AtomicInteger();

	private final AtomicLong roundTrips = new AtomicLong();

	private final AtomicLong calls = new AtomicLong();

	public SharedPipeline(JedisPooled redis) {
		this.redis = redis;
	}

	/**
	 * Sends the commands with whatever else is queued and returns their result. A failed round
	 * trip, or reading this caller's replies, throws here as it would with a pipeline of its own.
	 */
	public <T> T run(Commands<T> commands) {
		Call<T> call = new Call<>(commands, Thread.currentThread());
		this.queue.add(call);
		if (takeLead()) {
			lead();
		}
		return call.await(this);
	}

	/**
	 * Queues commands whose result nobody waits for (what a turn leaves for the next message, after
	 * its reply is made) and returns without waiting for a round trip that is under way; with none
	 * under way, this thread leads one, as {@link #run} would. The future completes when Redis has
	 * the commands, or with the failure. Two round trips may be in flight at once, so the commands
	 * are not ordered against this thread's later calls: a caller that needs them in Redis first
	 * waits for the future.
	 */
	public <T> java.util.concurrent.CompletableFuture<Void> send(Commands<T> commands) {
		Call<T> call = new Call<>(commands, null);
		this.queue.add(call);
		if (takeLead()) {
			lead();
		}
		return call.sent;
	}

	/**
	 * Sends what is still queued, when the bot stops: a reply's commands that nobody waited for are
	 * not left behind. Waits two seconds at most for the leaders of the moment.
	 */
	public void close() {
		long until = System.nanoTime() + 2_000_000_000L;
		while ((!this.queue.isEmpty() || this.leaders.get() > 0) && System.nanoTime() < until) {
			if (takeLead()) {
				lead();
			}
			else {
				Thread.onSpinWait();
			}
		}
	}

	/** Round trips and calls so far: how many calls each round trip carried. */
	public long roundTrips() {
		return this.roundTrips.get();
	}

	public long calls() {
		return this.calls.get();
	}

	/** Runs as leader: one batch, then the lead goes to the oldest waiting call, or is given up. */
	private void lead() {
		while (true) {
			List<Call<?>> batch = new ArrayList<>();
			for (Call<?> next = this.queue.poll(); next != null; next = (batch.size() < MAX_BATCH) ? this.queue.poll() : null) {
				batch.add(next);
			}
			if (!batch.isEmpty()) {
				execute(batch);
			}
			Call<?> waiting = this.queue.peek();
			if (waiting != null && waiting.promote()) {
				return;
			}
			this.leaders.decrementAndGet();
			// A call queued after the look above, whose caller found the lead still taken.
			if (this.queue.isEmpty() || !takeLead()) {
				return;
			}
		}
	}

	private boolean takeLead() {
		for (int now = this.leaders.get(); now < LEADERS; now = this.leaders.get()) {
			if (this.leaders.compareAndSet(now, now + 1)) {
				return true;
			}
		}
		return false;
	}

	private void execute(List<Call<?>> batch) {
		this.roundTrips.incrementAndGet();
		this.calls.addAndGet(batch.size());
		List<@Nullable Supplier<?>> results = new ArrayList<>(batch.size());
		try (AbstractPipeline pipeline = this.redis.pipelined()) {
			for (Call<?> call : batch) {
				try {
					results.add(call.commands.queue(pipeline));
				}
				catch (RuntimeException ex) {
					call.fail(ex);
					results.add(null);
				}
			}
			pipeline.sync();
			for (int i = 0; i < batch.size(); i++) {
				Supplier<?> result = results.get(i);
				if (result != null) {
					batch.get(i).complete(result);
				}
			}
		}
		catch (RuntimeException ex) {
			for (Call<?> call : batch) {
				call.fail(ex);
			}
		}
	}

	private static final class Call<T> {

		private final Commands<T> commands;

		/** Null for commands sent without waiting: nobody to wake, and nobody to hand the lead to. */
		private final @Nullable Thread caller;

		/** For commands sent without waiting: completes with the round trip. */
		private final java.util.concurrent.@Nullable CompletableFuture<Void> sent;

		/** The result, a {@link Failure}, or null while waiting. */
		private volatile @Nullable Object outcome;

		/** Waiting; handed the lead (its caller owes one turn as leader); or gone with its outcome. */
		private final AtomicInteger state = new AtomicInteger(WAITING);

		private static final int WAITING = 0, PROMOTED = 1, LEFT = 2;

		Call(Commands<T> commands, @Nullable Thread caller) {
			this.commands = commands;
			this.caller = caller;
			this.sent = (caller != null) ? null : new java.util.concurrent.CompletableFuture<>();
		}

		private void done(@Nullable RuntimeException failure) {
			if (this.caller != null) {
				LockSupport.unpark(this.caller);
			}
			else if (failure != null) {
				this.sent.completeExceptionally(failure);
			}
			else {
				this.sent.complete(null);
			}
		}

		void complete(Supplier<?> result) {
			if (this.outcome != null) {
				return;
			}
			Object value;
			try {
				value = result.get();
			}
			catch (RuntimeException ex) {
				fail(ex);
				return;
			}
			this.outcome = (value != null) ? value : NULL;
			done(null);
		}

		void fail(RuntimeException ex) {
			if (this.outcome == null) {
				this.outcome = new Failure(ex);
				done(ex);
			}
		}

		/** Hands this caller the lead, unless it is leaving or already has it, or nobody waits for the call. */
		boolean promote() {
			if (this.caller != null && this.state.compareAndSet(WAITING, PROMOTED)) {
				LockSupport.unpark(this.caller);
				return true;
			}
			return false;
		}

		@SuppressWarnings("unchecked")
		T await(SharedPipeline pipeline) {
			boolean interrupted = false;
			try {
				while (true) {
					if (this.state.get() == PROMOTED) {
						this.state.set(WAITING);
						pipeline.lead();
						continue;
					}
					Object done = this.outcome;
					if (done != null) {
						// Never away with a lead handed over meanwhile: the leaders would be one short for good.
						if (!this.state.compareAndSet(WAITING, LEFT)) {
							continue;
						}
						if (done instanceof Failure failure) {
							throw failure.cause;
						}
						return (done == NULL) ? null : (T) done;
					}
					LockSupport.park(this);
					// The round trip in flight is not abandoned: an interrupt is kept for the caller.
					interrupted |= Thread.interrupted();
				}
			}
			finally {
				if (interrupted) {
					this.caller.interrupt();
				}
			}
		}

	}

	private static final Object NULL = new Object();

	private record Failure(RuntimeException cause) {
	}

}
