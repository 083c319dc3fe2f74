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
			redis.call('SET', KEYS[1], string.format('%d', slot + tonumber(ARGV[2])), 'PX', 60000)
			return string.format('%d', slot - now)
			""";

	private final JedisPooled redis;

	private final Rates rates;

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

	// Wall-clock microseconds, read through the monotonic clock so a clock step cannot burst.
	private final long epochOffset = System.currentTimeMillis() * 1000 - TimeUnit.NANOSECONDS.toMicros(System.nanoTime());

	/**
	 * @param perSecond messages per second per channel, for example telegram=25 (Telegram allows
	 * about 30 a second in total)
	 */
	@ConfigurationProperties("bot.announcements")
	record Rates(@DefaultValue Map<String, Double> perSecond) {

		Rates {
			perSecond = Map.copyOf(perSecond.entrySet()
				.stream()
				.collect(java.util.stream.Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue)));
		}

	}

}
