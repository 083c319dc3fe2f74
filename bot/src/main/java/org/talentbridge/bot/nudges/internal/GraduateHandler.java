package org.talentbridge.bot.nudges.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.IntentHandler;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.MenuCommand;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Reply.Button;
import org.talentbridge.bot.conversation.Response;
import org.talentbridge.bot.conversation.Turn;
import org.talentbridge.bot.nudges.GraduateProfile;

/**
 * "/graduate": the graduate profile, one question at a time (university, degree, graduation date,
 * country of study, EU citizenship), then consent to keep it and, separately, to get tips. Also
 * shows, changes and deletes it, turns tips on and off, and hears "I found a job".
 */
@Component
class GraduateHandler implements IntentHandler {

	static final int MAX_UNIVERSITY = 120;

	private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?");

	private static final Pattern MONTH_NAME_YEAR = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{4})");

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
			Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("maj", 5), Map.entry("jun", 6),
			Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("okt", 10),
			Map.entry("nov", 11), Map.entry("dec", 12));

	private final RedisGraduates graduates;

	private final NudgeSender sender;

	private final Phrases phrases;

	private final Clock clock;

	GraduateHandler(RedisGraduates graduates, NudgeSender sender, Phrases phrases, Clock clock) {
		this.graduates = graduates;
		this.sender = sender;
		this.phrases = phrases;
		this.clock = clock;
	}

	@Override
	public Set<String> intents() {
		return Set.of("found-job");
	}

	@Override
	public Set<String> commands() {
		return Set.of("/graduate");
	}

	@Override
	public List<MenuCommand> menu() {
		return List.of(new MenuCommand("graduate", "menu.graduate", null));
	}

	@Override
	public Response handle(Turn turn) {
		if ("found-job".equals(turn.intent())) {
			return foundJob(turn);
		}
		String[] parts = turn.argument().strip().split("\\s+", 2);
		String step = parts[0].toLowerCase(Locale.ROOT);
		String value = (parts.length > 1) ? parts[1].strip() : "";
		return switch (step) {
			case "" -> show(turn);
			case "start", "change" -> ask(turn, "university");
			case "university" -> university(turn, value);
			case "degree" -> degree(turn, value);
			case "date" -> date(turn, value);
			case "country" -> country(turn, value);
			case "eu" -> eu(turn, value);
			case "save" -> save(turn, "tips".equals(value));
			case "cancel" -> {
				this.graduates.dropDraft(turn.userId());
				yield say(turn, "graduate.cancelled");
			}
			case "delete" -> delete(turn, value);
			case "tips" -> tips(turn, value);
			case "job" -> foundJob(turn);
			default -> show(turn);
		};
	}

	private Response show(Turn turn) {
		Language language = turn.language();
		Optional<GraduateProfile> found = this.graduates.find(turn.userId());
		if (found.isEmpty()) {
			return Response.of(language, new Reply(this.phrases.get(language, "graduate.intro"),
					List.of(new Button(this.phrases.get(language, "graduate.start.button"), "/graduate start"))));
		}
		GraduateProfile p = found.get();
		String text = describe(p, language) + "\n\n" + this.phrases.get(language,
				p.foundJobAt() != null ? "graduate.tips.job" : p.wantsNudges() ? "graduate.tips.on" : "graduate.tips.off");
		List<Button> buttons = new ArrayList<>();
		buttons.add(new Button(this.phrases.get(language, "graduate.change.button"), "/graduate change"));
		buttons.add(p.wantsNudges() ? new Button(this.phrases.get(language, "nudges.stop.button"), "/graduate tips off")
				: new Button(this.phrases.get(language, "graduate.tips-on.button"), "/graduate tips on"));
		buttons.add(new Button(this.phrases.get(language, "graduate.delete.button"), "/graduate delete"));
		return Response.of(language, new Reply(text, buttons));
	}

	String describe(GraduateProfile p, Language language) {
		return GraduateSummary.describe(p, language, this.phrases);
	}

	private Response ask(Turn turn, String field) {
		Language language = turn.language();
		return switch (field) {
			case "university" -> Response.of(language, Reply.text(this.phrases.get(language, "graduate.ask.university")))
				.expecting("/graduate university");
			case "degree" -> Response.of(language, new Reply(this.phrases.get(language, "graduate.ask.degree"),
					List.of(choice(language, "graduate.degree.bachelor", "/graduate degree bachelor"),
							choice(language, "graduate.degree.master", "/graduate degree master"),
							choice(language, "graduate.degree.phd", "/graduate degree phd"))));
			case "date" -> Response.of(language, Reply.text(this.phrases.get(language, "graduate.ask.date")))
				.expecting("/graduate date");
			case "country" -> Response.of(language, new Reply(this.phrases.get(language, "graduate.ask.country"),
					List.of(choice(language, "graduate.country.DK", "/graduate country DK"),
							choice(language, "graduate.country.SE", "/graduate country SE"))));
			default -> Response.of(language, new Reply(this.phrases.get(language, "graduate.ask.eu"),
					List.of(choice(language, "graduate.eu.yes", "/graduate eu yes"),
							choice(language, "graduate.eu.no", "/graduate eu no"))));
		};
	}

	private Button choice(Language language, String key, String value) {
		return new Button(this.phrases.get(language, key), value);
	}

	private Response university(Turn turn, String value) {
		if (value.isBlank() || value.codePointCount(0, value.length()) > MAX_UNIVERSITY
				|| value.codePoints().noneMatch(Character::isLetter)) {
			return Response.of(turn.language(),
					Reply.text(this.phrases.get(turn.language(), "graduate.invalid.university", MAX_UNIVERSITY)))
				.expecting("/graduate university");
		}
		this.graduates.draft(turn.userId(), "university", value.replaceAll("\\s+", " "));
		return ask(turn, "degree");
	}

	private Response degree(Turn turn, String value) {
		String degree = value.toLowerCase(Locale.ROOT);
		if (!NudgeFiles.DEGREES.contains(degree)) {
			return ask(turn, "degree");
		}
		if (!this.graduates.draft(turn.userId()).containsKey("university")) {
			return ask(turn, "university");
		}
		this.graduates.draft(turn.userId(), "degree", degree);
		return ask(turn, "date");
	}

	private Response date(Turn turn, String value) {
		Optional<LocalDate> date = parseDate(value);
		LocalDate today = LocalDate.now(this.clock);
		if (date.isEmpty() || date.get().isBefore(today.minusYears(2)) || date.get().isAfter(today.plusYears(6))) {
			return Response.of(turn.language(), Reply.text(this.phrases.get(turn.language(), "graduate.invalid.date")))
				.expecting("/graduate date");
		}
		this.graduates.draft(turn.userId(), "graduation", date.get().toString());
		return ask(turn, "country");
	}

	/** "2027-06-15", "2027-06" (the end of the month), "June 2027", "juni 2027". */
	static Optional<LocalDate> parseDate(String value) {
		String text = value.strip().toLowerCase(Locale.ROOT);
		try {
			Matcher numeric = YEAR_MONTH.matcher(text);
			if (numeric.matches()) {
				YearMonth month = YearMonth.of(Integer.parseInt(numeric.group(1)), Integer.parseInt(numeric.group(2)));
				return Optional.of((numeric.group(3) != null) ? month.atDay(Integer.parseInt(numeric.group(3)))
						: month.atEndOfMonth());
			}
			Matcher named = MONTH_NAME_YEAR.matcher(text);
			if (named.matches() && named.group(1).length() >= 3) {
				Integer month = MONTHS.get(named.group(1).substring(0, 3));
				if (month != null) {
					return Optional.of(YearMonth.of(Integer.parseInt(named.group(2)), month).atEndOfMonth());
				}
			}
		}
		catch (java.time.DateTimeException | NumberFormatException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	private Response country(Turn turn, String value) {
		String country = value.toUpperCase(Locale.ROOT);
		if (!country.equals("DK") && !country.equals("SE")) {
			return ask(turn, "country");
		}
		this.graduates.draft(turn.userId(), "country", country);
		return ask(turn, "eu");
	}

	private Response eu(Turn turn, String value) {
		Language language = turn.language();
		if (!value.equals("yes") && !value.equals("no")) {
			return ask(turn, "eu");
		}
		this.graduates.draft(turn.userId(), "eu", Boolean.toString(value.equals("yes")));
		Optional<GraduateProfile> draft = fromDraft(turn.userId());
		if (draft.isEmpty()) {
			return ask(turn, "university");
		}
		return Response.of(language, new Reply(
				describe(draft.get(), language) + "\n\n" + this.phrases.get(language, "graduate.consent"),
				List.of(choice(language, "graduate.save-with-tips.button", "/graduate save tips"),
						choice(language, "graduate.save.button", "/graduate save"),
						choice(language, "graduate.cancel.button", "/graduate cancel"))));
	}

	private Optional<GraduateProfile> fromDraft(String userId) {
		Map<String, String> d = this.graduates.draft(userId);
		if (!d.keySet().containsAll(List.of("university", "degree", "graduation", "country", "eu"))) {
			return Optional.empty();
		}
		return Optional.of(new GraduateProfile(userId, d.get("university"), d.get("degree"),
				LocalDate.parse(d.get("graduation")), d.get("country"), Boolean.parseBoolean(d.get("eu")), null, null));
	}

	private Response save(Turn turn, boolean tips) {
		Optional<GraduateProfile> draft = fromDraft(turn.userId());
		if (draft.isEmpty()) {
			return show(turn);
		}
		GraduateProfile d = draft.get();
		GraduateProfile profile = new GraduateProfile(d.userId(), d.university(), d.degree(), d.graduation(), d.country(),
				d.euCitizen(), tips ? this.clock.instant() : null, null);
		this.graduates.save(profile);
		this.graduates.dropDraft(turn.userId());
		List<String> planned = this.sender.plan(profile);
		return say(turn, tips ? "graduate.saved.tips" : "graduate.saved", planned.size());
	}

	private Response delete(Turn turn, String value) {
		if (!"yes".equals(value)) {
			return Response.of(turn.language(), new Reply(this.phrases.get(turn.language(), "graduate.delete.confirm"),
					List.of(choice(turn.language(), "forget.yes", "/graduate delete yes"),
							choice(turn.language(), "forget.no", "/graduate"))));
		}
		this.graduates.find(turn.userId()).ifPresent(p -> this.sender.plan(
				new GraduateProfile(p.userId(), p.university(), p.degree(), p.graduation(), p.country(), p.euCitizen(), null, null)));
		this.graduates.delete(turn.userId());
		return say(turn, "graduate.deleted");
	}

	private Response tips(Turn turn, String value) {
		Optional<GraduateProfile> found = this.graduates.find(turn.userId());
		if (found.isEmpty()) {
			return show(turn);
		}
		GraduateProfile p = found.get();
		boolean on = "on".equals(value);
		GraduateProfile changed = new GraduateProfile(p.userId(), p.university(), p.degree(), p.graduation(), p.country(),
				p.euCitizen(), on ? this.clock.instant() : null, on ? null : p.foundJobAt());
		this.graduates.save(changed);
		int planned = this.sender.plan(changed).size();
		return on ? say(turn, "graduate.saved.tips", planned) : say(turn, "nudges.stopped");
	}

	/** Congratulations, no more tips, and what changes now. */
	private Response foundJob(Turn turn) {
		Optional<GraduateProfile> found = this.graduates.find(turn.userId());
		String country = found.map(GraduateProfile::country).orElse("DK");
		found.ifPresent(p -> {
			GraduateProfile done = new GraduateProfile(p.userId(), p.university(), p.degree(), p.graduation(), p.country(),
					p.euCitizen(), p.optedInAt(), this.clock.instant());
			this.graduates.save(done);
			this.sender.plan(done);
		});
		boolean eu = found.map(GraduateProfile::euCitizen).orElse(false);
		Language language = turn.language();
		List<Button> buttons = new ArrayList<>();
		if (!eu) {
			buttons.add(new Button(this.phrases.get(language, "graduate.job.permit." + country),
					country.equals("DK") ? "/article dk-work-permit-overview" : "/article se-work-permit"));
		}
		buttons.add(new Button(this.phrases.get(language, "graduate.job.tax." + country),
				country.equals("DK") ? "/article dk-tax-card" : "/article se-personnummer"));
		buttons.add(new Button(this.phrases.get(language, "graduate.job.commute"), "/article xb-oresunddirekt"));
		return Response.of(language, new Reply(this.phrases.get(language, found.isPresent() ? "graduate.job" : "graduate.job.no-profile"),
				buttons));
	}

	private Response say(Turn turn, String key, Object... args) {
		return Response.of(turn.language(), Reply.text(this.phrases.get(turn.language(), key, args)));
	}

}
