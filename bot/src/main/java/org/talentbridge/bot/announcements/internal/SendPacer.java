package org.talentbridge.bot.announcements.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;

import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.store.Keys;

/**
 * Spaces announcement messages evenly per platform, shared by every instance through Redis: each
 * send reserves the next free slot, so the platform sees a steady rate and no bursts.
 */
@Component
class SendPacer {

	// KEYS: the channel's next free slot (microseconds). ARGV: now, interval. Returns the wait.
	private static final String RESERVE = """
			local now = tonumber(ARGV[1])
			local nextFree = tonumber(redis.call('GET', KEYS[1]) or '0')
			local slot = math.max(now, nextFree)
			local ttl = math.max(60000, math.floor((slot - now) / 1000) + 60000)
			redis.call('SET', KEYS[1], string.format('%d', slot + tonumber(ARGV[2])), 'PX', ttl)
			return string.format('%d', slot - now)
			""";

	// KEYS: the channel's next free slot. ARGV: the end of the pause (microseconds), its length (ms).
	private static final String PAUSE = """
			local resume = tonumber(ARGV[1])
			if resume > tonumber(redis.call('GET', KEYS[1]) or '0') then
				redis.call('SET', KEYS[1], string.format('%d', resume), 'PX', tonumber(ARGV[2]) + 60000)
			end
			return 1
			""";

	private final JedisPooled redis;

	private final Rates rates;

	Rates rates() {
		return this.rates;
	}

	SendPacer(JedisPooled redis, Rates rates) {
		this.redis = redis;
		this.rates = rates;
	}

	static String key(Channel channel) {
		return Keys.of("announcements", "pace", channel.prefix());
	}

	/** Waits for the channel's next slot. */
	void await(Channel channel) throws InterruptedException {
		double perSecond = this.rates.perSecond().getOrDefault(channel.prefix(), 25.0);
		long interval = Math.max(1, (long) (1_000_000 / perSecond));
		long now = TimeUnit.NANOSECONDS.toMicros(System.nanoTime()) + this.epochOffset;
		Object wait = this.redis.eval(RESERVE, List.of(key(channel)), List.of(Long.toString(now), Long.toString(interval)));
		long micros = Long.parseLong(String.valueOf(wait));
		if (micros > 0) {
			TimeUnit.MICROSECONDS.sleep(micros);
		}
	}

	/** No sends on the channel from any instance for {@code pause}, as when the platform asked to slow down. */
	void pause(Channel channel, java.time.Duration pause) {
		long now = TimeUnit.NANOSECONDS.toMicros(System.nanoTime()) + this.epochOffset;
		this.redis.eval(PAUSE, List.of(key(channel)),
				List.of(Long.toString(now + pause.toNanos() / 1000), Long.toString(pause.toMillis())));
	}

	/** The first pause after the platform asks to slow down; each further one in a row is twice as long. */
	java.time.Duration throttlePause() {
		return this.rates.throttlePause();
	}

	// Wall-clock microseconds, read through the monotonic clock so a clock step cannot burst.
	private final long epochOffset = System.currentTimeMillis() * 1000 - TimeUnit.NANOSECONDS.toMicros(System.nanoTime());

	/**
	 * @param perSecond messages per second per channel, for example telegram=25 (Telegram allows
	 * about 30 a second in total)
	 * @param throttlePause how long direct messages on a platform pause when it asks to slow down
	 * (Discord's 40003), doubled for each further refusal in a row
	 * @param deliveryAttempts how often a delivery that certainly failed is tried before it counts
	 * as failed for good
	 * @param retryBackoff the pause before the second attempt, doubled for each further one (at most an hour)
	 */
	@ConfigurationProperties("bot.announcements")
	record Rates(@DefaultValue Map<String, Double> perSecond, @DefaultValue("1m") java.time.Duration throttlePause,
			@DefaultValue("5") int deliveryAttempts, @DefaultValue("1m") java.time.Duration retryBackoff) {

		Rates {
			perSecond = Map.copyOf(perSecond.entrySet()
				.stream()
				.collect(java.util.stream.Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue)));
		}

	}

}
