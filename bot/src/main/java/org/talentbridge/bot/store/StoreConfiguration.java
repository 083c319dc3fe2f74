package org.talentbridge.bot.store;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.JedisPooled;

@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

	@Bean(destroyMethod = "close")
	RedisServerHandle redisServer(StoreProperties properties) {
		return properties.embedded() ? new RedisServerHandle(EmbeddedRedis.start(properties.dataDir(),
				properties.embeddedPort())) : new RedisServerHandle(null);
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
			return new JedisPooled(pool, new HostAndPort("127.0.0.1", server.embedded.port()), client);
		}
		URI uri = RedisUrl.parse(properties.redisUrl());
		return new JedisPooled(pool, uri, 2000);
	}

	@Bean
	RedisHealthIndicator redisHealthIndicator(JedisPooled jedis, StoreProperties properties) {
		return new RedisHealthIndicator(jedis, properties.embedded() ? "embedded" : "external");
	}

	/** Owns the embedded server, if any, so it stops after the connection pool is closed. */
	static final class RedisServerHandle implements AutoCloseable {

		private final @Nullable EmbeddedRedis embedded;

		RedisServerHandle(@Nullable EmbeddedRedis embedded) {
			this.embedded = embedded;
		}

		@Override
		public void close() {
			if (this.embedded != null) {
				this.embedded.close();
			}
		}

	}

}
