package org.talentbridge.bot.store;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.JedisSocketFactory;
import redis.clients.jedis.exceptions.JedisConnectionException;

/**
 * Counts Redis round trips per thread: the bot's connection pool is replaced by one whose sockets
 * count each flush (Jedis flushes once per command or per pipeline sync, then waits for the
 * answer), except a new connection's greeting. Import it in a test that sets
 * {@code bot.store.embedded-port}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RoundTrips {

	private static final Map<Thread, AtomicLong> BY_THREAD = new ConcurrentHashMap<>();

	/** Round trips the calling thread made since its last {@link #reset()}. */
	public static long mine() {
		return BY_THREAD.computeIfAbsent(Thread.currentThread(), t -> new AtomicLong()).get();
	}

	public static void reset() {
		BY_THREAD.computeIfAbsent(Thread.currentThread(), t -> new AtomicLong()).set(0);
	}

	@Bean
	static BeanPostProcessor countingRedis(org.springframework.core.env.Environment environment) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (!(bean instanceof JedisPooled original) || !"jedis".equals(name)) {
					return bean;
				}
				int port = environment.getRequiredProperty("bot.store.embedded-port", Integer.class);
				original.close();
				ConnectionPoolConfig pool = new ConnectionPoolConfig();
				pool.setMaxTotal(64);
				pool.setMaxIdle(64);
				pool.setJmxEnabled(false);
				return new JedisPooled(pool, counting(port), DefaultJedisClientConfig.builder().timeoutMillis(2000).build());
			}

		};
	}

	/** A new pooled connection says hello to the server once: not a round trip of the message. */
	private static boolean settingUp() {
		for (StackTraceElement frame : Thread.currentThread().getStackTrace()) {
			if ("makeObject".equals(frame.getMethodName())) {
				return true;
			}
		}
		return false;
	}

	private static JedisSocketFactory counting(int port) {
		return new JedisSocketFactory() {

			@Override
			public Socket createSocket() {
				Socket socket = new Socket() {

					@Override
					public OutputStream getOutputStream() throws IOException {
						return new FilterOutputStream(super.getOutputStream()) {

							@Override
							public void write(byte[] bytes, int offset, int length) throws IOException {
								this.out.write(bytes, offset, length);
							}

							@Override
							public void flush() throws IOException {
								if (!settingUp()) {
									BY_THREAD.computeIfAbsent(Thread.currentThread(), t -> new AtomicLong()).incrementAndGet();
								}
								super.flush();
							}

						};
					}

				};
				try {
					socket.setTcpNoDelay(true);
					socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
					socket.setSoTimeout(2000);
					return socket;
				}
				catch (IOException ex) {
					throw new JedisConnectionException(ex);
				}
			}

		};
	}

}
