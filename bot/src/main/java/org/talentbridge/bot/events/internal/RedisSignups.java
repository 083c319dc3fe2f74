package org.talentbridge.bot.events.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;
import tools.jackson.databind.json.JsonMapper;

import org.talentbridge.bot.events.Attendee;
import org.talentbridge.bot.events.Event;
import org.talentbridge.bot.events.EventCatalog;
import org.talentbridge.bot.events.SignupResult;
import org.talentbridge.bot.events.SignupResult.Outcome;
import org.talentbridge.bot.events.Signups;
import org.talentbridge.bot.store.Keys;

/**
 * Per event: a sorted set of confirmed people and one of waiting people, both scored by a global
 * signup sequence so order is first come, first served; a hash with each person's details; and per
 * person a set of their events. Each change is one Lua script, so concurrent signups from any
 * number of instances can never pass the capacity.
 */
@Component
class RedisSignups implements Signups {

	// KEYS: confirmed, waitlist, details, sequence, person's events. ARGV: user, capacity, details, event id.
	private static final String SIGN_UP = """
			local user = ARGV[1]
			if redis.call('ZSCORE', KEYS[1], user) then
			  return {'ALREADY_CONFIRMED', redis.call('ZRANK', KEYS[1], user) + 1}
			end
			local waiting = redis.call('ZRANK', KEYS[2], user)
			if waiting then return {'ALREADY_WAITLISTED', waiting + 1} end
			local seq = redis.call('INCR', KEYS[4])
			redis.call('HSET', KEYS[3], user, ARGV[3])
			redis.call('SADD', KEYS[5], ARGV[4])
			if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) and redis.call('ZCARD', KEYS[2]) == 0 then
			  redis.call('ZADD', KEYS[1], seq, user)
			  return {'CONFIRMED', redis.call('ZCARD', KEYS[1])}
			end
			redis.call('ZADD', KEYS[2], seq, user)
			return {'WAITLISTED', redis.call('ZRANK', KEYS[2], user) + 1}
			""";

	// KEYS: confirmed, waitlist. ARGV: capacity. Returns the people moved up, in order.
	private static final String PROMOTE = """
			local promoted = {}
			while redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) do
			  local first = redis.call('ZPOPMIN', KEYS[2])
			  if #first == 0 then break end
			  redis.call('ZADD', KEYS[1], first[2], first[1])
			  table.insert(promoted, first[1])
			end
			return promoted
			""";

