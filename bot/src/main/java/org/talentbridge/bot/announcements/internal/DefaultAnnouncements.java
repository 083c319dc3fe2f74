package org.talentbridge.bot.announcements.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;

import org.talentbridge.bot.announcements.Announcement;
import org.talentbridge.bot.announcements.Announcement.Status;
import org.talentbridge.bot.announcements.Announcements;
import org.talentbridge.bot.announcements.Segment;
import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.store.Keys;

/**
 * Drafts, scheduling and the start of delivery. Scheduled announcements wait in a sorted set by
 * time; the instance that removes one from it starts it, so it starts once.
 */
@Component
class DefaultAnnouncements implements Announcements {

	private static final Logger log = LoggerFactory.getLogger(DefaultAnnouncements.class);

	static final String SCHEDULED_KEY = Keys.of("announcements", "scheduled");

	static final int MAX_TEXT = 3500;

	private final RedisAnnouncements store;

	private final AudienceResolver audience;

	private final DeliveryQueue queue;

	private final JedisPooled redis;

	private final Clock clock;

	private final Posts posts;

	DefaultAnnouncements(RedisAnnouncements store, AudienceResolver audience, DeliveryQueue queue, JedisPooled redis,
			Clock clock, Posts posts) {
		this.store = store;
		this.audience = audience;
		this.queue = queue;
		this.redis = redis;
		this.clock = clock;
		this.posts = posts;
	}

	@Override
	public long backlog() {
		return this.queue.backlog();
	}

	@Override
	public Announcement draft(Map<Language, String> text, Segment segment) {
		if (!text.containsKey(Language.EN) || text.get(Language.EN).isBlank()) {
			throw new IllegalArgumentException("An announcement needs an English text (en).");
		}
		for (Map.Entry<Language, String> entry : text.entrySet()) {
			if (entry.getValue().codePointCount(0, entry.getValue().length()) > MAX_TEXT) {
				throw new IllegalArgumentException(
						"text." + entry.getKey().code() + " is longer than " + MAX_TEXT + " characters.");
			}
		}
		for (Channel channel : segment.posts()) {
			if (this.posts.find(channel).isEmpty()) {
				throw new IllegalArgumentException("There is no " + channel.prefix() + " announcements channel (set "
						+ channel.name() + "_ANNOUNCEMENTS_CHANNEL).");
			}
		}
		Announcement draft = new Announcement(this.store.nextId(), text, segment, Status.DRAFT, this.clock.instant(),
				null, recipients(segment) + segment.posts().size());
		this.store.save(draft);
		return draft;
	}

	@Override
	public int recipients(Segment segment) {
		return this.audience.recipients(segment).size();
	}

	@Override
	public Map<Channel, String> postChannels() {
		return this.posts.names();
	}

	@Override
	public Announcement send(String id, @org.jspecify.annotations.Nullable Instant at) {
		Announcement a = this.store.find(id).orElseThrow(() -> new NoSuchElementException(id));
		if (a.status() != Status.DRAFT) {
			throw new IllegalStateException("Announcement " + id + " is " + a.status().name().toLowerCase());
		}
		Instant now = this.clock.instant();
		Instant when = (at == null || at.isBefore(now)) ? now : at;
		Announcement scheduled = new Announcement(a.id(), a.text(), a.segment(), Status.SCHEDULED, a.createdAt(), when,
				a.total());
		this.store.save(scheduled);
		this.redis.zadd(SCHEDULED_KEY, when.toEpochMilli(), id);
		if (!when.isAfter(now)) {
			startDue();
		}
		return this.store.find(id).orElseThrow();
	}

	@Scheduled(fixedDelayString = "${bot.announcements.check:PT5S}", initialDelayString = "PT5S")
	void tick() {
		try {
			startDue();
			this.queue.releaseDue(this.clock.instant());
		}
		catch (RuntimeException ex) {
			log.warn("Announcements not checked this round: {}", ex.getClass().getSimpleName());
		}
	}

	/** Starts every scheduled announcement whose time has come. */
	int startDue() {
		int started = 0;
		long now = this.clock.millis();
		for (String id : this.redis.zrangeByScore(SCHEDULED_KEY, Double.NEGATIVE_INFINITY, now)) {
			if (this.redis.zrem(SCHEDULED_KEY, id) == 1) {
				start(id);
				started++;
			}
		}
		return started;
	}

	private void start(String id) {
		Optional<Announcement> found = this.store.find(id);
		if (found.isEmpty() || found.get().status() != Status.SCHEDULED) {
			return;
		}
		Announcement a = found.get();
		List<String> recipients = new java.util.ArrayList<>();
		// The posts first: one message each, and everyone in the channel sees it at once.
		a.segment().posts().stream().sorted().map(Posts::recipient).forEach(recipients::add);
		recipients.addAll(this.audience.recipients(a.segment()));
		Announcement sending = new Announcement(a.id(), a.text(), a.segment(),
				recipients.isEmpty() ? Status.DONE : Status.SENDING, a.createdAt(), a.sendAt(), recipients.size());
		this.store.save(sending);
		this.queue.enqueue(id, recipients);
		log.info("Announcement {} started: {} recipients", id, recipients.size());
	}

	@Override
	public Optional<Announcement> find(String id) {
		return this.store.find(id);
	}

	@Override
	public List<Announcement> all() {
		return this.store.all();
	}

}
