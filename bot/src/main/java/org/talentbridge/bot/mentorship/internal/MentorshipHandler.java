package org.talentbridge.bot.mentorship.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.IntentHandler;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.MenuCommand;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Reply.Button;
import org.talentbridge.bot.conversation.Response;
import org.talentbridge.bot.conversation.Turn;
import org.talentbridge.bot.mentorship.Match;
import org.talentbridge.bot.mentorship.Match.Status;
import org.talentbridge.bot.mentorship.MenteeProfile;
import org.talentbridge.bot.mentorship.MentorProfile;
import org.talentbridge.bot.mentorship.Mentorship;
import org.talentbridge.bot.mentorship.Mentorship.Outcome;
import org.talentbridge.bot.mentorship.Sector;
import org.talentbridge.bot.mentorship.Side;

/**
 * Mentorship by message.
 * <ul>
 * <li>"/mentee" and "/mentor" show the person's profile (with change and delete buttons) or start
 * registering: one question at a time ("/mentee set sector medtech", typed answers arrive the same
 * way through {@link Response#expecting}), then an explicit consent before anything is a profile.
 * "/mentee change", "/mentee edit city", "/mentee delete" work on a stored profile.</li>
 * <li>"/mentorship" (or "I want a mentor") shows where the person stands, with accept and decline
 * buttons once staff approved a match: "/mentorship accept 12".</li>
 * <li>"/matches" lets staff list proposals and approve or reject them; anyone else is refused.</li>
 * </ul>
 */
@Component
class MentorshipHandler implements IntentHandler {

	static final int MAX_LISTED = 8;

	private final Mentorship mentorship;

	private final Drafts drafts;

	private final MentorshipTexts texts;

	private final Clock clock;

	MentorshipHandler(Mentorship mentorship, Drafts drafts, MentorshipTexts texts, Clock clock) {
		this.mentorship = mentorship;
		this.drafts = drafts;
		this.texts = texts;
		this.clock = clock;
	}

	@Override
	public Set<String> intents() {
		return Set.of("mentorship");
	}

	@Override
	public Set<String> commands() {
		return Set.of("/mentee", "/mentor", "/mentorship", "/matches");
	}

	@Override
	public List<MenuCommand> menu() {
		return List.of(new MenuCommand("mentee", "menu.mentee", null), new MenuCommand("mentor", "menu.mentor", null),
				new MenuCommand("mentorship", "menu.mentorship", null));
	}

	@Override
	public Response handle(Turn turn) {
		String[] words = turn.argument().split("\\s+", 3);
		String step = words[0].toLowerCase(Locale.ROOT);
		String second = (words.length > 1) ? words[1].toLowerCase(Locale.ROOT) : "";
		String rest = (words.length > 2) ? words[2] : "";
		return switch (turn.intent()) {
			case "/mentee" -> form(turn, Role.MENTEE, step, second, rest);
			case "/mentor" -> form(turn, Role.MENTOR, step, second, rest);
			case "/matches" -> staff(turn, step, second);
			case "/mentorship" -> status(turn, step, second);
			default -> status(turn, "", "");
		};
	}

	// Registering, showing, changing and deleting a profile

	private Response form(Turn turn, Role role, String step, String field, String value) {
		String user = turn.userId();
		return switch (step) {
			case "" -> hasProfile(role, user) ? show(turn, role)
					: this.drafts.exists(role, user) ? next(turn, role, "") : start(turn, role);
			case "start", "new" -> start(turn, role);
			case "show" -> show(turn, role);
			case "set" -> role.fields().contains(field) ? set(turn, role, field, value) : unknownStep(turn, role);
			case "edit" -> role.fields().contains(field) && hasProfile(role, user) ? ask(turn, role, field, "")
					: unknownStep(turn, role);
			case "change" -> change(turn, role);
			case "yes" -> consented(turn, role);
			case "no", "cancel" -> {
				this.drafts.clear(role, user);
				yield say(turn, "mentorship.cancelled");
			}
			case "delete" -> "yes".equals(field) ? delete(turn, role) : confirmDelete(turn, role);
			default -> unknownStep(turn, role);
		};
	}

