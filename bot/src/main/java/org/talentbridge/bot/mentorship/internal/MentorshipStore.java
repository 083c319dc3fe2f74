package org.talentbridge.bot.mentorship.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;

import org.talentbridge.bot.mentorship.Match;
import org.talentbridge.bot.mentorship.MenteeProfile;
import org.talentbridge.bot.mentorship.MentorProfile;
import org.talentbridge.bot.mentorship.Mentorship.Outcome;
import org.talentbridge.bot.mentorship.Sector;
import org.talentbridge.bot.mentorship.Side;
import org.talentbridge.bot.store.Keys;

/**
 * The mentorship keys in Redis:
 * <ul>
 * <li>{@code tb:mentorship:mentee:<user>}, {@code tb:mentorship:mentor:<user>}: profile hashes, and
 * {@code tb:mentorship:mentees}, {@code tb:mentorship:mentors}: sets of who has one;</li>
 * <li>{@code tb:mentorship:match:<id>}: a hash per match (mentee, mentor, score, status, answers),
 * {@code tb:mentorship:matches}: every match id, {@code tb:mentorship:of:<user>}: a person's match
 * ids, {@code tb:mentorship:sequence}: the last id;</li>
 * <li>{@code tb:mentorship:open}: mentee -> their one open match, claimed with HSETNX;</li>
 * <li>{@code tb:mentorship:taken:<mentor>}: the matches holding one of a mentor's seats.</li>
 * </ul>
 * Every change of a match's status is one Lua script that checks the status it starts from.
 */
@Component
class MentorshipStore {

	static final String MENTEES = Keys.of("mentorship", "mentees");

	static final String MENTORS = Keys.of("mentorship", "mentors");

	static final String MATCHES = Keys.of("mentorship", "matches");

	static final String OPEN = Keys.of("mentorship", "open");

	static final String SEQUENCE = Keys.of("mentorship", "sequence");

	// KEYS: open, match, matches, mentee's matches, mentor's matches. ARGV: mentee, mentor, score, at, id.
	private static final String PROPOSE = """
			if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[5]) == 0 then return 0 end
			redis.call('HSET', KEYS[2], 'mentee', ARGV[1], 'mentor', ARGV[2], 'score', ARGV[3], 'status', 'PROPOSED', 'at', ARGV[4])
			redis.call('ZADD', KEYS[3], tonumber(ARGV[5]), ARGV[5])
			redis.call('SADD', KEYS[4], ARGV[5])
			redis.call('SADD', KEYS[5], ARGV[5])
			return 1
			""";

	// KEYS: match, mentor's taken seats, mentor's profile. ARGV: id, mentor.
	private static final String APPROVE = """
			local status = redis.call('HGET', KEYS[1], 'status')
			if not status or redis.call('HGET', KEYS[1], 'mentor') ~= ARGV[2] then return 'NO_SUCH_MATCH' end
			if status ~= 'PROPOSED' then return 'NOT_PENDING' end
			local capacity = tonumber(redis.call('HGET', KEYS[3], 'capacity') or '0')
			if redis.call('SCARD', KEYS[2]) >= capacity then return 'MENTOR_FULL' end
			redis.call('HSET', KEYS[1], 'status', 'APPROVED')
			redis.call('SADD', KEYS[2], ARGV[1])
			return 'APPROVED'
			""";

	// KEYS: match, open. ARGV: id.
	private static final String REJECT = """
			local status = redis.call('HGET', KEYS[1], 'status')
			if not status then return 'NO_SUCH_MATCH' end
			if status ~= 'PROPOSED' then return 'NOT_PENDING' end
			redis.call('HSET', KEYS[1], 'status', 'REJECTED')
			local mentee = redis.call('HGET', KEYS[1], 'mentee')
			if redis.call('HGET', KEYS[2], mentee) == ARGV[1] then redis.call('HDEL', KEYS[2], mentee) end
			return 'REJECTED'
			""";

	// KEYS: match, mentor's taken seats, open. ARGV: id, user, 1 to accept or 0 to decline.
	private static final String RESPOND = """
			local status = redis.call('HGET', KEYS[1], 'status')
			if not status then return 'NO_SUCH_MATCH' end
			local mentee = redis.call('HGET', KEYS[1], 'mentee')
			local field
			if mentee == ARGV[2] then field = 'menteeAccepted'
			elseif redis.call('HGET', KEYS[1], 'mentor') == ARGV[2] then field = 'mentorAccepted'
			else return 'NOT_YOURS' end
			if status ~= 'APPROVED' then return 'NOT_PENDING' end
			if ARGV[3] == '0' then
			  redis.call('HSET', KEYS[1], 'status', 'DECLINED')
			  redis.call('SREM', KEYS[2], ARGV[1])
			  if redis.call('HGET', KEYS[3], mentee) == ARGV[1] then redis.call('HDEL', KEYS[3], mentee) end
			  return 'DECLINED'
			end
			redis.call('HSET', KEYS[1], field, '1')
			if redis.call('HGET', KEYS[1], 'menteeAccepted') == '1' and redis.call('HGET', KEYS[1], 'mentorAccepted') == '1' then
			  redis.call('HSET', KEYS[1], 'status', 'INTRODUCED')
			  return 'INTRODUCED'
			end
			return 'ACCEPTED'
			""";

