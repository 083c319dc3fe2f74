package org.talentbridge.bot.store;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import redis.clients.jedis.JedisPooled;

/** Shown as "redis" in /actuator/health. */
class RedisHealthIndicator implements HealthIndicator {

	private final JedisPooled jedis;

	private final String mode;

	RedisHealthIndicator(JedisPooled jedis, String mode) {
		this.jedis = jedis;
		this.mode = mode;
	}

	@Override
	public Health health() {
		try {
			String pong = this.jedis.ping();
			return Health.up().withDetail("mode", this.mode).withDetail("ping", pong).build();
		}
		catch (RuntimeException ex) {
			return Health.down().withDetail("mode", this.mode).withDetail("error", ex.getClass().getSimpleName()).build();
		}
	}

}