	// KEYS: confirmed, waitlist, details, person's events, check-ins. ARGV: user, capacity, event id.
	// Returns {was on the list (1/0), promoted people...}.
	private static final String CANCEL = """
			local user = ARGV[1]
			local had = redis.call('ZREM', KEYS[1], user) + redis.call('ZREM', KEYS[2], user)
			redis.call('HDEL', KEYS[3], user)
			redis.call('HDEL', KEYS[5], user)
			redis.call('SREM', KEYS[4], ARGV[3])
			local result = {had}
			while redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) do
			  local first = redis.call('ZPOPMIN', KEYS[2])
			  if #first == 0 then break end
			  redis.call('ZADD', KEYS[1], first[2], first[1])
			  table.insert(result, first[1])
			end
			return result
			""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JedisPooled redis;

	private final EventCatalog catalog;

	private final Clock clock;

	private final SeatNotices notices;

	private final org.springframework.context.ApplicationEventPublisher published;

	RedisSignups(JedisPooled redis, EventCatalog catalog, Clock clock, SeatNotices notices,
			org.springframework.context.ApplicationEventPublisher published) {
		this.published = published;
		this.redis = redis;
		this.catalog = catalog;
		this.clock = clock;
		this.notices = notices;
	}

	static String confirmedKey(String eventId) {
		return Keys.of("events", "confirmed", eventId);
	}

	static String waitlistKey(String eventId) {
		return Keys.of("events", "waitlist", eventId);
	}

	static String detailsKey(String eventId) {
		return Keys.of("events", "details", eventId);
	}

	static String checkInsKey(String eventId) {
		return Keys.of("events", "checkins", eventId);
	}

	static String personEventsKey(String userId) {
		return Keys.of("events", "of", userId);
	}

	static final String SEQUENCE_KEY = Keys.of("events", "sequence");

	@Override
	public SignupResult signUp(String eventId, String userId, String name, @Nullable String email) {
		SignupResult result = take(eventId, userId, name, email);
		this.published.publishEvent(result);
		return result;
	}

	private SignupResult take(String eventId, String userId, String name, @Nullable String email) {
		Optional<Event> found = this.catalog.find(eventId);
		if (found.isEmpty()) {
			return new SignupResult(Outcome.NO_SUCH_EVENT, 0);
		}
		Event event = found.get();
		if (!event.openAt(this.clock.instant())) {
			return new SignupResult(Outcome.CLOSED, 0);
		}
		String details = JSON.writeValueAsString(new Details(name, email, this.clock.millis()));
		List<?> result = (List<?>) this.redis.eval(SIGN_UP,
				List.of(confirmedKey(eventId), waitlistKey(eventId), detailsKey(eventId), SEQUENCE_KEY,
						personEventsKey(userId)),
				List.of(userId, Integer.toString(event.capacity()), details, eventId));
		return new SignupResult(Outcome.valueOf((String) result.get(0)), ((Long) result.get(1)).intValue());
	}

	@Override
	public boolean cancel(String eventId, String userId) {
		int capacity = this.catalog.find(eventId).map(Event::capacity).orElse(0);
		List<?> result = (List<?>) this.redis.eval(CANCEL,
				List.of(confirmedKey(eventId), waitlistKey(eventId), detailsKey(eventId), personEventsKey(userId),
						checkInsKey(eventId)),
				List.of(userId, Integer.toString(capacity), eventId));
		announce(eventId, result.subList(1, result.size()));
		return ((Long) result.get(0)) > 0;
	}

	/** After a capacity change: fills free seats from the waitlist and tells those moved up. */
	void fillSeats(Event event) {
		List<?> promoted = (List<?>) this.redis.eval(PROMOTE,
				List.of(confirmedKey(event.id()), waitlistKey(event.id())), List.of(Integer.toString(event.capacity())));
		announce(event.id(), promoted);
	}

	private void announce(String eventId, List<?> promoted) {
		for (Object userId : promoted) {
			this.notices.seatFreed(eventId, (String) userId);
		}
	}

	@Override
	public List<Attendee> attendees(String eventId) {
		return people(eventId, this.redis.zrange(confirmedKey(eventId), 0, -1));
	}

	@Override
	public List<Attendee> waitlist(String eventId) {
		return people(eventId, this.redis.zrange(waitlistKey(eventId), 0, -1));
	}

	private List<Attendee> people(String eventId, List<String> userIds) {
		if (userIds.isEmpty()) {
			return List.of();
		}
		String[] fields = userIds.toArray(String[]::new);
		List<String> details = this.redis.hmget(detailsKey(eventId), fields);
		List<String> checkIns = this.redis.hmget(checkInsKey(eventId), fields);
		List<Attendee> people = new ArrayList<>(userIds.size());
		for (int i = 0; i < fields.length; i++) {
			Details d = (details.get(i) != null) ? JSON.readValue(details.get(i), Details.class)
					: new Details("?", null, 0);
			String checkedIn = checkIns.get(i);
			people.add(new Attendee(fields[i], d.name(), d.email(), Instant.ofEpochMilli(d.at()),
					(checkedIn != null) ? Instant.ofEpochMilli(Long.parseLong(checkedIn)) : null));
		}
		return people;
	}

	@Override
	public List<MySignup> of(String userId) {
		List<MySignup> mine = new ArrayList<>();
		for (String eventId : this.redis.smembers(personEventsKey(userId))) {
			Long waiting = this.redis.zrank(waitlistKey(eventId), userId);
			if (waiting != null) {
				mine.add(new MySignup(eventId, waiting.intValue() + 1));
			}
			else if (this.redis.zscore(confirmedKey(eventId), userId) != null) {
				mine.add(new MySignup(eventId, 0));
			}
		}
		return mine;
	}

	@Override
	public Optional<Attendee> checkIn(String eventId, String userId) {
		if (this.redis.zscore(confirmedKey(eventId), userId) == null) {
			return Optional.empty();
		}
		this.redis.hsetnx(checkInsKey(eventId), userId, Long.toString(this.clock.millis()));
		return people(eventId, List.of(userId)).stream().findFirst();
	}

	/** Gives up all of a person's places (moving others up) and drops their index. */
	void forget(String userId) {
		for (String eventId : this.redis.smembers(personEventsKey(userId))) {
			cancel(eventId, userId);
		}
		this.redis.del(personEventsKey(userId));
	}

	/** All of a person's signups, as kept in the details hash; for /mydata. */
	Map<String, Details> detailsOf(String userId) {
		Map<String, Details> found = new java.util.LinkedHashMap<>();
		for (String eventId : this.redis.smembers(personEventsKey(userId))) {
			String json = this.redis.hget(detailsKey(eventId), userId);
			if (json != null) {
				found.put(eventId, JSON.readValue(json, Details.class));
			}
		}
		return found;
	}

	/** What the attendee list keeps about a person. */
	record Details(String name, @Nullable String email, long at) {
	}

}
