package org.talentbridge.bot.announcements.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import redis.clients.jedis.JedisPooled;

import org.talentbridge.bot.MutableClock;
import org.talentbridge.bot.RedisScan;
import org.talentbridge.bot.announcements.Announcement;
import org.talentbridge.bot.announcements.Announcements;
import org.talentbridge.bot.announcements.NewsSubscriptions;
import org.talentbridge.bot.announcements.Segment;
import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Conversation;
import org.talentbridge.bot.conversation.IncomingMessage;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.conversation.Response;
import org.talentbridge.bot.nudges.GraduateProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Opting in, segments, the staff chat command with its confirmation, quiet hours and the frequency cap. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "bot.announcements.check=PT1H", "bot.announcements.per-second.web=1000" })
@Import(MutableClock.Config.class)
class AnnouncementsIntegrationTests {

	static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

	@Autowired
	Conversation conversation;

	@Autowired
	Announcements announcements;

	@Autowired
	DefaultAnnouncements scheduler;

	@Autowired
	NewsSubscriptions news;

	@Autowired
	org.talentbridge.bot.nudges.Graduates graduates;

	@Autowired
	JedisPooled redis;

	@Autowired
	Phrases phrases;

	@Autowired
	MutableClock clock;

	private Response say(String user, String text) {
		return this.conversation.handle(IncomingMessage.of(Channel.WEB, user, text));
	}

	private List<String> inbox(String user) {
		return this.redis.lrange("tb:channel:web-inbox:web:" + user, 0, -1);
	}

	private static String user() {
		return "n-" + UUID.randomUUID();
	}

	@Test
	void peopleOptInAndOutByMessage() {
		String user = user();
		Response offer = say(user, "/news");
		assertThat(offer.replies().get(0).buttons().get(0).value()).isEqualTo("/news on");
		say(user, "/news on");
		assertThat(this.news.subscribed("web:" + user)).isTrue();
		assertThat(say(user, "/mydata").replies().get(0).text()).contains("News from the programme, agreed on");
		say(user, "stop");
		assertThat(this.news.subscribed("web:" + user)).isFalse();
	}

	@Test
	void aStaffMemberAnnouncesFromChatAfterAPreviewAndOthersAreRefused() {
		this.clock.set(MutableClock.START);
		String staff = user();
		String reader = user();
		say(reader, "/news on");
		Response refused = say(reader, "/announce everyone Hello all");
		assertThat(refused.replies().get(0).text()).isEqualTo(this.phrases.get(Language.EN, "staff.refused"));
		Response usage = this.conversation.handle(IncomingMessage.of(Channel.TELEGRAM, staff, "/announce nobody Hi").asStaff(true));
		assertThat(usage.replies().get(0).text()).isEqualTo(this.phrases.get(Language.EN, "announce.usage"));
		Response preview = this.conversation
			.handle(IncomingMessage.of(Channel.TELEGRAM, staff, "/announce everyone The career fair is on 10 March.").asStaff(true));
		int expected = this.news.subscribers().size();
		assertThat(preview.replies().get(0).text()).startsWith("This goes to " + expected + " people");
		assertThat(inbox(reader)).as("nothing before the confirmation").isEmpty();
		String send = preview.replies().get(0).buttons().get(0).value();
		Response started = this.conversation.handle(IncomingMessage.of(Channel.TELEGRAM, staff, send).asStaff(true));
		assertThat(started.replies().get(0).text()).startsWith("Sending to " + expected);
		await().atMost(Duration.ofSeconds(10)).until(() -> inbox(reader).size() == 1);
		assertThat(inbox(reader).get(0)).contains("The career fair is on 10 March.");
		Response again = this.conversation.handle(IncomingMessage.of(Channel.TELEGRAM, staff, send).asStaff(true));
		assertThat(again.replies().get(0).text()).isEqualTo(this.phrases.get(Language.EN, "announce.not-draft"));
		assertThat(say(reader, send).replies().get(0).text()).isEqualTo(this.phrases.get(Language.EN, "staff.refused"));
	}

