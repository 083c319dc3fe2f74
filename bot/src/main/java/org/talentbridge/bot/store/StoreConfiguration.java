package org.talentbridge.bot.store;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.jedis.JedisClientConfiguration;
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.JedisPooled;

@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StoreConfiguration.class);

	@Bean(destroyMethod = "close")
	RedisServerHandle redisServer(StoreProperties properties, org.springframework.context.ApplicationEventPublisher events) {
		if (!properties.embedded()) {
			return new RedisServerHandle(null);
		}
		EmbeddedRedis embedded = EmbeddedRedis.start(properties.dataDir(), properties.embeddedPort(),
				properties.embeddedRestarts(), Duration.ofMillis(200));
		// Restarting the bot starts a new redis-server: an orchestrator does that when liveness is DOWN.
		embedded.onGiveUp(() -> org.springframework.boot.availability.AvailabilityChangeEvent.publish(events, embedded,
				org.springframework.boot.availability.LivenessState.BROKEN));
		return new RedisServerHandle(embedded);
	}

	@Bean(destroyMethod = "close")
	JedisPooled jedis(StoreProperties properties, RedisServerHandle server) {
		ConnectionPoolConfig pool = new ConnectionPoolConfig();
		pool.setMaxTotal(properties.poolSize());
		pool.setMaxIdle(properties.poolSize());
		pool.setMinIdle(Math.min(8, properties.poolSize()));
		pool.setMaxWait(Duration.ofSeconds(2));
		pool.setJmxEnabled(false);
		if (server.embedded != null) {
			JedisClientConfig client = DefaultJedisClientConfig.builder().timeoutMillis(2000).build();
			java.util.Optional<java.nio.file.Path> socket = server.embedded.socket().filter(s -> UnixSocketFactory.supported());
			JedisPooled jedis = socket.isPresent()
					? new JedisPooled(pool, new UnixSocketFactory(socket.get(), 2000), client)
					: new JedisPooled(pool, new HostAndPort("127.0.0.1", server.embedded.port()), client);
			log.info("Embedded Redis on 127.0.0.1:{}; the bot's connections use {}", server.embedded.port(),
					socket.map(path -> "its Unix socket " + path).orElse("TCP"));
			// The idle connections still point at the dead server; each would fail one request.
			server.embedded.onRestart(() -> jedis.getPool().clear());
			return jedis;
		}
		URI uri = RedisUrl.parse(properties.redisUrl());
		return new JedisPooled(pool, uri, 2000);
	}

	/** The per-message round trips of all conversations, shared: see {@link SharedPipeline}. */
	@Bean
	SharedPipeline sharedPipeline(JedisPooled jedis) {
		return new SharedPipeline(jedis);
	}

	/**
	 * The same Redis for Spring Session (the console's sessions), through Spring Data Redis on
	 * Jedis: the embedded server's address, or REDIS_URL with its user, password, database and TLS.
	 */
	@Bean
	JedisConnectionFactory redisConnectionFactory(StoreProperties properties, RedisServerHandle server) {
		RedisStandaloneConfiguration standalone = new RedisStandaloneConfiguration();
		JedisClientConfiguration.JedisClientConfigurationBuilder client = JedisClientConfiguration.builder()
			.connectTimeout(Duration.ofSeconds(2))
			.readTimeout(Duration.ofSeconds(2));
		if (server.embedded != null) {
			standalone.setHostName("127.0.0.1");
			standalone.setPort(server.embedded.port());
		}
		else {
			URI uri = RedisUrl.parse(properties.redisUrl());
			standalone.setHostName(uri.getHost());
			standalone.setPort(uri.getPort());
			String info = uri.getRawUserInfo();
			if (info != null) {
				int colon = info.indexOf(':');
				String user = decode((colon >= 0) ? info.substring(0, colon) : info);
				String password = (colon >= 0) ? decode(info.substring(colon + 1)) : null;
				if (password == null) {
					// "redis://secret@host" is a password alone, as Jedis reads it.
					standalone.setPassword(user);
				}
				else {
					if (!user.isEmpty() && !"default".equals(user)) {
						standalone.setUsername(user);
					}
					standalone.setPassword(password);
				}
			}
			String path = (uri.getPath() != null) ? uri.getPath().replace("/", "") : "";
			if (!path.isEmpty()) {
				standalone.setDatabase(Integer.parseInt(path));
			}
			if ("rediss".equals(uri.getScheme())) {
				client.useSsl();
			}
		}
		// Console requests are few: a PING on borrow costs nothing there and spares a staff member the
		// error of a connection to a Redis that has since been restarted.
		org.apache.commons.pool2.impl.GenericObjectPoolConfig<redis.clients.jedis.Jedis> sessions = new org.apache.commons.pool2.impl.GenericObjectPoolConfig<>();
		sessions.setTestOnBorrow(true);
		sessions.setJmxEnabled(false);
		return new JedisConnectionFactory(standalone, client.usePooling().poolConfig(sessions).build());
	}

	private static String decode(String part) {
		return java.net.URLDecoder.decode(part, java.nio.charset.StandardCharsets.UTF_8);
	}

	@Bean
	RedisHealthIndicator redisHealthIndicator(JedisPooled jedis, StoreProperties properties, RedisServerHandle server) {
		return new RedisHealthIndicator(jedis, properties.embedded() ? "embedded" : "external", server.embedded);
	}

	/** Owns the embedded server, if any, so it stops after the connection pool is closed. */
	static final class RedisServerHandle implements AutoCloseable {

		private final @Nullable EmbeddedRedis embedded;

		RedisServerHandle(@Nullable EmbeddedRedis embedded) {
			this.embedded = embedded;
		}

		@Nullable EmbeddedRedis embedded() {
			return this.embedded;
		}

		@Override
		public void close() {
			if (this.embedded != null) {
				this.embedded.close();
			}
		}

	}

}
