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
 * acknowledged only after its outcome is recorded, so a stop at any point loses nothing. Each send
 * is noted before it goes out and the person marked as reached after: a redelivered entry is not
 * sent twice, and one whose send was under way when the bot stopped counts as "unknown" rather
 * than being sent again. A send that certainly failed is tried again later, up to a limit; one
 * that got no answer in time (it may have arrived) is "unknown" and never repeated.
 */
@Component
class DeliveryWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	static final long ABANDONED_AFTER_MILLIS = 60_000;

	/** The longest pause when a platform keeps asking to slow down. */
	static final java.time.Duration MAX_PAUSE = java.time.Duration.ofMinutes(30);

	/** The longest wait before another attempt at a delivery that failed. */
	static final java.time.Duration MAX_RETRY_WAIT = java.time.Duration.ofHours(1);

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
		if (this.store.wasSending(id, userId)) {
			// The bot stopped while the platform had the message and had not answered: it may have arrived.
			log.warn("Announcement {}: a send was under way when the bot stopped; it counts as unknown, not sent again", id);
			unknown(entry, announcement, userId);
			return;
		}
		Optional<Channel> post = Posts.channelOf(userId);
		if (post.isPresent()) {
			settle(entry, announcement, userId, post(announcement, post.get()));
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
		this.store.sending(id, userId);
		Delivery delivery = this.notifier.send(userId, message);
		while (delivery == Delivery.THROTTLED) {
			// Not dropped: the whole platform pauses (every instance, through the pacer), then this one goes again.
			this.store.notSending(id, userId);
			java.time.Duration pause = this.nextPause;
			this.nextPause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
			log.warn("{} asks to slow down: its direct messages pause for {} ms", channel, pause.toMillis());
			this.pacer.pause(channel, pause);
			if (!sleepWhileRunning(pause, entry)) {
				// Stopping: the entry stays pending and is sent after the restart.
				return;
			}
			this.pacer.await(channel);
			this.store.sending(id, userId);
			delivery = this.notifier.send(userId, message);
		}
		if (delivery == Delivery.SENT || delivery == Delivery.UNKNOWN) {
			this.nextPause = this.pacer.throttlePause();
			this.policy.sent(userId, now);
		}
		settle(entry, announcement, userId, switch (delivery) {
			case SENT -> "sent";
			case UNKNOWN -> "unknown";
			case BLOCKED -> "blocked";
			case REFUSED -> "refused";
			case FAILED, THROTTLED -> "failed";
		});
	}

	/**
	 * Records what became of one delivery. "failed" is final only after the last attempt: before,
	 * the delivery waits to be tried again, later each time, and the entry is acknowledged without
	 * counting it.
	 */
	private void settle(StreamEntry entry, Announcement announcement, String userId, String outcome) {
		String id = announcement.id();
		switch (outcome) {
			case "sent" -> this.store.markDelivered(id, userId);
			case "unknown" -> {
				unknown(entry, announcement, userId);
				return;
			}
			case "failed" -> {
				long attempts = this.store.failedAttempt(id, userId);
				SendPacer.Rates rates = this.pacer.rates();
				if (attempts < rates.deliveryAttempts()) {
					java.time.Duration wait = rates.retryBackoff().multipliedBy(1L << Math.min(20, attempts - 1));
					wait = (wait.compareTo(MAX_RETRY_WAIT) > 0) ? MAX_RETRY_WAIT : wait;
					log.info("Announcement {}: a delivery failed (attempt {} of {}); trying again in {} s", id, attempts,
							rates.deliveryAttempts(), wait.toSeconds());
					this.queue.later(id, userId, this.clock.instant().plus(wait));
					this.queue.done(entry.getID());
					return;
				}
				log.warn("Announcement {}: a delivery failed {} times; it counts as failed", id, attempts);
			}
			default -> {
			}
		}
		this.store.settled(id, userId);
		// Refused for good: failed at once, since every further attempt would be refused too.
		finish(entry, announcement, "refused".equals(outcome) ? "failed" : outcome);
	}

	/** Kept as reached, so that nothing sends it again, and counted apart from what certainly arrived. */
	private void unknown(StreamEntry entry, Announcement announcement, String userId) {
		this.store.markDelivered(announcement.id(), userId);
		this.store.settled(announcement.id(), userId);
		finish(entry, announcement, "unknown");
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
		String recipient = Posts.recipient(channel);
		this.store.sending(announcement.id(), recipient);
		try {
			target.get().post(Posts.text(announcement.text()));
		}
		catch (org.talentbridge.bot.conversation.DeliveryUncertain ex) {
			log.warn("Announcement {}: the {} announcements channel gave no answer in time; the post is not repeated",
					announcement.id(), channel);
			return "unknown";
		}
		catch (org.talentbridge.bot.conversation.DeliveryRefused ex) {
			log.warn("Announcement {} was refused in the {} announcements channel: {}", announcement.id(), channel,
					ex.getMessage());
			return "refused";
		}
		catch (RuntimeException ex) {
			log.warn("Announcement {} could not be posted in the {} announcements channel: {}", announcement.id(), channel,
					ex.toString());
			return "failed";
		}
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
