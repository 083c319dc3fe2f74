package org.talentbridge.bot.announcements.internal;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import redis.clients.jedis.resps.StreamEntry;

import org.talentbridge.bot.announcements.Announcement;
import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Notifier;
import org.talentbridge.bot.conversation.Notifier.Delivery;
import org.talentbridge.bot.conversation.ProactivePolicy;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Response;
import org.talentbridge.bot.conversation.UserProfiles;

/**
 * Reads the delivery stream and sends, one message at a time, paced per platform. A delivery is
 * acknowledged only after the person is marked as reached, so a stop at any point loses nothing;
 * the mark is checked before sending, so a redelivered entry is not sent twice.
 */
@Component
class DeliveryWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	static final long ABANDONED_AFTER_MILLIS = 60_000;

	/** The longest pause when a platform keeps asking to slow down. */
	static final java.time.Duration MAX_PAUSE = java.time.Duration.ofMinutes(30);

	private final DeliveryQueue queue;

	private final RedisAnnouncements store;

	private final Notifier notifier;

	private final ProactivePolicy policy;

	private final UserProfiles profiles;

	private final SendPacer pacer;

	private final Clock clock;

	private final Posts posts;

	/** The next pause when a platform asks to slow down; doubles while it keeps asking. */
	private java.time.Duration nextPause;

	/** Stable across restarts of the same instance, so it finds its own unacknowledged entries. */
	private final String consumer;

	private volatile boolean running;

	private @Nullable Thread thread;

	DeliveryWorker(DeliveryQueue queue, RedisAnnouncements store, Notifier notifier, ProactivePolicy policy,
			UserProfiles profiles, SendPacer pacer, Clock clock, Posts posts) {
		this.queue = queue;
		this.store = store;
		this.notifier = notifier;
		this.policy = policy;
		this.profiles = profiles;
		this.pacer = pacer;
		this.clock = clock;
		this.posts = posts;
		this.nextPause = pacer.throttlePause();
		this.consumer = "bot@" + host();
	}

	private static String host() {
		String name = ManagementFactory.getRuntimeMXBean().getName();
		return name.substring(name.indexOf('@') + 1);
	}

	@Override
	public void start() {
		this.running = true;
		Thread worker = new Thread(this::loop, "announcement-delivery");
		worker.setDaemon(true);
		worker.start();
		this.thread = worker;
	}

	private void loop() {
		boolean groupReady = false;
		boolean ownPendingDone = false;
		long lastClaim = 0;
		while (this.running) {
			try {
				if (!groupReady) {
					this.queue.createGroup();
					groupReady = true;
				}
				List<StreamEntry> entries;
				if (!ownPendingDone) {
					entries = this.queue.read(this.consumer, true, 50, 0);
					ownPendingDone = entries.isEmpty();
				}
				else if (System.currentTimeMillis() - lastClaim > 10_000) {
					lastClaim = System.currentTimeMillis();
					entries = this.queue.claimAbandoned(this.consumer, ABANDONED_AFTER_MILLIS, 50);
				}
				else {
					entries = this.queue.read(this.consumer, false, 20, 500);
				}
				for (StreamEntry entry : entries) {
					if (!this.running) {
						return;
					}
					deliver(entry);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				if (!this.running) {
					// Stopping: Redis may already be gone.
					return;
				}
				log.warn("Announcement delivery paused: {}", ex.getClass().getSimpleName());
				sleep(1000);
			}
		}
	}

	void deliver(StreamEntry entry) throws InterruptedException {
		String id = entry.getFields().get("a");
		String userId = entry.getFields().get("u");
		Announcement announcement = (id != null) ? this.store.find(id).orElse(null) : null;
		if (announcement == null || userId == null || announcement.status() == Announcement.Status.CANCELLED
				|| this.store.delivered(id, userId)) {
			this.queue.done(entry.getID());
			return;
		}
		Optional<Channel> post = Posts.channelOf(userId);
		if (post.isPresent()) {
			finish(entry, announcement, post(announcement, post.get()));
			return;
		}
		Instant now = this.clock.instant();
		Instant allowed = this.policy.nextAllowed(userId, now);
		if (allowed.isAfter(now)) {
			this.queue.later(id, userId, allowed);
			this.queue.done(entry.getID());
			return;
		}
		Channel channel = Channel.of(userId).orElse(Channel.WEB);
		this.pacer.await(channel);
		Language language = this.profiles.languageOf(userId);
		String text = announcement.text().getOrDefault(language, announcement.text().get(Language.EN));
		Response message = Response.of(language, Reply.text(text));
		Delivery delivery = this.notifier.send(userId, message);
		while (delivery == Delivery.THROTTLED) {
			// Not dropped: the whole platform pauses (every instance, through the pacer), then this one goes again.
			java.time.Duration pause = this.nextPause;
			this.nextPause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
			log.warn("{} asks to slow down: its direct messages pause for {} ms", channel, pause.toMillis());
			this.pacer.pause(channel, pause);
			if (!sleepWhileRunning(pause, entry)) {
				// Stopping: the entry stays pending and is sent after the restart.
				return;
			}
			this.pacer.await(channel);
			delivery = this.notifier.send(userId, message);
		}
		String outcome = switch (delivery) {
			case SENT -> {
				this.nextPause = this.pacer.throttlePause();
				this.store.markDelivered(id, userId);
				this.policy.sent(userId, now);
				yield "sent";
			}
			case BLOCKED -> "blocked";
			case FAILED, THROTTLED -> "failed";
		};
		finish(entry, announcement, outcome);
	}

	private void finish(StreamEntry entry, Announcement announcement, String outcome) {
		long finished = this.store.count(announcement.id(), outcome);
		this.queue.done(entry.getID());
		if (finished >= announcement.total()) {
			this.store.status(announcement.id(), Announcement.Status.DONE);
		}
	}

	/** One post in the platform's announcements channel, with every language's text. */
	private String post(Announcement announcement, Channel channel) throws InterruptedException {
		Optional<org.talentbridge.bot.conversation.AnnouncementChannel> target = this.posts.find(channel);
		if (target.isEmpty()) {
			log.warn("Announcement {}: no {} announcements channel is configured any more", announcement.id(), channel);
			return "failed";
		}
		this.pacer.await(channel);
		try {
			target.get().post(Posts.text(announcement.text()));
		}
		catch (RuntimeException ex) {
			log.warn("Announcement {} could not be posted in the {} announcements channel: {}", announcement.id(), channel,
					ex.toString());
			return "failed";
		}
		this.store.markDelivered(announcement.id(), Posts.recipient(channel));
		log.info("Announcement {} posted in the {} announcements channel", announcement.id(), channel);
		return "sent";
	}

	/**
	 * Sleeps in short steps, keeping the entry claimed so no other instance takes it over as
	 * abandoned meanwhile; false when the worker is stopping.
	 */
	private boolean sleepWhileRunning(java.time.Duration pause, StreamEntry entry) throws InterruptedException {
		long end = System.nanoTime() + pause.toNanos();
		long touched = System.nanoTime();
		while (this.running) {
			long left = end - System.nanoTime();
			if (left <= 0) {
				return true;
			}
			if (System.nanoTime() - touched > 10_000_000_000L) {
				this.queue.keep(this.consumer, entry.getID());
				touched = System.nanoTime();
			}
			Thread.sleep(Math.min(200, Math.max(1, left / 1_000_000)));
		}
		return false;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void stop() {
		this.running = false;
		Thread worker = this.thread;
		if (worker != null) {
			try {
				worker.join(5_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Stops before the Redis pool and the channels close. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 200;
	}

}