	private boolean hasProfile(Role role, String userId) {
		return (role == Role.MENTEE) ? this.mentorship.mentee(userId).isPresent()
				: this.mentorship.mentor(userId).isPresent();
	}

	private Response start(Turn turn, Role role) {
		this.drafts.start(role, turn.userId());
		return next(turn, role, this.texts.get(turn.language(), "mentorship.start." + role.command()) + "\n\n");
	}

	/** Asks the first unanswered question, or for consent once all are answered. */
	private Response next(Turn turn, Role role, String before) {
		Map<String, String> draft = this.drafts.get(role, turn.userId());
		for (String field : role.fields()) {
			if (!draft.containsKey(field)) {
				return ask(turn, role, field, before);
			}
		}
		return consent(turn, role, draft, before);
	}

	private Response ask(Turn turn, Role role, String field, String before) {
		Language l = turn.language();
		String command = "/" + role.command() + " set " + field;
		List<Button> buttons = new ArrayList<>();
		switch (field) {
			case "name" -> {
				String name = turn.message().displayName();
				if (name != null && Answers.read("name", name).valid()
						&& (command + " " + name).getBytes(StandardCharsets.UTF_8).length <= 64) {
					buttons.add(new Button(this.texts.get(l, "mentorship.use-name", name), command + " " + name));
				}
			}
			case "sector" -> Arrays.stream(Sector.values())
				.forEach(s -> buttons.add(new Button(this.texts.sector(l, s), command + " " + s.code())));
			case "side" -> Arrays.stream(Side.values())
				.forEach(s -> buttons.add(new Button(this.texts.side(l, s), command + " " + s.name())));
			case "languages" -> {
				for (String codes : List.of("en", "sv", "da", "en,sv", "en,da", "en,sv,da")) {
					buttons.add(new Button(this.texts.languages(l, List.of(codes.split(","))),
							command + " " + codes.replace(',', ' ')));
				}
			}
			case "capacity" -> {
				for (int n = 1; n <= MentorProfile.MAX_CAPACITY; n++) {
					buttons.add(new Button(Integer.toString(n), command + " " + n));
				}
			}
			case "contact" -> buttons.add(new Button(this.texts.get(l, "mentorship.skip"), command + " " + Answers.NONE));
			default -> {
			}
		}
		String question = this.texts.get(l, "mentorship.ask." + field, Answers.MAX.getOrDefault(field, 0));
		return Response.of(l, new Reply(before + question, buttons)).expecting(command);
	}

	private Response set(Turn turn, Role role, String field, String raw) {
		Answers.Answer answer = Answers.read(field, raw);
		String user = turn.userId();
		boolean drafting = this.drafts.exists(role, user);
		if (!drafting && !hasProfile(role, user)) {
			// The half-finished form expired: start again.
			return start(turn, role);
		}
		if (!answer.valid()) {
			return ask(turn, role, field,
					this.texts.get(turn.language(), answer.errorKey(), answer.errorArgument()) + "\n\n");
		}
		if (drafting) {
			this.drafts.put(role, user, field, answer.value());
			return next(turn, role, "");
		}
		// A change to a stored profile: the person agreed to it being kept; it applies at once.
		Map<String, String> values = values(role, user);
		values.put(field, answer.value());
		save(role, user, values);
		return show(turn, role, this.texts.get(turn.language(), "mentorship.changed") + "\n\n");
	}

	private Response consent(Turn turn, Role role, Map<String, String> draft, String before) {
		Language l = turn.language();
		String summary = (role == Role.MENTEE) ? this.texts.mentee(l, mentee(turn.userId(), draft))
				: this.texts.mentor(l, mentor(turn.userId(), draft));
		String text = before + summary + "\n\n" + this.texts.get(l, "mentorship.consent." + role.command());
		return Response.of(l, new Reply(text, List.of(
				new Button(this.texts.get(l, "mentorship.consent.yes"), "/" + role.command() + " yes"),
				new Button(this.texts.get(l, "mentorship.consent.no"), "/" + role.command() + " no"))));
	}

