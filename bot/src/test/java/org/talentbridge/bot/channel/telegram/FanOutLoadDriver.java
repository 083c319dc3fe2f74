package org.talentbridge.bot.channel.telegram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.talentbridge.bot.BotApplication;
import org.talentbridge.bot.MutableClock;
import org.talentbridge.bot.announcements.Announcement;
import org.talentbridge.bot.announcements.Announcements;
import org.talentbridge.bot.announcements.NewsSubscriptions;
import org.talentbridge.bot.announcements.Segment;
import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Language;

/**
 * The sustained announcement rate against a fake Bot API that answers 429 above 30 messages a
 * second: prints messages per second from the first delivery to the last, as a share of the
 * configured rate, and how many 429s the server gave. Run with -Drate=25 -Drecipients=1500.
 */
public final class FanOutLoadDriver {

	public static void main(String[] args) throws Exception {
		int serverLimit = Integer.getInteger("serverLimit", 30);
		int recipients = Integer.getInteger("recipients", 1500);
		for (String rate : System.getProperty("rates", "25,29").split(",")) {
			run(serverLimit, recipients, Double.parseDouble(rate));
		}
		System.exit(0);
	}

	private static void run(int serverLimit, int recipients, double rate) throws Exception {
		Path data = Files.createTempDirectory("bench-fanout");
		try (FakeBotApi telegram = FakeBotApi.start()) {
			telegram.enforceRate(serverLimit);
			try (ConfigurableApplicationContext bot = new SpringApplicationBuilder(BotApplication.class, MutableClock.Config.class)
				.web(WebApplicationType.NONE)
				.run("--bot.store.data-dir=" + data, "--bot.telegram.token=" + FakeBotApi.TOKEN,
						"--bot.telegram.api-url=" + telegram.url(), "--bot.telegram.poll-timeout-seconds=1",
						"--bot.announcements.per-second.telegram=" + rate, "--logging.level.root=WARN")) {
				NewsSubscriptions news = bot.getBean(NewsSubscriptions.class);
				for (long user = 200_000; user < 200_000 + recipients; user++) {
					news.subscribe(Channel.TELEGRAM.userId(Long.toString(user)));
				}
				Announcements announcements = bot.getBean(Announcements.class);
				Announcement draft = announcements.draft(Map.of(Language.EN, "Benchmark news"),
						new Segment(Segment.Kind.EVERYONE, null, Set.of(Channel.TELEGRAM)));
				announcements.send(draft.id(), null);
				long first = 0;
				while (telegram.sent.size() < recipients) {
					if (first == 0 && !telegram.sent.isEmpty()) {
						first = System.nanoTime();
					}
					Thread.sleep(2);
				}
				double seconds = (System.nanoTime() - first) / 1e9;
				double measured = (recipients - 1) / seconds;
				System.out.printf("Fan-out to %d Telegram users, configured %.0f/s, server limit %d/s: %.1f messages/s sustained (%.1f%% of configured), %d 429s%n",
						recipients, rate, serverLimit, measured, 100 * measured / rate, telegram.rateLimited.get());
			}
		}
	}

}
