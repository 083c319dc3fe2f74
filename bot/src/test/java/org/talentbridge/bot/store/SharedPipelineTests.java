package org.talentbridge.bot.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.Response;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Many threads' commands in shared round trips, against a real redis-server. */
class SharedPipelineTests {

	@TempDir
	Path data;

	private EmbeddedRedis server;

	private JedisPooled redis;

	private SharedPipeline shared;

	@BeforeEach
	void start() {
		this.server = EmbeddedRedis.start(this.data, 0, 0, Duration.ofMillis(10));
		ConnectionPoolConfig pool = new ConnectionPoolConfig();
		pool.setMaxWait(Duration.ofSeconds(2));
		this.redis = new JedisPooled(pool, new HostAndPort("127.0.0.1", this.server.port()),
				DefaultJedisClientConfig.builder().timeoutMillis(2000).build());
		this.shared = new SharedPipeline(this.redis);
	}

	@AfterEach
	void stop() {
		this.redis.close();
		this.server.close();
	}

	private long increment(String key) {
		return this.shared.run(pipeline -> {
			Response<Long> count = pipeline.incr(key);
			return count::get;
		});
	}

	@Test
	void aCallerAloneMakesItsOwnRoundTrip() {
		assertThat(increment("alone")).isEqualTo(1);
		assertThat(increment("alone")).isEqualTo(2);
		assertThat(this.shared.roundTrips()).isEqualTo(2);
		assertThat(this.shared.calls()).isEqualTo(2);
	}

	@Test
	void concurrentCallersEachGetTheirOwnRepliesInFewerRoundTrips() throws Exception {
		int threads = 16;
		int each = 500;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<List<Long>>> results = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				String key = "counter-" + t;
				results.add(pool.submit(() -> {
					List<Long> seen = new ArrayList<>();
					for (int i = 0; i < each; i++) {
						seen.add(increment(key));
					}
					return seen;
				}));
			}
			for (Future<List<Long>> result : results) {
				List<Long> seen = result.get(60, TimeUnit.SECONDS);
				assertThat(seen).hasSize(each);
				for (int i = 0; i < each; i++) {
					assertThat(seen.get(i)).isEqualTo(i + 1);
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.shared.calls()).isEqualTo((long) threads * each);
		assertThat(this.shared.roundTrips()).as("round trips shared").isLessThan(this.shared.calls());
		// No lead lost on the way: a caller alone afterwards is still served.
		org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> assertThat(increment("afterwards")).isEqualTo(1));
	}

	@Test
	void aCommandThatFailsFailsItsCallerAloneAndTheNextCallWorks() {
		this.redis.set("a-string", "not a list");
		assertThatThrownBy(() -> this.shared.run(pipeline -> {
			Response<Long> pushed = pipeline.rpush("a-string", "x");
			return pushed::get;
		})).isInstanceOf(JedisDataException.class).hasMessageContaining("WRONGTYPE");
		assertThat(increment("after")).isEqualTo(1);
	}

	@Test
	void aCallerWhoseCommandsThrowFailsAloneInTheBatch() {
		assertThatThrownBy(() -> this.shared.run(pipeline -> {
			throw new IllegalStateException("bug in the caller");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(increment("after")).isEqualTo(1);
	}

	@Test
	void withRedisGoneEveryWaitingCallerGetsTheErrorAndNobodyHangs() throws Exception {
		this.server.close();
		int threads = 8;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<Throwable>> failures = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				failures.add(pool.submit(() -> {
					try {
						increment("gone");
						return null;
					}
					catch (JedisException ex) {
						return ex;
					}
				}));
			}
			for (Future<Throwable> failure : failures) {
				assertThat(failure.get(30, TimeUnit.SECONDS)).isInstanceOf(JedisException.class);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void anInterruptedCallerStillGetsItsReplyAndKeepsTheInterrupt() {
		Thread.currentThread().interrupt();
		try {
			assertThat(increment("interrupted")).isEqualTo(1);
			assertThat(Thread.currentThread().isInterrupted()).isTrue();
		}
		finally {
			Thread.interrupted();
		}
	}

	private java.util.concurrent.CompletableFuture<Void> push(String key, String value) {
		return this.shared.send(pipeline -> {
			Response<Long> length = pipeline.rpush(key, value);
			return length::get;
		});
	}

	@Test
	void commandsSentAloneAreInRedisWhenSendReturns() {
		java.util.concurrent.CompletableFuture<Void> sent = push("sent-alone", "a");

		assertThat(sent).isCompleted();
		assertThat(this.redis.lrange("sent-alone", 0, -1)).containsExactly("a");
	}

	@Test
	void commandsSentAmongWaitingCallersAllArriveAndNoLeadIsLost() throws Exception {
		int threads = 16;
		int each = 300;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<java.util.concurrent.CompletableFuture<Void>> sent = java.util.Collections.synchronizedList(new ArrayList<>());
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				String key = "mixed-" + t;
				done.add(pool.submit(() -> {
					for (int i = 0; i < each; i++) {
						// As a conversation does: a call it waits for, then commands it does not wait for.
						assertThat(increment(key + "-count")).isEqualTo(i + 1);
						sent.add(push(key, Integer.toString(i)));
					}
					return null;
				}));
			}
			for (Future<?> future : done) {
				future.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		java.util.concurrent.CompletableFuture.allOf(sent.toArray(java.util.concurrent.CompletableFuture[]::new))
			.get(10, TimeUnit.SECONDS);
		for (int t = 0; t < threads; t++) {
			List<String> expected = java.util.stream.IntStream.range(0, each).mapToObj(Integer::toString).toList();
			// Two round trips may be in flight at once: what is sent is not ordered against later calls.
			assertThat(this.redis.lrange("mixed-" + t, 0, -1)).containsExactlyInAnyOrderElementsOf(expected);
		}
		org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> assertThat(increment("afterwards")).isEqualTo(1));
	}

	@Test
	void commandsSentThatFailCompleteWithTheFailure() {
		this.redis.set("a-string", "not a list");

		assertThat(push("a-string", "x")).isCompletedExceptionally()
			.failsWithin(Duration.ZERO)
			.withThrowableThat()
			.withCauseInstanceOf(JedisDataException.class);
		this.server.close();
		assertThat(push("gone", "x")).isCompletedExceptionally();
	}

	@Test
	void commandsSentWhileBothLeadersAreBusyOnlyQueueAndGoWithTheirNextRoundTrip() throws Exception {
		java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
		List<Thread> leaders = HeldLeaders.hold(this.shared, release);

		java.util.concurrent.CompletableFuture<Void> queued = push("queued", "a");

		assertThat(queued).isNotDone();
		release.countDown();
		assertThat(queued).succeedsWithin(Duration.ofSeconds(10));
		assertThat(this.redis.lrange("queued", 0, -1)).containsExactly("a");
		for (Thread leader : leaders) {
			leader.join(10_000);
		}
		this.shared.close();
		assertThat(increment("afterwards")).isEqualTo(1);
	}

}
