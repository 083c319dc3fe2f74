package org.talentbridge.bot.nudges.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.ConversationContext;
import org.talentbridge.bot.conversation.Form;
import org.talentbridge.bot.conversation.FormAnswers;
import org.talentbridge.bot.conversation.FormField;
import org.talentbridge.bot.conversation.FormText;
import org.talentbridge.bot.conversation.Forms;
import org.talentbridge.bot.conversation.IntentHandler;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.MenuCommand;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Reply.Button;
import org.talentbridge.bot.conversation.Response;
import org.talentbridge.bot.conversation.Turn;
import org.talentbridge.bot.conversation.TypedAnswers;
import org.talentbridge.bot.nudges.GraduateProfile;

/**
 * "/graduate": the graduate profile as a form (university, degree, graduation date, country of
 * study unless the university tells it, EU citizenship, and for non-EU graduates in Sweden the
 * study permit's expiry date, which they may skip), then consent to keep it and, separately,
 * to get tips. Also shows, changes and deletes it, turns tips on and off, and hears "I found a job".
 */
@Component
class GraduateHandler implements IntentHandler {

	static final int MAX_UNIVERSITY = 120;

	static final String PERMIT_EXPIRES = "permit-expires";

	private final RedisGraduates graduates;

	private final NudgeSender sender;

	private final Phrases phrases;

	private final Forms forms;

	private final Clock clock;

	private final Form form;

	GraduateHandler(RedisGraduates graduates, NudgeSender sender, Phrases phrases, Forms forms, Clock clock) {
		this.graduates = graduates;
		this.sender = sender;
		this.phrases = phrases;
		this.forms = forms;
		this.clock = clock;
		this.form = Form.builder("graduate", phrase("graduate.form.title"))
			.field(FormField.text("university", phrase("graduate.ask.university"))
				.validator(this::university)
				.fills("country", TypedAnswers::countryOfUniversity)
				.build())
			.field(FormField.choice("degree", phrase("graduate.ask.degree"))
				.choice("bachelor", phrase("graduate.degree.bachelor"))
				.choice("master", phrase("graduate.degree.master"))
				.choice("phd", phrase("graduate.degree.phd"))
				.choice("other", phrase("graduate.degree.other"))
				.parser(Degrees::parse)
				.build())
			.field(FormField.text("graduation", phrase("graduate.ask.date"))
				.parser(text -> TypedAnswers.date(text).map(LocalDate::toString))
				.validator(this::graduation)
				.unreadable((text, language) -> this.phrases.get(language, "graduate.invalid.date"))
				.build())
			.field(FormField.choice("country", phrase("graduate.ask.country"))
				.choice("DK", phrase("graduate.country.DK"))
				.choice("SE", phrase("graduate.country.SE"))
				.parser(text -> TypedAnswers.country(text).or(() -> TypedAnswers.countryOfCity(text)))
				.build())
			.field(FormField.choice("eu", phrase("graduate.ask.eu"))
				.choice("yes", phrase("graduate.eu.yes"))
				.choice("no", phrase("graduate.eu.no"))
				.parser(text -> TypedAnswers.yesOrNo(text).map(yes -> yes ? "yes" : "no"))
				.build())
			// The Swedish post-study permit must be applied for before the study permit expires.
			.field(FormField.text(PERMIT_EXPIRES, phrase("graduate.ask.permit"))
				.askedWhen(GraduateHandler::needsSwedishPermit)
				.parser(text -> TypedAnswers.date(text).map(LocalDate::toString))
				.validator(this::permitExpiry)
				.unreadable((text, language) -> this.phrases.get(language, "graduate.invalid.permit"))
				.optional(phrase("graduate.permit.skip"))
				.build())
			.consent((language, answers) -> describe(profile("", answers, false), language) + "\n\n"
					+ this.phrases.get(language, "graduate.consent"))
			.accept("tips", phrase("graduate.save-with-tips.button"))
			.accept("keep", phrase("graduate.save.button"))
			.decline(phrase("graduate.cancel.button"), phrase("graduate.cancelled"))
			.restartWith("/graduate start")
			.onComplete(this::saved);
	}