	// KEYS: match, mentor's taken seats, open, matches, mentee's matches, mentor's matches.
	// ARGV: id, 1 to withdraw approved matches too. A proposal nobody acted on is dropped altogether.
	private static final String WITHDRAW = """
			local status = redis.call('HGET', KEYS[1], 'status')
			if not status then return 'NONE' end
			local mentee = redis.call('HGET', KEYS[1], 'mentee')
			if status == 'PROPOSED' then
			  redis.call('DEL', KEYS[1])
			  redis.call('ZREM', KEYS[4], ARGV[1])
			  redis.call('SREM', KEYS[5], ARGV[1])
			  redis.call('SREM', KEYS[6], ARGV[1])
			elseif status == 'APPROVED' and ARGV[2] == '1' then
			  redis.call('HSET', KEYS[1], 'status', 'WITHDRAWN')
			  redis.call('SREM', KEYS[2], ARGV[1])
			else
			  return 'NONE'
			end
			if redis.call('HGET', KEYS[3], mentee) == ARGV[1] then redis.call('HDEL', KEYS[3], mentee) end
			return status
			""";

	private final JedisPooled redis;

	MentorshipStore(JedisPooled redis) {
		this.redis = redis;
	}

	static String menteeKey(String userId) {
		return Keys.of("mentorship", "mentee", userId);
	}

	static String mentorKey(String userId) {
		return Keys.of("mentorship", "mentor", userId);
	}

	static String matchKey(String id) {
		return Keys.of("mentorship", "match", id);
	}

	static String ofKey(String userId) {
		return Keys.of("mentorship", "of", userId);
	}

	static String takenKey(String mentorId) {
		return Keys.of("mentorship", "taken", mentorId);
	}

	// Profiles

	Optional<MenteeProfile> mentee(String userId) {
		Map<String, String> h = this.redis.hgetAll(menteeKey(userId));
		if (h.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new MenteeProfile(userId, h.get("name"), Sector.parse(h.get("sector")).orElse(Sector.OTHER),
				h.get("field"), h.get("goals"), languages(h.get("languages")), h.get("city"),
				Side.valueOf(h.get("side")), h.get("contact"), Instant.ofEpochMilli(Long.parseLong(h.get("at")))));
	}

	Optional<MentorProfile> mentor(String userId) {
		Map<String, String> h = this.redis.hgetAll(mentorKey(userId));
		if (h.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new MentorProfile(userId, h.get("name"), Sector.parse(h.get("sector")).orElse(Sector.OTHER),
				h.get("expertise"), languages(h.get("languages")), h.get("city"), Side.valueOf(h.get("side")),
				Integer.parseInt(h.get("capacity")), h.get("contact"), Instant.ofEpochMilli(Long.parseLong(h.get("at")))));
	}

	private static Set<String> languages(@Nullable String stored) {
		return (stored == null || stored.isBlank()) ? Set.of() : new LinkedHashSet<>(Arrays.asList(stored.split(",")));
	}

	void save(MenteeProfile p) {
		Map<String, String> h = new HashMap<>();
		h.put("name", p.name());
		h.put("sector", p.sector().code());
		h.put("field", p.field());
		h.put("goals", p.goals());
		h.put("languages", String.join(",", new TreeSet<>(p.languages())));
		h.put("city", p.city());
		h.put("side", p.side().name());
		h.put("at", Long.toString(p.registeredAt().toEpochMilli()));
		replace(menteeKey(p.userId()), h, p.contact());
		this.redis.sadd(MENTEES, p.userId());
	}

	void save(MentorProfile p) {
		Map<String, String> h = new HashMap<>();
		h.put("name", p.name());
		h.put("sector", p.sector().code());
		h.put("expertise", p.expertise());
		h.put("languages", String.join(",", new TreeSet<>(p.languages())));
		h.put("city", p.city());
		h.put("side", p.side().name());
		h.put("capacity", Integer.toString(p.capacity()));
		h.put("at", Long.toString(p.registeredAt().toEpochMilli()));
		replace(mentorKey(p.userId()), h, p.contact());
		this.redis.sadd(MENTORS, p.userId());
	}

	private void replace(String key, Map<String, String> hash, @Nullable String contact) {
		if (contact != null) {
			hash.put("contact", contact);
		}
		else {
			this.redis.hdel(key, "contact");
		}
		this.redis.hset(key, hash);
	}

	boolean deleteMentee(String userId) {
		this.redis.srem(MENTEES, userId);
		return this.redis.del(menteeKey(userId)) > 0;
	}

