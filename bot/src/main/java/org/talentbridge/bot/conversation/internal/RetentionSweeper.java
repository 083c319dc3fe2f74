package org.talentbridge.bot.conversation.internal;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.exceptions.JedisException;

import org.talentbridge.bot.conversation.PersonalData;
import org.talentbridge.bot.store.Keys;

/**
 * People who have not written for the retention period (13 months) are forgotten as if they had
 * said /forget: every feature deletes what it keeps about them. Each message moves the person's
 * last-seen time in one sorted set; a person is claimed with a script that checks that time again,
 * so someone who writes while the sweep runs is kept, and two instances never forget one twice.
 */
@Component
class RetentionSweeper {

	static final String SEEN_KEY = Keys.of("conversation", "seen");

	private static final String CLAIM = """
			local seen = redis.call('ZSCORE', KEYS[1], ARGV[1])
			if seen and tonumber(seen) < tonumber(ARGV[2]) then
			  redis.call('ZREM', KEYS[1], ARGV[1])
			  return 1
			end
			return 0
			""";

	private static final Logger log = LoggerFactory.getLogger(RetentionSweeper.class);

	private final JedisPooled redis;

	private final List<PersonalData> holders;

	private final SeenWriter seen;

	private final PrivacyProperties properties;

	private final Clock clock;

	RetentionSweeper(JedisPooled redis, List<PersonalData> holders, SeenWriter seen, PrivacyProperties properties,
			Clock clock) {
		this.redis = redis;
		this.holders = holders;
		this.seen = seen;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${bot.privacy.sweep-every:1h}", initialDelayString = "${bot.privacy.sweep-every:1h}")
	void scheduled() {
		try {
			sweep();
		}
		catch (JedisException ex) {
			log.warn("Looking for people to forget failed; trying again later: {}", ex.getMessage());
		}
	}

	/** Forgets everyone silent for longer than the retention period; returns how many. */
	int sweep() {
		// This instance's last arrivals first: someone writing now is not silent.
		this.seen.flushAll();
		long cutoff = this.clock.millis() - this.properties.retention().toMillis();
		int forgotten = 0;
		while (true) {
			List<String> silent = this.redis.zrangeByScore(SEEN_KEY, Double.NEGATIVE_INFINITY, cutoff - 1, 0, 200);
			if (silent.isEmpty()) {
				break;
			}
			for (String userId : silent) {
				Object claimed = this.redis.eval(CLAIM, List.of(SEEN_KEY), List.of(userId, Long.toString(cutoff)));
				if (Long.valueOf(1).equals(claimed)) {
					this.seen.discard(userId);
					for (PersonalData holder : this.holders) {
						holder.forget(userId);
					}
					forgotten++;
				}
			}
		}
		if (forgotten > 0) {
			log.info("Forgot {} people who had not written for {} days", forgotten, this.properties.retention().toDays());
		}
		return forgotten;
	}

}