	private FormText phrase(String key) {
		return (language, answers) -> this.phrases.get(language, key);
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
	public List<Form> forms() {
		return List.of(this.form);
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
			case "" -> filling(turn) ? this.forms.resume(turn, this.form, "") : show(turn);
			case "start", "change" -> this.forms.start(turn, this.form, Map.of(), "");
			case "delete" -> delete(turn, value);
			case "tips" -> tips(turn, value);
			case "job" -> foundJob(turn);
			default -> show(turn);
		};
	}

	private boolean filling(Turn turn) {
		ConversationContext.OpenForm open = turn.context().form();
		return open != null && open.formId().equals(this.form.id());
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

	private Optional<String> university(String value, Language language) {
		if (value.codePointCount(0, value.length()) > MAX_UNIVERSITY || value.codePoints().noneMatch(Character::isLetter)) {
			return Optional.of(this.phrases.get(language, "graduate.invalid.university", MAX_UNIVERSITY));
		}
		return Optional.empty();
	}

	/** A graduation from two years ago to six years ahead. */
	private Optional<String> graduation(String value, Language language) {
		LocalDate date = LocalDate.parse(value);
		LocalDate today = LocalDate.now(this.clock);
		if (date.isBefore(today.minusYears(2)) || date.isAfter(today.plusYears(6))) {
			return Optional.of(this.phrases.get(language, "graduate.invalid.date"));
		}
		return Optional.empty();
	}

	/** A study permit that expired more than a month ago, or ends over seven years ahead, is a typo. */
	private Optional<String> permitExpiry(String value, Language language) {
		LocalDate date = LocalDate.parse(value);
		LocalDate today = LocalDate.now(this.clock);
		if (date.isBefore(today.minusMonths(1)) || date.isAfter(today.plusYears(7))) {
			return Optional.of(this.phrases.get(language, "graduate.invalid.permit"));
		}
		return Optional.empty();
	}

	static boolean needsSwedishPermit(FormAnswers a) {
		return "SE".equals(a.find("country").orElse("")) && "no".equals(a.find("eu").orElse(""));
	}

	private GraduateProfile profile(String userId, FormAnswers a, boolean tips) {
		LocalDate permit = needsSwedishPermit(a) ? a.find(PERMIT_EXPIRES).map(LocalDate::parse).orElse(null) : null;
		return new GraduateProfile(userId, a.get("university"), a.get("degree"), LocalDate.parse(a.get("graduation")),
				a.get("country"), "yes".equals(a.get("eu")), permit, tips ? this.clock.instant() : null, null);
	}

	/** The person agreed: the profile is kept, and the tips planned when they wanted them. */
	private Response saved(Turn turn, FormAnswers answers) {
		boolean tips = "tips".equals(answers.consent());
		GraduateProfile profile = profile(turn.userId(), answers, tips);
		this.graduates.save(profile);
		List<String> planned = this.sender.plan(profile);
		return say(turn, tips ? "graduate.saved.tips" : "graduate.saved", planned.size());
	}

	private Response delete(Turn turn, String value) {
		if (!"yes".equals(value)) {
			return Response.of(turn.language(), new Reply(this.phrases.get(turn.language(), "graduate.delete.confirm"),
					List.of(new Button(this.phrases.get(turn.language(), "forget.yes"), "/graduate delete yes"),
							new Button(this.phrases.get(turn.language(), "forget.no"), "/graduate"))));
		}
		this.graduates.find(turn.userId()).ifPresent(p -> this.sender.plan(p.with(null, null)));
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
		GraduateProfile changed = p.with(on ? this.clock.instant() : null, on ? null : p.foundJobAt());
		this.graduates.save(changed);
		int planned = this.sender.plan(changed).size();
		return on ? say(turn, "graduate.saved.tips", planned) : say(turn, "nudges.stopped");
	}

	/** Congratulations, no more tips, and what changes now. */
	private Response foundJob(Turn turn) {
		Optional<GraduateProfile> found = this.graduates.find(turn.userId());
		String country = found.map(GraduateProfile::country).orElse("DK");
		found.ifPresent(p -> {
			GraduateProfile done = p.with(p.optedInAt(), this.clock.instant());
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
