package org.talentbridge.bot.announcements.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.XAddParams;
import redis.clients.jedis.params.XAutoClaimParams;
import redis.clients.jedis.params.XClaimParams;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamEntry;

import org.talentbridge.bot.store.Keys;

/**
 * One Redis Stream entry per recipient, read by the consumer group "senders": an entry stays
 * pending until its sender acknowledges it, so a sender that stops leaves its entries for itself
 * after a restart, or for another instance once they have been idle a minute.
 */
@Component
class DeliveryQueue {

	static final String STREAM_KEY = Keys.of("announcements", "deliveries");

	static final String LATER_KEY = Keys.of("announcements", "later");

	static final String GROUP = "senders";

	// KEYS: later. ARGV: now, limit. Takes the due "announcement|user" entries.
	private static final String TAKE_DUE = """
			local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
			for _, entry in ipairs(due) do redis.call('ZREM', KEYS[1], entry) end
			return due
			""";

	private final JedisPooled redis;

	DeliveryQueue(JedisPooled redis) {
		this.redis = redis;
	}

	void createGroup() {
		try {
			this.redis.xgroupCreate(STREAM_KEY, GROUP, new StreamEntryID(0, 0), true);
		}
		catch (JedisDataException ex) {
			if (!String.valueOf(ex.getMessage()).contains("BUSYGROUP")) {
				throw ex;
			}
		}
	}

	void enqueue(String announcementId, List<String> userIds) {
		for (int from = 0; from < userIds.size(); from += 500) {
			try (AbstractPipeline pipeline = this.redis.pipelined()) {
				for (String userId : userIds.subList(from, Math.min(userIds.size(), from + 500))) {
					pipeline.xadd(STREAM_KEY, XAddParams.xAddParams(),
							Map.of("a", announcementId, "u", userId));
				}
				pipeline.sync();
			}
		}
	}

	/** Entries this consumer took before and did not acknowledge (after a restart), or new ones. */
	List<StreamEntry> read(String consumer, boolean ownPending, int count, int blockMillis) {
		XReadGroupParams params = XReadGroupParams.xReadGroupParams().count(count);
		if (!ownPending) {
			params.block(blockMillis);
		}
		var result = this.redis.xreadGroup(GROUP, consumer, params,
				Map.of(STREAM_KEY, ownPending ? new StreamEntryID(0, 0) : StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY));
		List<StreamEntry> entries = new ArrayList<>();
		if (result != null) {
			result.forEach(stream -> entries.addAll(stream.getValue()));
		}
		return entries;
	}

	/** Takes over entries another consumer left idle, as when an instance stopped for good. */
	List<StreamEntry> claimAbandoned(String consumer, long idleMillis, int count) {
		var result = this.redis.xautoclaim(STREAM_KEY, GROUP, consumer, idleMillis, new StreamEntryID(0, 0),
				XAutoClaimParams.xAutoClaimParams().count(count));
		return (result != null) ? result.getValue() : List.of();
	}

	/** Resets the entry's idle time, so {@link #claimAbandoned} leaves it to the consumer still working on it. */
	void keep(String consumer, StreamEntryID id) {
		this.redis.xclaimJustId(STREAM_KEY, GROUP, consumer, 0, XClaimParams.xClaimParams(), id);
	}

	/** Acknowledged entries are deleted, so what the stream holds is what waits. */
	long backlog() {
		return this.redis.xlen(STREAM_KEY);
	}

	void done(StreamEntryID id) {
		this.redis.xack(STREAM_KEY, GROUP, id);
		this.redis.xdel(STREAM_KEY, id);
	}

	void later(String announcementId, String userId, Instant at) {
		this.redis.zadd(LATER_KEY, at.toEpochMilli(), announcementId + "|" + userId);
	}

	/** Puts deliveries that waited for quiet hours or the frequency cap back in the stream. */
	@SuppressWarnings("unchecked")
	int releaseDue(Instant now) {
		List<String> due = (List<String>) this.redis.eval(TAKE_DUE, List.of(LATER_KEY),
				List.of(Long.toString(now.toEpochMilli()), "1000"));
		for (String entry : due) {
			int bar = entry.indexOf('|');
			enqueue(entry.substring(0, bar), List.of(entry.substring(bar + 1)));
		}
		return due.size();
	}

	long waitingLater(String announcementId) {
		return this.redis.zrange(LATER_KEY, 0, -1).stream().filter(e -> e.startsWith(announcementId + "|")).count();
	}

	void forget(String userId) {
		for (String entry : this.redis.zrange(LATER_KEY, 0, -1)) {
			if (entry.endsWith("|" + userId)) {
				this.redis.zrem(LATER_KEY, entry);
			}
		}
	}

}
