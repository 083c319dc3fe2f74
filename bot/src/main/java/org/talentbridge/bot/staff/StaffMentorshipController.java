package org.talentbridge.bot.staff;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.talentbridge.bot.mentorship.Match;
import org.talentbridge.bot.mentorship.MenteeProfile;
import org.talentbridge.bot.mentorship.MentorProfile;
import org.talentbridge.bot.mentorship.Mentorship;
import org.talentbridge.bot.mentorship.Mentorship.Outcome;

/**
 * Mentorship matches for staff: the proposals waiting for approval, approving (both sides are then
 * asked in their own channel) and rejecting (the mentee gets another proposal if a mentor fits).
 */
@RestController
@RequestMapping(path = "/api/staff/mentorship", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Mentorship", description = "Mentor-mentee matches proposed by the bot, approved by staff")
class StaffMentorshipController {

	private final Mentorship mentorship;

	StaffMentorshipController(Mentorship mentorship) {
		this.mentorship = mentorship;
	}

	@GetMapping("/matches")
	@Operation(summary = "Matches in one status, oldest first",
			description = "proposed: waiting for staff approval; approved: waiting for both sides to accept; "
					+ "introduced, rejected, declined, withdrawn.")
	@ApiResponse(responseCode = "200", description = "The matches with both profiles (contact details only once introduced)")
	@ApiResponse(responseCode = "400", description = "Unknown status")
	ResponseEntity<?> matches(@Parameter(description = "proposed (default), approved, introduced, rejected, declined or withdrawn")
	@RequestParam(defaultValue = "proposed") String status) {
		Optional<Match.Status> wanted = parse(status);
		if (wanted.isEmpty()) {
			return error(HttpStatus.BAD_REQUEST, "status must be one of proposed, approved, introduced, rejected, "
					+ "declined, withdrawn.");
		}
		return ResponseEntity.ok(this.mentorship.matches(wanted.get()).stream().map(this::json).toList());
	}

	@PostMapping("/matches/{id}/approve")
	@Operation(summary = "Approve a proposed match", description = "Both sides are asked to accept, each in their own "
			+ "channel. Fails with 409 when the match is not waiting for approval or the mentor has no free place.")
	@ApiResponse(responseCode = "200", description = "Approved; the match as it is now")
	@ApiResponse(responseCode = "404", description = "No such match")
	@ApiResponse(responseCode = "409", description = "Not waiting for approval, or the mentor is full")
	ResponseEntity<?> approve(@PathVariable String id) {
		return answer(id, this.mentorship.approve(id));
	}

	@PostMapping("/matches/{id}/reject")
	@Operation(summary = "Reject a proposed match", description = "The mentee is proposed another mentor if one fits.")
	@ApiResponse(responseCode = "200", description = "Rejected; the match as it is now")
	@ApiResponse(responseCode = "404", description = "No such match")
	@ApiResponse(responseCode = "409", description = "Not waiting for approval")
	ResponseEntity<?> reject(@PathVariable String id) {
		return answer(id, this.mentorship.reject(id));
	}

	private ResponseEntity<?> answer(String id, Outcome outcome) {
		return switch (outcome) {
			case APPROVED, REJECTED -> ResponseEntity.ok(json(this.mentorship.match(id).orElseThrow()));
			case NO_SUCH_MATCH -> error(HttpStatus.NOT_FOUND, "There is no match " + id + ".");
			case MENTOR_FULL -> error(HttpStatus.CONFLICT, "The mentor of match " + id + " has no free place.");
			default -> error(HttpStatus.CONFLICT, "Match " + id + " is not waiting for approval; it is "
					+ this.mentorship.match(id).map(m -> m.status().name().toLowerCase(Locale.ROOT)).orElse("gone") + ".");
		};
	}

	private static Optional<Match.Status> parse(String status) {
		for (Match.Status s : Match.Status.values()) {
			if (s.name().equalsIgnoreCase(status.strip())) {
				return Optional.of(s);
			}
		}
		return Optional.empty();
	}

	private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
	}

	private MatchJson json(Match match) {
		boolean introduced = match.status() == Match.Status.INTRODUCED;
		return new MatchJson(match.id(), match.status().name().toLowerCase(Locale.ROOT), match.score(),
				match.proposedAt(), match.menteeAccepted(), match.mentorAccepted(),
				this.mentorship.mentee(match.menteeId()).map(p -> mentee(p, introduced)).orElse(null),
				this.mentorship.mentor(match.mentorId()).map(p -> mentor(p, introduced)).orElse(null));
	}

	private static PersonJson mentee(MenteeProfile p, boolean withContact) {
		return new PersonJson(p.userId(), p.name(), p.sector().code(), p.field(), p.goals(), null, p.languages(),
				p.city(), p.side().name(), null, withContact ? p.contact() : null);
	}

	private static PersonJson mentor(MentorProfile p, boolean withContact) {
		return new PersonJson(p.userId(), p.name(), p.sector().code(), null, null, p.expertise(), p.languages(),
				p.city(), p.side().name(), p.capacity(), withContact ? p.contact() : null);
	}

	/** One match; a side is null when that person has since deleted their profile. */
	record MatchJson(String id, String status, int score, Instant proposedAt, boolean menteeAccepted,
			boolean mentorAccepted, @Nullable PersonJson mentee, @Nullable PersonJson mentor) {
	}

	/** A mentee (field, goals) or a mentor (expertise, capacity). */
	record PersonJson(String userId, String name, String sector, @Nullable String field, @Nullable String goals,
			@Nullable String expertise, Set<String> languages, String city, String side, @Nullable Integer capacity,
			@Nullable String contact) {
	}

}
