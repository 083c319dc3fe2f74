package org.talentbridge.bot.conversation.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.SetParams;

import org.talentbridge.bot.conversation.ProactivePolicy;
import org.talentbridge.bot.store.Keys;

/**
 * Quiet hours and the per-person gap. Copenhagen and Skåne share a time zone, so one zone serves
 * everyone in the programme; the time of the last proactive message is kept per person.
 */
@Component
class RedisProactivePolicy implements ProactivePolicy {

	private final JedisPooled redis;

	private final Settings settings;

	RedisProactivePolicy(JedisPooled redis, Settings settings) {
		this.redis = redis;
		this.settings = settings;
	}

	static String key(String userId) {
		return Keys.of("conversation", "last-proactive", userId);
	}

	@Override
	public Instant nextAllowed(String userId, Instant now) {
		Instant earliest = now;
		String last = this.redis.get(key(userId));
		if (last != null) {
			Instant gapOver = Instant.ofEpochMilli(Long.parseLong(last)).plus(this.settings.minGap());
			if (gapOver.isAfter(earliest)) {
				earliest = gapOver;
			}
		}
		return outsideQuietHours(earliest);
	}

	/** The same instant when it is daytime, else the next end of the quiet hours. */
	Instant outsideQuietHours(Instant at) {
		ZonedDateTime local = at.atZone(this.settings.zone());
		LocalTime time = local.toLocalTime();
		LocalTime start = this.settings.quietFrom();
		LocalTime end = this.settings.quietUntil();
		if (!time.isBefore(start)) {
			return local.toLocalDate().plusDays(1).atTime(end).atZone(this.settings.zone()).toInstant();
		}
		if (time.isBefore(end)) {
			return local.toLocalDate().atTime(end).atZone(this.settings.zone()).toInstant();
		}
		return at;
	}

	@Override
	public void sent(String userId, Instant at) {
		this.redis.set(key(userId), Long.toString(at.toEpochMilli()),
				SetParams.setParams().ex(this.settings.minGap().toSeconds() + 86_400));
	}

	/**
	 * @param quietFrom start of the quiet hours, local time
	 * @param quietUntil end of the quiet hours, the next morning
	 * @param minGap at least this long between two proactive messages to one person
	 * @param zone the programme's time zone
	 */
	@ConfigurationProperties("bot.proactive")
	record Settings(@DefaultValue("20:00") LocalTime quietFrom, @DefaultValue("09:00") LocalTime quietUntil,
			@DefaultValue("3d") Duration minGap, @DefaultValue("Europe/Copenhagen") ZoneId zone) {
	}

}
