package org.talentbridge.bot.metrics;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.BotActivity;
import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.events.SignupResult;

/**
 * The bot's counters and its reply timer. Every meter is registered once at startup and kept in an
 * array indexed by the enums, so a message costs two counter increments and a timer record: no
 * tags built, no registry looked up on the reply's path.
 */
@Component
class MicrometerActivity implements BotActivity {

	private static final Channel[] CHANNELS = Channel.values();

	private static final Outcome[] OUTCOMES = Outcome.values();

	private static final Kind[] KINDS = Kind.values();

	private static final Result[] RESULTS = Result.values();

	private final Counter[] messages = new Counter[CHANNELS.length];

	private final Counter[][] answers = new Counter[CHANNELS.length][OUTCOMES.length];

	private final Timer[] replies = new Timer[CHANNELS.length];

	private final Counter[][][] deliveries = new Counter[CHANNELS.length][KINDS.length][RESULTS.length];

	private final Counter[] signups = new Counter[SignupResult.Outcome.values().length];

	MicrometerActivity(MeterRegistry registry) {
		for (Channel channel : CHANNELS) {
			String name = channel.prefix();
			this.messages[channel.ordinal()] = Counter.builder("bot.messages")
				.description("Messages people sent to the bot")
				.tag("channel", name)
				.register(registry);
			for (Outcome outcome : OUTCOMES) {
				this.answers[channel.ordinal()][outcome.ordinal()] = Counter.builder("bot.answers")
					.description("Messages by the kind of reply they got")
					.tag("channel", name)
					.tag("outcome", outcome.label())
					.register(registry);
			}
			this.replies[channel.ordinal()] = Timer.builder("bot.reply")
				.description("Time from a message to the bot's reply, in the conversation")
				.tag("channel", name)
				.publishPercentiles(0.5, 0.95, 0.99)
				.publishPercentileHistogram()
				.minimumExpectedValue(Duration.ofMillis(1))
				.maximumExpectedValue(Duration.ofSeconds(10))
				.register(registry);
			for (Kind kind : KINDS) {
				for (Result result : RESULTS) {
					this.deliveries[channel.ordinal()][kind.ordinal()][result.ordinal()] = Counter.builder("bot.deliveries")
						.description("Messages the bot sent, by platform, kind and what became of them")
						.tag("platform", name)
						.tag("kind", kind.label())
						.tag("result", result.label())
						.register(registry);
				}
			}
		}
		for (SignupResult.Outcome outcome : SignupResult.Outcome.values()) {
			this.signups[outcome.ordinal()] = Counter.builder("bot.signups")
				.description("Event signups by result")
				.tag("result", outcome.name().toLowerCase(java.util.Locale.ROOT))
				.register(registry);
		}
	}

	@Override
	public void replied(Channel channel, Outcome outcome, long nanos) {
		int c = channel.ordinal();
		this.messages[c].increment();
		this.answers[c][outcome.ordinal()].increment();
		this.replies[c].record(nanos, TimeUnit.NANOSECONDS);
	}

	@Override
	public void delivered(Channel platform, Kind kind, Result result) {
		this.deliveries[platform.ordinal()][kind.ordinal()][result.ordinal()].increment();
	}

	@EventListener
	void signedUp(SignupResult result) {
		this.signups[result.outcome().ordinal()].increment();
	}

}