	private Response consented(Turn turn, Role role) {
		Map<String, String> draft = this.drafts.get(role, turn.userId());
		if (draft.isEmpty()) {
			return hasProfile(role, turn.userId()) ? show(turn, role) : start(turn, role);
		}
		if (!role.fields().stream().allMatch(draft::containsKey)) {
			return next(turn, role, "");
		}
		save(role, turn.userId(), draft);
		this.drafts.clear(role, turn.userId());
		return say(turn, "mentorship.saved." + role.command());
	}

	private void save(Role role, String userId, Map<String, String> values) {
		if (role == Role.MENTEE) {
			this.mentorship.register(mentee(userId, values));
		}
		else {
			this.mentorship.register(mentor(userId, values));
		}
	}

	private MenteeProfile mentee(String userId, Map<String, String> v) {
		return new MenteeProfile(userId, v.get("name"), Sector.parse(v.get("sector")).orElse(Sector.OTHER),
				v.get("field"), v.get("goals"), languages(v.get("languages")), v.get("city"), Side.valueOf(v.get("side")),
				contact(v.get("contact")), this.clock.instant());
	}

	private MentorProfile mentor(String userId, Map<String, String> v) {
		return new MentorProfile(userId, v.get("name"), Sector.parse(v.get("sector")).orElse(Sector.OTHER),
				v.get("expertise"), languages(v.get("languages")), v.get("city"), Side.valueOf(v.get("side")),
				Integer.parseInt(v.get("capacity")), contact(v.get("contact")), this.clock.instant());
	}

	private static Set<String> languages(String stored) {
		return new LinkedHashSet<>(Arrays.asList(stored.split(",")));
	}

	private static String contact(String stored) {
		return (stored == null || Answers.NONE.equals(stored)) ? null : stored;
	}

	/** A stored profile as the form's answers, to change one of them. */
	private Map<String, String> values(Role role, String userId) {
		Map<String, String> v = new java.util.HashMap<>();
		if (role == Role.MENTEE) {
			MenteeProfile p = this.mentorship.mentee(userId).orElseThrow();
			v.put("name", p.name());
			v.put("sector", p.sector().code());
			v.put("field", p.field());
			v.put("goals", p.goals());
			v.put("languages", String.join(",", p.languages()));
			v.put("city", p.city());
			v.put("side", p.side().name());
			v.put("contact", (p.contact() != null) ? p.contact() : Answers.NONE);
		}
		else {
			MentorProfile p = this.mentorship.mentor(userId).orElseThrow();
			v.put("name", p.name());
			v.put("sector", p.sector().code());
			v.put("expertise", p.expertise());
			v.put("languages", String.join(",", p.languages()));
			v.put("city", p.city());
			v.put("side", p.side().name());
			v.put("capacity", Integer.toString(p.capacity()));
			v.put("contact", (p.contact() != null) ? p.contact() : Answers.NONE);
		}
		return v;
	}

	private Response show(Turn turn, Role role) {
		return show(turn, role, "");
	}

	private Response show(Turn turn, Role role, String before) {
		Language l = turn.language();
		String user = turn.userId();
		Optional<String> profile = (role == Role.MENTEE) ? this.mentorship.mentee(user).map(p -> this.texts.mentee(l, p))
				: this.mentorship.mentor(user).map(p -> this.texts.mentor(l, p));
		if (profile.isEmpty()) {
			return Response.of(l, new Reply(this.texts.get(l, "mentorship.no-profile." + role.command()),
					List.of(new Button(this.texts.get(l, "mentorship.register." + role.command()),
							"/" + role.command() + " start"))));
		}
		String c = "/" + role.command();
		return Response.of(l, new Reply(before + this.texts.get(l, "mentorship.your-profile") + "\n\n" + profile.get(),
				List.of(new Button(this.texts.get(l, "mentorship.change.button"), c + " change"),
						new Button(this.texts.get(l, "mentorship.delete.button"), c + " delete"),
						new Button(this.texts.get(l, "mentorship.status.button"), "/mentorship"))));
	}

