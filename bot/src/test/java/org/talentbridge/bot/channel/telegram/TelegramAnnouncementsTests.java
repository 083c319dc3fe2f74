package org.talentbridge.bot.channel.telegram;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.talentbridge.bot.MutableClock;
import org.talentbridge.bot.announcements.Announcement;
import org.talentbridge.bot.announcements.Announcements;
import org.talentbridge.bot.announcements.NewsSubscriptions;
import org.talentbridge.bot.announcements.Segment;
import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * News for everyone on Telegram as one post in the programme's Telegram channel, through the real
 * TelegramBots client against the fake Bot API: chosen by staff, it replaces the direct messages to
 * the people on Telegram; without the choice they get direct messages as before.
 */
// Closed after the class, so the bot stops polling the stopped fake while other tests run.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "bot.telegram.announcements.channel=" + TelegramAnnouncementsTests.CHANNEL,
				"bot.telegram.poll-timeout-seconds=1", "bot.announcements.check=PT1S",
				"bot.announcements.per-second.telegram=200" })
@Import(MutableClock.Config.class)
class TelegramAnnouncementsTests {

	static final String CHANNEL = "@talentbridge_news";

	static final FakeBotApi telegram = FakeBotApi.start();

	@DynamicPropertySource
	static void telegram(DynamicPropertyRegistry registry) {
		telegram.register(registry);
	}

	@AfterAll
	static void stop() {
		telegram.close();
	}

	@Autowired
	Announcements announcements;

	@Autowired
	NewsSubscriptions news;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void daytime() {
		this.clock.set(MutableClock.START);
		telegram.adminOf.add(CHANNEL);
	}

	private Announcement awaitDone(String id) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (this.announcements.find(id).orElseThrow().status() != Announcement.Status.DONE) {
			assertThat(System.nanoTime()).as("announcement " + id + " done in time").isLessThan(deadline);
			Thread.sleep(50);
		}
		return this.announcements.find(id).orElseThrow();
	}

	@Test
	void theChannelIsAChoiceAndNotTheUsualWay() {
		assertThat(this.announcements.postChannels()).containsExactly(Map.entry(Channel.TELEGRAM, CHANNEL));
		assertThat(this.announcements.withUsualPosts(Segment.everyone()).posts()).isEmpty();
	}

	@Test
	void newsForEveryoneIsOnePostInTheChannelInsteadOfAMessageToEach() throws Exception {
		for (long user = 200_000; user < 200_050; user++) {
			this.news.subscribe(Channel.TELEGRAM.userId(Long.toString(user)));
		}
		int before = telegram.sent.size();
		Announcement draft = this.announcements.draft(
				Map.of(Language.EN, "Career day on <Friday> & Saturday.", Language.DA, "Karrieredag fredag og lørdag."),
				Segment.everyone().withPosts(EnumSet.of(Channel.TELEGRAM)));
		assertThat(draft.total()).isEqualTo(1);
		Announcement done = awaitDone(this.announcements.send(draft.id(), null).id());
		assertThat(done.sent()).isEqualTo(1);
		assertThat(telegram.sent.subList(before, telegram.sent.size())).singleElement().satisfies(post -> {
			assertThat(post.get("chat_id")).isEqualTo(CHANNEL);
			assertThat(post.get("text").toString()).contains("Career day on &lt;Friday&gt; &amp; Saturday.",
					"Karrieredag fredag og lørdag.");
		});
		assertThat(telegram.refused).isEmpty();
	}

	@Test
	void aChannelThatRefusesThePostCountsAsFailed() throws Exception {
		telegram.adminOf.clear();
		Announcement draft = this.announcements.draft(Map.of(Language.EN, "Nobody will see this."),
				new Segment(Segment.Kind.EVERYONE, null, EnumSet.of(Channel.TELEGRAM), EnumSet.of(Channel.TELEGRAM)));
		Announcement done = awaitDone(this.announcements.send(draft.id(), null).id());
		assertThat(done.failed()).isEqualTo(1);
		assertThat(done.sent()).isZero();
	}

}
