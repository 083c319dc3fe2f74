package org.talentbridge.bot.metrics;

import java.time.Clock;
import java.util.function.ToLongFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.talentbridge.bot.announcements.Announcements;
import org.talentbridge.bot.nudges.Graduates;

/**
 * What waits to go out, read from Redis when Prometheus scrapes (one command each, every scrape,
 * not per message): the announcement deliveries in the stream, and the nudges due now. The same
 * on every instance, since Redis is shared; a dashboard takes the max over instances.
 */
@Component
class BacklogGauges {

	private static final Logger log = LoggerFactory.getLogger(BacklogGauges.class);

	BacklogGauges(MeterRegistry registry, Announcements announcements, Graduates graduates, Clock clock) {
		Gauge.builder("bot.announcements.backlog", announcements, guarded(Announcements::backlog))
			.description("Announcement deliveries waiting in the stream (new and being sent)")
			.register(registry);
		Gauge.builder("bot.nudges.due", graduates, guarded(g -> g.dueBy(clock.instant())))
			.description("Graduate nudges due now and not yet sent (held back by quiet hours included)")
			.register(registry);
	}

	/** Redis away: the gauge has no value (NaN) rather than failing the scrape. */
	private static <T> java.util.function.ToDoubleFunction<T> guarded(ToLongFunction<T> read) {
		return source -> {
			try {
				return read.applyAsLong(source);
			}
			catch (RuntimeException ex) {
				log.debug("A backlog gauge could not be read: {}", ex.toString());
				return Double.NaN;
			}
		};
	}

}