	boolean deleteMentor(String userId) {
		this.redis.srem(MENTORS, userId);
		return this.redis.del(mentorKey(userId)) > 0;
	}

	Set<String> menteeIds() {
		return this.redis.smembers(MENTEES);
	}

	Set<String> mentorIds() {
		return this.redis.smembers(MENTORS);
	}

	long seatsTaken(String mentorId) {
		return this.redis.scard(takenKey(mentorId));
	}

	@Nullable String openMatchOf(String menteeId) {
		return this.redis.hget(OPEN, menteeId);
	}

	// Matches

	Optional<Match> match(String id) {
		if (!id.matches("[0-9]{1,18}")) {
			return Optional.empty();
		}
		Map<String, String> h = this.redis.hgetAll(matchKey(id));
		if (h.isEmpty() || h.get("status") == null) {
			return Optional.empty();
		}
		return Optional.of(new Match(id, h.get("mentee"), h.get("mentor"), Integer.parseInt(h.getOrDefault("score", "0")),
				Match.Status.valueOf(h.get("status")), "1".equals(h.get("menteeAccepted")),
				"1".equals(h.get("mentorAccepted")), Instant.ofEpochMilli(Long.parseLong(h.getOrDefault("at", "0")))));
	}

	List<Match> all() {
		return load(this.redis.zrange(MATCHES, 0, -1));
	}

	List<Match> of(String userId) {
		List<String> ids = new ArrayList<>(this.redis.smembers(ofKey(userId)));
		ids.sort((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b)));
		return load(ids);
	}

	private List<Match> load(List<String> ids) {
		List<Match> found = new ArrayList<>(ids.size());
		for (String id : ids) {
			match(id).ifPresent(found::add);
		}
		return found;
	}

	/** @return the new match, or empty when the mentee already has an open one */
	Optional<Match> propose(String menteeId, String mentorId, int score, Instant at) {
		String id = Long.toString(this.redis.incr(SEQUENCE));
		Object made = this.redis.eval(PROPOSE,
				List.of(OPEN, matchKey(id), MATCHES, ofKey(menteeId), ofKey(mentorId)),
				List.of(menteeId, mentorId, Integer.toString(score), Long.toString(at.toEpochMilli()), id));
		return (((Long) made) == 1L) ? match(id) : Optional.empty();
	}

	Outcome approve(String id) {
		Optional<Match> match = match(id);
		if (match.isEmpty()) {
			return Outcome.NO_SUCH_MATCH;
		}
		String mentor = match.get().mentorId();
		return Outcome.valueOf((String) this.redis.eval(APPROVE,
				List.of(matchKey(id), takenKey(mentor), mentorKey(mentor)), List.of(id, mentor)));
	}

	Outcome reject(String id) {
		if (match(id).isEmpty()) {
			return Outcome.NO_SUCH_MATCH;
		}
		return Outcome.valueOf((String) this.redis.eval(REJECT, List.of(matchKey(id), OPEN), List.of(id)));
	}

	Outcome respond(String id, String userId, boolean accept) {
		Optional<Match> match = match(id);
		if (match.isEmpty()) {
			return Outcome.NO_SUCH_MATCH;
		}
		return Outcome.valueOf((String) this.redis.eval(RESPOND,
				List.of(matchKey(id), takenKey(match.get().mentorId()), OPEN), List.of(id, userId, accept ? "1" : "0")));
	}

	/**
	 * Drops the match if it is only proposed; with {@code approvedToo}, withdraws it also when
	 * approved and waiting for answers.
	 * @return the status it had when it was withdrawn, or empty when it was left as it was
	 */
	Optional<Match.Status> withdraw(Match match, boolean approvedToo) {
		String was = (String) this.redis.eval(WITHDRAW,
				List.of(matchKey(match.id()), takenKey(match.mentorId()), OPEN, MATCHES, ofKey(match.menteeId()),
						ofKey(match.mentorId())),
				List.of(match.id(), approvedToo ? "1" : "0"));
		return "NONE".equals(was) ? Optional.empty() : Optional.of(Match.Status.valueOf(was));
	}

	/** Every key and entry naming the person: their profiles, their matches (both sides' indexes), their seats. */
	void forget(String userId) {
		for (Match match : of(userId)) {
			String other = match.menteeId().equals(userId) ? match.mentorId() : match.menteeId();
			this.redis.del(matchKey(match.id()));
			this.redis.zrem(MATCHES, match.id());
			this.redis.srem(ofKey(other), match.id());
			this.redis.srem(takenKey(match.mentorId()), match.id());
			if (match.id().equals(this.redis.hget(OPEN, match.menteeId()))) {
				this.redis.hdel(OPEN, match.menteeId());
			}
		}
		this.redis.del(menteeKey(userId), mentorKey(userId), ofKey(userId), takenKey(userId));
		this.redis.srem(MENTEES, userId);
		this.redis.srem(MENTORS, userId);
		this.redis.hdel(OPEN, userId);
	}

}