	private Response change(Turn turn, Role role) {
		if (!hasProfile(role, turn.userId())) {
			return show(turn, role);
		}
		this.drafts.clear(role, turn.userId());
		Language l = turn.language();
		List<Button> buttons = role.fields()
			.stream()
			.map(f -> new Button(this.texts.get(l, "mentorship.field." + f), "/" + role.command() + " edit " + f))
			.toList();
		return Response.of(l, new Reply(this.texts.get(l, "mentorship.change.which"), buttons));
	}

	private Response confirmDelete(Turn turn, Role role) {
		if (!hasProfile(role, turn.userId())) {
			return show(turn, role);
		}
		Language l = turn.language();
		return Response.of(l, new Reply(this.texts.get(l, "mentorship.delete.confirm." + role.command()),
				List.of(new Button(this.texts.get(l, "mentorship.delete.yes"), "/" + role.command() + " delete yes"),
						new Button(this.texts.get(l, "mentorship.delete.no"), "/" + role.command() + " show"))));
	}

	private Response delete(Turn turn, Role role) {
		this.drafts.clear(role, turn.userId());
		boolean had = (role == Role.MENTEE) ? this.mentorship.deleteMentee(turn.userId())
				: this.mentorship.deleteMentor(turn.userId());
		return say(turn, had ? "mentorship.deleted" : "mentorship.no-profile." + role.command());
	}

	private Response unknownStep(Turn turn, Role role) {
		Language l = turn.language();
		return Response.of(l, new Reply(this.texts.get(l, "mentorship.unknown-step", "/" + role.command()),
				List.of(new Button(this.texts.get(l, "mentorship.status.button"), "/mentorship"))));
	}

	// Where the person stands, and answering an approved match

	private Response status(Turn turn, String step, String matchId) {
		switch (step) {
			case "" -> {
				return overview(turn);
			}
			case "accept", "decline" -> {
				Outcome outcome = this.mentorship.respond(matchId, turn.userId(), "accept".equals(step));
				return say(turn, switch (outcome) {
					case ACCEPTED -> "mentorship.answer.accepted";
					case INTRODUCED -> "mentorship.answer.introduced";
					case DECLINED -> "mentorship.answer.declined";
					case NOT_PENDING -> "mentorship.answer.too-late";
					default -> "mentorship.answer.unknown";
				});
			}
			default -> {
				Language l = turn.language();
				return Response.of(l, new Reply(this.texts.get(l, "mentorship.unknown-step", "/mentorship"),
						List.of(new Button(this.texts.get(l, "mentorship.status.button"), "/mentorship"))));
			}
		}
	}

	private Response overview(Turn turn) {
		Language l = turn.language();
		String user = turn.userId();
		List<String> lines = new ArrayList<>();
		List<Button> buttons = new ArrayList<>();
		Optional<MenteeProfile> mentee = this.mentorship.mentee(user);
		Optional<MentorProfile> mentor = this.mentorship.mentor(user);
		mentee.ifPresent(p -> lines.add(this.texts.get(l, "mentorship.status.mentee", this.texts.sector(l, p.sector()), p.city())));
		mentor.ifPresent(p -> lines.add(this.texts.get(l, "mentorship.status.mentor", this.texts.sector(l, p.sector()),
				p.capacity())));
		for (Match match : this.mentorship.matchesOf(user)) {
			if (!match.status().open()) {
				continue;
			}
			boolean asMentee = match.menteeId().equals(user);
			String other = asMentee ? this.mentorship.mentor(match.mentorId()).map(MentorProfile::name).orElse("?")
					: this.mentorship.mentee(match.menteeId()).map(MenteeProfile::name).orElse("?");
			boolean answered = asMentee ? match.menteeAccepted() : match.mentorAccepted();
			if (match.status() == Status.PROPOSED) {
				lines.add(this.texts.get(l, "mentorship.status.proposed"));
			}
			else if (match.status() == Status.APPROVED && !answered) {
				lines.add(this.texts.get(l, asMentee ? "mentorship.status.ask.mentee" : "mentorship.status.ask.mentor", other));
				buttons.addAll(MatchNotices.answerButtons(l, match, this.texts));
			}
			else if (match.status() == Status.APPROVED) {
				lines.add(this.texts.get(l, "mentorship.status.waiting", other));
			}
			else {
				lines.add(this.texts.get(l, "mentorship.status.introduced", other));
			}
		}
		if (mentee.isEmpty()) {
			buttons.add(new Button(this.texts.get(l, "mentorship.register.mentee"), "/mentee start"));
		}
		else {
			buttons.add(new Button(this.texts.get(l, "mentorship.show.mentee"), "/mentee show"));
		}
		if (mentor.isEmpty()) {
			buttons.add(new Button(this.texts.get(l, "mentorship.register.mentor"), "/mentor start"));
		}
		else {
			buttons.add(new Button(this.texts.get(l, "mentorship.show.mentor"), "/mentor show"));
		}
		String text = lines.isEmpty() ? this.texts.get(l, "mentorship.status.none")
				: this.texts.get(l, "mentorship.status.intro") + "\n\n" + String.join("\n", lines);
		return Response.of(l, new Reply(text, buttons));
	}

