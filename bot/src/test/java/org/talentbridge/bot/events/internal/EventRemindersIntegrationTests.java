package org.talentbridge.bot.events.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import redis.clients.jedis.JedisPooled;

import org.talentbridge.bot.BotApplication;
import org.talentbridge.bot.MutableClock;
import org.talentbridge.bot.TestNames;
import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Conversation;
import org.talentbridge.bot.conversation.IncomingMessage;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Response;
import org.talentbridge.bot.events.Event;
import org.talentbridge.bot.events.EventManagement;

import static org.assertj.core.api.Assertions.assertThat;

/** Reminders go out once each, with a clock moved by hand, also when the bot restarts in between. */
class EventRemindersIntegrationTests {

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	static final LocalDateTime START = LocalDateTime.of(2026, 12, 18, 18, 0);

	@TempDir
	Path dataDir;

	@Test
	void eachReminderOnceAcrossARestartAndNoneForThoseWhoTurnedThemOff() {
		Instant startsAt = START.atZone(STOCKHOLM).toInstant();
		try (ConfigurableApplicationContext bot = start()) {
			bot.getBean(EventManagement.class)
				.create(new Event("remind-mingle", Map.of(Language.EN, "Reminder mingle"), Map.of(), START,
						START.plusHours(2), STOCKHOLM, "Stadshallen", "Lund", "SE", 10,
						startsAt.minus(Duration.ofHours(1)), Set.of(Event.Audience.EVERYONE), Set.of(),
						Event.Status.OPEN));
			Conversation conversation = bot.getBean(Conversation.class);
			signUp(conversation, "rita");
			signUp(conversation, "olle");
			conversation.handle(IncomingMessage.of(Channel.WEB, "olle", "/reminders off"));
			EventReminders reminders = bot.getBean(EventReminders.class);
			MutableClock clock = bot.getBean(MutableClock.class);
			clock.set(startsAt.minus(Duration.ofHours(25)));
			assertThat(reminders.send()).isZero();
			clock.set(startsAt.minus(Duration.ofHours(23)));
			assertThat(reminders.send()).isEqualTo(1);
			assertThat(reminders.send()).isZero();
			assertThat(inbox(bot, "rita")).singleElement().satisfies(json -> assertThat(json).contains("is tomorrow"));
			assertThat(inbox(bot, "olle")).isEmpty();
		}
		try (ConfigurableApplicationContext bot = start()) {
			EventReminders reminders = bot.getBean(EventReminders.class);
			MutableClock clock = bot.getBean(MutableClock.class);
			clock.set(startsAt.minus(Duration.ofHours(22)));
			assertThat(reminders.send()).as("the 24-hour reminder is not repeated after a restart").isZero();
			clock.set(startsAt.minus(Duration.ofMinutes(90)));
			assertThat(reminders.send()).isEqualTo(1);
			assertThat(reminders.send()).isZero();
			assertThat(inbox(bot, "rita")).hasSize(2).last().satisfies(json -> assertThat(json).contains("starts in two hours"));
			assertThat(inbox(bot, "olle")).isEmpty();
			clock.set(startsAt.plus(Duration.ofMinutes(1)));
			assertThat(reminders.send()).as("nothing after the start").isZero();
		}
	}

	private static void signUp(Conversation conversation, String user) {
		conversation.handle(IncomingMessage.of(Channel.WEB, user, "/signup remind-mingle"));
		Response consent = conversation.handle(IncomingMessage.of(Channel.WEB, user, TestNames.person(user)));
		conversation.handle(IncomingMessage.of(Channel.WEB, user, consent.replies().get(0).buttons().get(0).value()));
	}

	private static List<String> inbox(ConfigurableApplicationContext bot, String user) {
		return bot.getBean(JedisPooled.class).lrange("tb:channel:web-inbox:web:" + user, 0, -1);
	}

	private ConfigurableApplicationContext start() {
		// The scheduled run is pushed far out so only the test's own calls send.
		return new SpringApplicationBuilder(BotApplication.class, MutableClock.Config.class).run("--server.port=0",
				"--bot.store.data-dir=" + this.dataDir, "--bot.events.reminder-check=PT1H");
	}

}
