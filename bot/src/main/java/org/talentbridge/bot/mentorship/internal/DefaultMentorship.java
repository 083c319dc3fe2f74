package org.talentbridge.bot.mentorship.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.talentbridge.bot.mentorship.Match;
import org.talentbridge.bot.mentorship.Match.Status;
import org.talentbridge.bot.mentorship.MenteeProfile;
import org.talentbridge.bot.mentorship.MentorProfile;
import org.talentbridge.bot.mentorship.Mentorship;

/** Profiles and matches in {@link MentorshipStore}, proposals by {@link MatchScoring}, messages by {@link MatchNotices}. */
@Component
class DefaultMentorship implements Mentorship {

	private final MentorshipStore store;

	private final MatchNotices notices;

	private final Clock clock;

	DefaultMentorship(MentorshipStore store, MatchNotices notices, Clock clock) {
		this.store = store;
		this.notices = notices;
		this.clock = clock;
	}

	@Override
	public Optional<MenteeProfile> mentee(String userId) {
		return this.store.mentee(userId);
	}

	@Override
	public Optional<MentorProfile> mentor(String userId) {
		return this.store.mentor(userId);
	}

	@Override
	public void register(MenteeProfile profile) {
		this.store.save(profile);
		// A proposal made from the old profile is made again from the new one.
		for (Match match : this.store.of(profile.userId())) {
			if (match.menteeId().equals(profile.userId())) {
				this.store.withdraw(match, false);
			}
		}
		proposeFor(profile);
	}

	@Override
	public void register(MentorProfile profile) {
		this.store.save(profile);
		for (Match match : this.store.of(profile.userId())) {
			if (match.mentorId().equals(profile.userId())) {
				this.store.withdraw(match, false);
			}
		}
		propose();
	}

	@Override
	public boolean deleteMentee(String userId) {
		Optional<MenteeProfile> profile = this.store.mentee(userId);
		boolean had = this.store.deleteMentee(userId);
		for (Match match : this.store.of(userId)) {
			if (match.menteeId().equals(userId) && this.store.withdraw(match, true).orElse(null) == Status.APPROVED) {
				profile.ifPresent(p -> this.notices.ended(match.mentorId(), p.name()));
			}
		}
		return had;
	}

	@Override
	public boolean deleteMentor(String userId) {
		Optional<MentorProfile> profile = this.store.mentor(userId);
		boolean had = this.store.deleteMentor(userId);
		List<String> affected = new ArrayList<>();
		for (Match match : this.store.of(userId)) {
			if (!match.mentorId().equals(userId)) {
				continue;
			}
			Optional<Status> was = this.store.withdraw(match, true);
			if (was.isPresent()) {
				affected.add(match.menteeId());
				if (was.get() == Status.APPROVED) {
					profile.ifPresent(p -> this.notices.ended(match.menteeId(), p.name()));
				}
			}
		}
		for (String menteeId : affected) {
			this.store.mentee(menteeId).ifPresent(this::proposeFor);
		}
		return had;
	}

	@Override
	public Optional<Match> match(String matchId) {
		return this.store.match(matchId);
	}

	@Override
	public List<Match> matches(Status status) {
		return this.store.all().stream().filter(m -> m.status() == status).toList();
	}

	@Override
	public List<Match> matchesOf(String userId) {
		return this.store.of(userId);
	}

	@Override
	public int propose() {
		int made = 0;
		for (String menteeId : this.store.menteeIds()) {
			Optional<MenteeProfile> mentee = this.store.mentee(menteeId);
			if (mentee.isPresent() && proposeFor(mentee.get()).isPresent()) {
				made++;
			}
		}
		return made;
	}

	/**
	 * The best mentor with a free seat who shares a language, has not been rejected or declined for
	 * this mentee before, and is not the mentee themselves; ties go to the mentor with more free
	 * seats, then to the one who registered first.
	 */
	Optional<Match> proposeFor(MenteeProfile mentee) {
		if (this.store.openMatchOf(mentee.userId()) != null) {
			return Optional.empty();
		}
		Set<String> tried = new HashSet<>();
		for (Match match : this.store.of(mentee.userId())) {
			if (match.menteeId().equals(mentee.userId())
					&& (match.status() == Status.REJECTED || match.status() == Status.DECLINED)) {
				tried.add(match.mentorId());
			}
		}
		record Candidate(MentorProfile mentor, int score, long free) {
		}
		Optional<Candidate> best = this.store.mentorIds()
			.stream()
			.filter(id -> !tried.contains(id))
			.map(this.store::mentor)
			.flatMap(Optional::stream)
			.map(mentor -> {
				long free = mentor.capacity() - this.store.seatsTaken(mentor.userId());
				OptionalInt score = MatchScoring.score(mentee, mentor);
				return (free > 0 && score.isPresent()) ? new Candidate(mentor, score.getAsInt(), free) : null;
			})
			.filter(c -> c != null)
			.max(Comparator.comparingInt(Candidate::score)
				.thenComparingLong(Candidate::free)
				.thenComparing(c -> c.mentor().registeredAt(), Comparator.reverseOrder()));
		return best.flatMap(c -> this.store.propose(mentee.userId(), c.mentor().userId(), c.score(), this.clock.instant()));
	}

	@Override
	public Outcome approve(String matchId) {
		Outcome outcome = this.store.approve(matchId);
		if (outcome == Outcome.APPROVED) {
			Match match = this.store.match(matchId).orElseThrow();
			Optional<MenteeProfile> mentee = this.store.mentee(match.menteeId());
			Optional<MentorProfile> mentor = this.store.mentor(match.mentorId());
			if (mentee.isPresent() && mentor.isPresent()) {
				this.notices.approved(match, mentee.get(), mentor.get());
			}
		}
		return outcome;
	}

	@Override
	public Outcome reject(String matchId) {
		Outcome outcome = this.store.reject(matchId);
		if (outcome == Outcome.REJECTED) {
			this.store.match(matchId).flatMap(m -> this.store.mentee(m.menteeId())).ifPresent(this::proposeFor);
		}
		return outcome;
	}

	@Override
	public Outcome respond(String matchId, String userId, boolean accept) {
		Outcome outcome = this.store.respond(matchId, userId, accept);
		if (outcome != Outcome.INTRODUCED && outcome != Outcome.DECLINED) {
			return outcome;
		}
		Match match = this.store.match(matchId).orElseThrow();
		Optional<MenteeProfile> mentee = this.store.mentee(match.menteeId());
		Optional<MentorProfile> mentor = this.store.mentor(match.mentorId());
		if (outcome == Outcome.INTRODUCED) {
			if (mentee.isPresent() && mentor.isPresent()) {
				this.notices.introduced(mentee.get(), mentor.get());
			}
			return outcome;
		}
		if (userId.equals(match.menteeId())) {
			mentee.ifPresent(p -> this.notices.ended(match.mentorId(), p.name()));
		}
		else {
			mentor.ifPresent(p -> this.notices.ended(match.menteeId(), p.name()));
		}
		// Whoever declined, the mentee may fit another mentor.
		mentee.ifPresent(this::proposeFor);
		return outcome;
	}

}