	// Staff

	private Response staff(Turn turn, String step, String matchId) {
		if (!turn.message().staff()) {
			return say(turn, "mentorship.staff-only");
		}
		return switch (step) {
			case "" -> pending(turn);
			case "approve" -> say(turn, switch (this.mentorship.approve(matchId)) {
				case APPROVED -> "mentorship.staff.approved";
				case MENTOR_FULL -> "mentorship.staff.full";
				case NOT_PENDING -> "mentorship.staff.not-pending";
				default -> "mentorship.staff.unknown";
			}, matchId);
			case "reject" -> say(turn, switch (this.mentorship.reject(matchId)) {
				case REJECTED -> "mentorship.staff.rejected";
				case NOT_PENDING -> "mentorship.staff.not-pending";
				default -> "mentorship.staff.unknown";
			}, matchId);
			default -> unknownStaffStep(turn);
		};
	}

	private Response unknownStaffStep(Turn turn) {
		Language l = turn.language();
		return Response.of(l, new Reply(this.texts.get(l, "mentorship.unknown-step", "/matches"),
				List.of(new Button(this.texts.get(l, "mentorship.staff.list.button"), "/matches"))));
	}

	private Response pending(Turn turn) {
		Language l = turn.language();
		List<Match> proposed = this.mentorship.matches(Status.PROPOSED);
		if (proposed.isEmpty()) {
			return say(turn, "mentorship.staff.none");
		}
		StringBuilder text = new StringBuilder(this.texts.get(l, "mentorship.staff.list", proposed.size()));
		List<Button> buttons = new ArrayList<>();
		for (Match match : proposed.subList(0, Math.min(MAX_LISTED, proposed.size()))) {
			Optional<MenteeProfile> mentee = this.mentorship.mentee(match.menteeId());
			Optional<MentorProfile> mentor = this.mentorship.mentor(match.mentorId());
			if (mentee.isEmpty() || mentor.isEmpty()) {
				continue;
			}
			MenteeProfile e = mentee.get();
			MentorProfile o = mentor.get();
			text.append("\n\n").append(this.texts.get(l, "mentorship.staff.item", match.id(), e.name(),
					this.texts.sector(l, e.sector()), e.city(), o.name(), this.texts.sector(l, o.sector()), o.city(),
					match.score()));
			buttons.add(new Button(this.texts.get(l, "mentorship.staff.approve", match.id()), "/matches approve " + match.id()));
			buttons.add(new Button(this.texts.get(l, "mentorship.staff.reject", match.id()), "/matches reject " + match.id()));
		}
		return Response.of(l, new Reply(text.toString(), buttons));
	}

	private Response say(Turn turn, String key, Object... args) {
		return Response.of(turn.language(), Reply.text(this.texts.get(turn.language(), key, args)));
	}

}