	@Test
	void segmentsReachOnlyTheOptedInPeopleTheyName() {
		this.clock.set(MutableClock.START);
		String student = user();
		String graduate = user();
		String notOptedIn = user();
		saveGraduate("web:" + student, LocalDate.of(2027, 6, 30), "SE");
		saveGraduate("web:" + graduate, LocalDate.of(2026, 6, 30), "DK");
		saveGraduate("web:" + notOptedIn, LocalDate.of(2027, 6, 30), "SE");
		this.news.subscribe("web:" + student);
		this.news.subscribe("web:" + graduate);
		assertThat(ids(new Segment(Segment.Kind.STUDENTS, null, Set.of()))).contains("web:" + student)
			.doesNotContain("web:" + graduate, "web:" + notOptedIn);
		assertThat(ids(new Segment(Segment.Kind.GRADUATES, null, Set.of()))).contains("web:" + graduate)
			.doesNotContain("web:" + student);
		assertThat(ids(new Segment(Segment.Kind.COUNTRY, "DK", Set.of()))).contains("web:" + graduate)
			.doesNotContain("web:" + student);
		assertThat(ids(new Segment(Segment.Kind.EVERYONE, null, Set.of(Channel.TELEGRAM)))).noneMatch(u -> u.startsWith("web:"));
	}

	private List<String> ids(Segment segment) {
		return ((AudienceResolver) org.springframework.test.util.AopTestUtils.getTargetObject(this.resolver)).recipients(segment);
	}

	@Autowired
	AudienceResolver resolver;

	private void saveGraduate(String userId, LocalDate graduation, String country) {
		this.redis.hset("tb:nudges:graduate:" + userId, Map.of("university", "LU", "degree", "master", "graduation",
				graduation.toString(), "country", country, "eu", "false"));
		this.redis.sadd("tb:nudges:graduates", userId);
		assertThat(this.graduates.find(userId)).map(GraduateProfile::country).hasValue(country);
	}

	@Test
	void quietHoursAndTheCapHoldAnnouncementsBackUntilTheyAllow() {
		Instant evening = LocalDate.of(2026, 11, 23).atTime(21, 30).atZone(CPH).toInstant();
		this.clock.set(evening);
		String user = "quiet-" + UUID.randomUUID();
		say(user, "/news on");
		Segment onlyThem = new Segment(Segment.Kind.EVERYONE, null, Set.of(Channel.WEB));
		Announcement first = this.announcements.draft(Map.of(Language.EN, "Evening news", Language.SV, "Kvällsnyheter"), onlyThem);
		this.announcements.send(first.id(), null);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.redis.zrange(DeliveryQueue.LATER_KEY, 0, -1).contains(first.id() + "|web:" + user));
		assertThat(inbox(user)).as("not at 21:30").isEmpty();
		this.clock.set(LocalDate.of(2026, 11, 24).atTime(9, 0).atZone(CPH).toInstant());
		this.scheduler.tick();
		await().atMost(Duration.ofSeconds(10)).until(() -> inbox(user).size() == 1);
		// A second announcement the same day waits three days for this person.
		Announcement second = this.announcements.draft(Map.of(Language.EN, "More news"), onlyThem);
		this.announcements.send(second.id(), null);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.redis.zrange(DeliveryQueue.LATER_KEY, 0, -1).contains(second.id() + "|web:" + user));
		this.clock.advance(Duration.ofDays(3));
		this.scheduler.tick();
		await().atMost(Duration.ofSeconds(10)).until(() -> inbox(user).size() == 2);
		assertThat(inbox(user).get(1)).contains("More news");
		this.clock.set(MutableClock.START);
	}

	@Test
	void aScheduledAnnouncementStartsOnceAtItsTime() {
		this.clock.set(MutableClock.START);
		String user = user();
		say(user, "/news on");
		Announcement draft = this.announcements.draft(Map.of(Language.EN, "Scheduled news"),
				new Segment(Segment.Kind.EVERYONE, null, Set.of(Channel.WEB)));
		Announcement scheduled = this.announcements.send(draft.id(), MutableClock.START.plus(Duration.ofHours(2)));
		assertThat(scheduled.status()).isEqualTo(Announcement.Status.SCHEDULED);
		assertThat(this.scheduler.startDue()).isZero();
		this.clock.advance(Duration.ofHours(2));
		assertThat(this.scheduler.startDue()).isEqualTo(1);
		assertThat(this.scheduler.startDue()).isZero();
		await().atMost(Duration.ofSeconds(10)).until(() -> inbox(user).stream().anyMatch(m -> m.contains("Scheduled news")));
		this.clock.set(MutableClock.START);
	}

	@Test
	void forgetRemovesTheSubscriptionAndDeliveryRecords() {
		this.clock.set(MutableClock.START);
		String user = user();
		say(user, "/news on");
		Announcement a = this.announcements.draft(Map.of(Language.EN, "Forget me news"),
				new Segment(Segment.Kind.EVERYONE, null, Set.of(Channel.WEB)));
		this.announcements.send(a.id(), null);
		await().atMost(Duration.ofSeconds(10)).until(() -> inbox(user).size() == 1);
		say(user, "/forget yes");
		assertThat(RedisScan.mentions(this.redis, user)).isEmpty();
	}

}
