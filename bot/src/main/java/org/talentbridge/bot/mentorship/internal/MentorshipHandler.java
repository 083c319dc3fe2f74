package org.talentbridge.bot.mentorship.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.Form;
import org.talentbridge.bot.conversation.FormAnswers;
import org.talentbridge.bot.conversation.Forms;
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
 * registering: a form of one question at a time, then an explicit consent before anything is a
 * profile. "/mentee change", "/mentee edit city", "/mentee delete" work on a stored profile.</li>
 * <li>"/mentorship" (or "I want a mentor") shows where the person stands, with accept and decline
 * buttons once staff approved a match: "/mentorship accept 12".</li>
 * <li>"/matches" lets staff list proposals and approve or reject them; anyone else is refused.</li>
 * </ul>
 */
@Component
class MentorshipHandler implements IntentHandler {

	static final int MAX_LISTED = 8;

	private final Mentorship mentorship;

	private final Forms forms;

	private final MentorshipTexts texts;

	private final Clock clock;

	private final Map<Role, Form> registrations = new EnumMap<>(Role.class);

	private final Map<Role, Form> changes = new EnumMap<>(Role.class);

	MentorshipHandler(Mentorship mentorship, Forms forms, MentorshipTexts texts, Clock clock) {
		this.mentorship = mentorship;
		this.forms = forms;
		this.texts = texts;
		this.clock = clock;
		RegistrationForms declared = new RegistrationForms(texts);
		for (Role role : Role.values()) {
			this.registrations.put(role, declared.register(role, (language, answers) -> summary(role, answers, language),
					(turn, answers) -> registered(turn, role, answers)));
			this.changes.put(role, declared.change(role, (turn, answers) -> changed(turn, role, answers)));
		}
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
	public List<Form> forms() {
		List<Form> all = new ArrayList<>(this.registrations.values());
		all.addAll(this.changes.values());
		return all;
	}

	@Override
	public Response handle(Turn turn) {
		String[] words = turn.argument().split("\\s+", 3);
		String step = words[0].toLowerCase(Locale.ROOT);
		String second = (words.length > 1) ? words[1].toLowerCase(Locale.ROOT) : "";
		return switch (turn.intent()) {
			case "/mentee" -> profile(turn, Role.MENTEE, step, second);
			case "/mentor" -> profile(turn, Role.MENTOR, step, second);
			case "/matches" -> staff(turn, step, second);
			case "/mentorship" -> status(turn, step, second);
			default -> status(turn, "", "");
		};
	}

	// Registering, showing, changing and deleting a profile

	private Response profile(Turn turn, Role role, String step, String field) {
		String user = turn.userId();
		return switch (step) {
			case "" -> hasProfile(role, user) ? show(turn, role) : this.forms.resume(turn, this.registrations.get(role), intro(turn, role));
			case "start", "new" -> start(turn, role);
			case "show" -> show(turn, role);
			case "edit" -> role.fields().contains(field) && hasProfile(role, user) ? edit(turn, role, field)
					: unknownStep(turn, role);
			case "change" -> change(turn, role);
			case "delete" -> "yes".equals(field) ? delete(turn, role) : confirmDelete(turn, role);
			default -> unknownStep(turn, role);
		};
	}

	private boolean hasProfile(Role role, String userId) {
		return (role == Role.MENTEE) ? this.mentorship.mentee(userId).isPresent()
				: this.mentorship.mentor(userId).isPresent();
	}

	private String intro(Turn turn, Role role) {
		return this.texts.get(turn.language(), "mentorship.start." + role.command());
	}

	private Response start(Turn turn, Role role) {
		return this.forms.start(turn, this.registrations.get(role), Map.of(), intro(turn, role));
	}

	/** The stored profile as the form's answers but the one to change; a new city may well mean a new side. */
	private Response edit(Turn turn, Role role, String field) {
		Map<String, String> values = values(role, turn.userId());
		values.remove(field);
		if ("city".equals(field)) {
			values.remove("side");
		}
		return this.forms.start(turn, this.changes.get(role), values, "");
	}

	private String summary(Role role, FormAnswers answers, Language language) {
		Map<String, String> values = answers.values();
		return (role == Role.MENTEE) ? this.texts.mentee(language, mentee("", values))
				: this.texts.mentor(language, mentor("", values));
	}

	/** The person agreed: the profile is kept, and matches are proposed from it. */
	private Response registered(Turn turn, Role role, FormAnswers answers) {
		save(role, turn.userId(), answers.values());
		return say(turn, "mentorship.saved." + role.command());
	}

	private Response changed(Turn turn, Role role, FormAnswers answers) {
		if (!hasProfile(role, turn.userId())) {
			// Deleted meanwhile: a change is no registration.
			return show(turn, role);
		}
		save(role, turn.userId(), answers.values());
		return show(turn, role, this.texts.get(turn.language(), "mentorship.changed") + "\n\n");
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

	/** Skipped, the contact is kept as "". */
	private static @Nullable String contact(@Nullable String stored) {
		return (stored == null || stored.isEmpty()) ? null : stored;
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
			v.put("contact", (p.contact() != null) ? p.contact() : "");
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
			v.put("contact", (p.contact() != null) ? p.contact() : "");
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
