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

}
