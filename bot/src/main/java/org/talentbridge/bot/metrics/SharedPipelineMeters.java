package org.talentbridge.bot.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import org.talentbridge.bot.store.SharedPipeline;

/**
 * How many conversations' Redis calls each shared round trip carried: calls over round trips is 1
 * when traffic is light and grows with load, which is where the sharing pays.
 */
@Component
class SharedPipelineMeters {

	SharedPipelineMeters(MeterRegistry registry, SharedPipeline shared) {
		FunctionCounter.builder("bot.redis.shared.round.trips", shared, SharedPipeline::roundTrips)
			.description("Round trips to Redis of the conversations' shared pipeline")
			.register(registry);
		FunctionCounter.builder("bot.redis.shared.calls", shared, SharedPipeline::calls)
			.description("Conversation calls those round trips carried")
			.register(registry);
	}

}
