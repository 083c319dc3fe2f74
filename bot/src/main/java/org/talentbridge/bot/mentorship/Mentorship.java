package org.talentbridge.bot.mentorship;

import java.util.List;
import java.util.Optional;

/**
 * Mentor and mentee profiles and the matches between them. Registering or changing a profile
 * proposes matches at once (one open match per mentee); staff approve or reject proposals; approved
 * matches ask both sides, and introduce them once both accept. Approving and answering are atomic,
 * so a mentor's capacity holds under any number of concurrent approvals.
 */
public interface Mentorship {

	Optional<MenteeProfile> mentee(String userId);

	Optional<MentorProfile> mentor(String userId);

	/** Creates or replaces the mentee's profile; an unapproved proposal is made again from it. */
	void register(MenteeProfile profile);

	/** Creates or replaces the mentor's profile; unapproved proposals with them are made again. */
	void register(MentorProfile profile);

	/** Deletes the profile; proposals and approved matches waiting for answers are withdrawn. */
	boolean deleteMentee(String userId);

	/** As {@link #deleteMentee(String)}, for a mentor. */
	boolean deleteMentor(String userId);

	Optional<Match> match(String matchId);

	/** Matches in this status, oldest first. */
	List<Match> matches(Match.Status status);

	/** The person's matches as mentee or mentor, oldest first. */
	List<Match> matchesOf(String userId);

	/** Proposes matches for every mentee without an open one; returns how many were made. */
	int propose();

	/** Staff approve a proposal; both sides are asked. */
	Outcome approve(String matchId);

	/** Staff reject a proposal; the mentee gets another one if there is a fitting mentor. */
	Outcome reject(String matchId);

	/** One side's answer to an approved match; when both said yes, both are introduced. */
	Outcome respond(String matchId, String userId, boolean accept);

	/** What became of an approval, a rejection or an answer. */
	enum Outcome {

		APPROVED, REJECTED, ACCEPTED, INTRODUCED, DECLINED,
		/** No match has that id. */
		NO_SUCH_MATCH,
		/** The match is not in the status this step needs (approving twice, answering a proposal). */
		NOT_PENDING,
		/** Every one of the mentor's seats is taken. */
		MENTOR_FULL,
		/** The person answering is on neither side of the match. */
		NOT_YOURS

	}

}
