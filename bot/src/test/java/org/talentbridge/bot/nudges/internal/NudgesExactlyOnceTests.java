package org.talentbridge.bot.nudges.internal;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import redis.clients.jedis.JedisPooled;

import org.talentbridge.bot.BotApplication;
import org.talentbridge.bot.MutableClock;
import org.talentbridge.bot.nudges.GraduateProfile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two bot instances on one Redis send the due nudges at the same time, and one of them crashes
 * after claiming some: every graduate still gets every nudge exactly once.
 */
class NudgesExactlyOnceTests {

	static final int GRADUATES = 60;

	@TempDir
	Path dataDir;

	@Test
	void everyNudgeOnceWithTwoInstancesAndACrashInTheMiddle() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Instant now = MutableClock.START;
		// Graduating in 120 days: the -120 nudge is due today at 10:00 Copenhagen time (09:00 UTC).
		LocalDate graduation = LocalDate.of(2026, 11, 22).plusDays(120);
		try (ConfigurableApplicationContext a = start("--bot.store.data-dir=" + this.dataDir, "--bot.store.embedded-port=" + port)) {
			for (int i = 0; i < GRADUATES; i++) {
				GraduateProfile profile = new GraduateProfile("web:g" + i, "Lund University", "master", graduation, "SE",
						false, null, now, null);
				a.getBean(RedisGraduates.class).save(profile);
				a.getBean(NudgeSender.class).plan(profile);
			}
			ConfigurableApplicationContext b = start("--bot.store.redis-url=redis://127.0.0.1:" + port);
			// B claims a batch and dies before sending any of it.
			List<String> lost = b.getBean(NudgeSchedule.class).claim(now, 15);
			assertThat(lost).hasSize(15);
			b.close();
			try (ConfigurableApplicationContext restarted = start("--bot.store.redis-url=redis://127.0.0.1:" + port)) {
				List<ConfigurableApplicationContext> both = List.of(a, restarted);
				roundOnBoth(both, now);
				assertThat(inboxes(a).values()).as("the crashed claims wait").filteredOn(List::isEmpty).hasSize(15);
				// Ten minutes later the stale claims are taken up again, by whichever instance comes first.
				roundOnBoth(both, now.plus(Duration.ofMinutes(11)));
				assertThat(inboxes(a)).hasSize(GRADUATES).allSatisfy((user, messages) -> assertThat(messages)
					.singleElement()
					.satisfies(json -> assertThat(json).contains("about four months")));
				// And so on through the campaign: 60 days later, then 2 weeks before graduation.
				roundOnBoth(both, now.plus(Duration.ofDays(60)));
				roundOnBoth(both, graduation.minusDays(14).atTime(10, 0).atZone(NudgeSender.ZONE).toInstant());
				roundOnBoth(both, graduation.atTime(10, 0).atZone(NudgeSender.ZONE).toInstant());
				assertThat(inboxes(a)).allSatisfy((user, messages) -> {
					assertThat(messages).hasSize(4);
					assertThat(messages).filteredOn(m -> m.contains("about four months")).hasSize(1);
					assertThat(messages).filteredOn(m -> m.contains("Two months to graduation")).hasSize(1);
					assertThat(messages).filteredOn(m -> m.contains("Two weeks to graduation")).hasSize(1);
					assertThat(messages).filteredOn(m -> m.contains("Congratulations on your degree")).hasSize(1);
				});
			}
		}
	}

	/** Both instances send at the same moment, on their own threads. */
	private static void roundOnBoth(List<ConfigurableApplicationContext> instances, Instant at) {
		instances.forEach(i -> i.getBean(MutableClock.class).set(at));
		List<CompletableFuture<Integer>> rounds = new ArrayList<>();
		for (ConfigurableApplicationContext instance : instances) {
			rounds.add(CompletableFuture.supplyAsync(() -> instance.getBean(NudgeSender.class).sendDue()));
		}
		rounds.forEach(CompletableFuture::join);
	}

	private static Map<String, List<String>> inboxes(ConfigurableApplicationContext bot) {
		JedisPooled redis = bot.getBean(JedisPooled.class);
		List<String> users = new ArrayList<>();
		for (int i = 0; i < GRADUATES; i++) {
			users.add("g" + i);
		}
		return users.stream()
			.collect(Collectors.toMap(Function.identity(), u -> redis.lrange("tb:channel:web-inbox:web:" + u, 0, -1)));
	}

	private static ConfigurableApplicationContext start(String... args) {
		List<String> all = new ArrayList<>(List.of("--server.port=0", "--bot.nudges.check=PT1H",
				// The test sends each round itself; a scheduled round before the second instance is up would take the batch.
				"--bot.nudges.first-check=PT1H", "--bot.events.reminder-check=PT1H"));
		all.addAll(List.of(args));
		return new SpringApplicationBuilder(BotApplication.class, MutableClock.Config.class).run(all.toArray(String[]::new));
	}

}
