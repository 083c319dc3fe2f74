package org.talentbridge.bot.store;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import redis.clients.jedis.JedisPooled;

/** Shown as "redis" in /actuator/health. */
class RedisHealthIndicator implements HealthIndicator {

	private final JedisPooled jedis;

	private final String mode;

	private final @Nullable EmbeddedRedis embedded;

	RedisHealthIndicator(JedisPooled jedis, String mode, @Nullable EmbeddedRedis embedded) {
		this.jedis = jedis;
		this.mode = mode;
		this.embedded = embedded;
	}

	@Override
	public Health health() {
		Health.Builder health;
		try {
			String pong = this.jedis.ping();
			health = Health.up().withDetail("mode", this.mode).withDetail("ping", pong);
		}
		catch (RuntimeException ex) {
			health = Health.down().withDetail("mode", this.mode).withDetail("error", ex.getClass().getSimpleName());
		}
		if (this.embedded != null) {
			health.withDetail("server", this.embedded.state().name().toLowerCase(java.util.Locale.ROOT))
				.withDetail("restarts", this.embedded.restarts());
		}
		return health.build();
	}

}
