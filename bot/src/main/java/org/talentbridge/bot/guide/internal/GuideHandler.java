package org.talentbridge.bot.guide.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

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
import org.talentbridge.bot.conversation.TopicProbe;
import org.talentbridge.bot.conversation.Turn;
import org.talentbridge.bot.guide.internal.RedisGuides.Guide;

/**
 * "/guide" and "I just arrived in Copenhagen, what should I do first?": up to four questions as a
 * form (what the message already says is not asked), then the person's checklist. Also the next
 * step ("what's next?" while a checklist is in progress), ticking steps off, the reminder, and
 * changing or deleting the checklist.
 */
@Component
class GuideHandler implements IntentHandler {

	static final String GUIDE = "guide";

	static final String NEXT = "guide-next";

	static final Duration REMIND_AFTER = Duration.ofDays(7);

	/** "What's next?" reaches the guide only when it asks for what comes next. */
	private static final Pattern NEXT_WORDS = Pattern.compile("\\b(next|nasta|naeste|now|nu|then|sen|sedan|efter)\\b");

	/** What a request for the guide talks about: moving, arriving, first steps, a checklist. */
	private static final Pattern GUIDE_WORDS = Pattern.compile("\\b(arriv\\w*|mov(e|ed|es|ing)|relocat\\w*|new (here|in|to)"
			+ "|newcomer\\w*|landed|checklist\\w*|step by step|first (steps?|things?)|where (do|should) (i|we) (start|begin)"
			+ "|what (should|do|must) (i|we) (do|remember|take care|sort)\\w*|flytta\\w*|flytter|flyttet|flytning\\w*"
			+ "|ankom\\w*|anlant|kommit|kommet|nyanland\\w*|nyinflyttad\\w*|tilflytter\\w*|ny (i|har)|checklista\\w*"
			+ "|tjekliste\\w*|steg for steg|trin for trin|forsta steg\\w*|forste skridt|guide"
			+ "|vad (ska|maste|behover) (jag|vi)|hvad (skal|ma) (jeg|vi)|var (ska jag|borjar jag)|hvor (starter|begynder))\\b");

	private final RedisGuides guides;

	private final Checklists checklists;

	private final Phrases phrases;

	private final Forms forms;

	private final List<TopicProbe> probes;

	private final Clock clock;

	private final Form form;

	GuideHandler(RedisGuides guides, Checklists checklists, Phrases phrases, Forms forms, List<TopicProbe> probes,
			Clock clock) {
		this.guides = guides;
		this.checklists = checklists;
		this.phrases = phrases;
		this.forms = forms;
		this.probes = List.copyOf(probes);
		this.clock = clock;
		this.form = Form.builder(GUIDE, phrase("guide.form.title"))
			.field(question(Situation.LIVE, SituationReader::live))
			.field(question(Situation.WORK, SituationReader::work))
			.field(question(Situation.CITIZEN, SituationReader::citizen))
			.field(question(Situation.FAMILY, SituationReader::family))
			.restartWith("/guide start")
			.onComplete(this::made);
	}

	private FormField question(String field, Function<String, Optional<String>> parser) {
		FormField.Builder builder = FormField.choice(field, phrase("guide.ask." + field)).parser(parser);
		Situation.VALUES.get(field).forEach(value -> builder.choice(value, phrase("guide." + field + "." + value)));
		return builder.build();
	}

	private FormText phrase(String key) {
		return (language, answers) -> this.phrases.get(language, key);
	}

	@Override
	public Set<String> intents() {
		return Set.of(GUIDE, NEXT);
	}

	@Override
	public Set<String> commands() {
		return Set.of("/guide");
	}

	@Override
	public List<MenuCommand> menu() {
		return List.of(new MenuCommand("guide", "menu.guide", null));
	}

	@Override
	public List<Form> forms() {
		return List.of(this.form);
	}

	/**
	 * A request for the guide talks about moving or first steps and is no question the knowledge
	 * base answers ("how do I get a CPR number when I arrive?" is one); "what's next?" is the guide's
	 * only for someone with a checklist in progress, and otherwise what it was before: a question.
	 */
	@Override
	public boolean takes(Turn turn) {
		String text = SituationReader.fold(turn.argument());
		if (NEXT.equals(turn.intent())) {
			return NEXT_WORDS.matcher(text).find() && this.guides.find(turn.userId()).isPresent();
		}
		if (!GUIDE_WORDS.matcher(text).find()) {
			return false;
		}
		// What is left once the moving, the asking and the situation are taken out is what a specific
		// question asks about: "I just moved here, how do I get a CPR number?" leaves "CPR number".
		List<String> topic = SituationReader.topicWords(turn.argument());
		if (topic.isEmpty()) {
			return true;
		}
		String rest = String.join(" ", topic);
		for (TopicProbe probe : this.probes) {
			if (probe.answers(rest, turn.language(), ConversationContext.EMPTY)
					|| probe.answers(turn.argument(), turn.language(), ConversationContext.EMPTY)) {
				return false;
			}
		}
		return true;
	}

	@Override
	public Response handle(Turn turn) {
		if (NEXT.equals(turn.intent())) {
			return next(turn, "");
		}
		if (GUIDE.equals(turn.intent())) {
			return asked(turn);
		}
		String[] parts = turn.argument().strip().split("\\s+", 2);
		String step = parts[0].toLowerCase(Locale.ROOT);
		String value = (parts.length > 1) ? parts[1].strip() : "";
		return switch (step) {
			case "" -> filling(turn) ? this.forms.resume(turn, this.form, "")
					: this.guides.find(turn.userId()).map(g -> show(turn, g)).orElseGet(() -> start(turn, Map.of()));
			case "start", "change" -> start(turn, role(turn));
			case "next" -> next(turn, "");
			case "done" -> done(turn, value);
			case "undo" -> undo(turn, value);
			case "remind" -> remind(turn, value);
			case "delete" -> delete(turn, value);
			default -> this.guides.find(turn.userId()).map(g -> show(turn, g)).orElseGet(() -> start(turn, Map.of()));
		};
	}

	/** "I just moved to Malmö and work in Copenhagen": what it says is not asked again. */
	private Response asked(Turn turn) {
		Map<String, String> told = SituationReader.read(turn.argument());
		Optional<Guide> existing = this.guides.find(turn.userId());
		if (existing.isPresent() && told.isEmpty()) {
			return show(turn, existing.get());
		}
		return start(turn, told);
	}

	private Response start(Turn turn, Map<String, String> told) {
		return this.forms.start(turn, this.form, told, this.phrases.get(turn.language(), "guide.intro"));
	}

	/** Changing the answers keeps the role the first message told; everything else is asked again. */
	private Map<String, String> role(Turn turn) {
		return this.guides.find(turn.userId())
			.map(g -> g.situation().role())
			.filter(role -> !"none".equals(role))
			.map(role -> Map.of(Situation.ROLE, role))
			.orElse(Map.of());
	}

	private boolean filling(Turn turn) {
		ConversationContext.OpenForm open = turn.context().form();
		return open != null && open.formId().equals(this.form.id());
	}

	/** The answers are complete: the checklist is kept (ticks of steps that still apply stay) and shown. */
	private Response made(Turn turn, FormAnswers answers) {
		Situation situation = Situation.of(answers.values());
		if (situation == null) {
			return start(turn, Map.of());
		}
		Instant now = this.clock.instant();
		this.guides.save(turn.userId(), situation, now);
		Guide guide = this.guides.find(turn.userId()).orElseThrow();
		return new Response(turn.language(), this.checklists.checklist(guide, turn.language(), true), null);
	}

	private Response show(Turn turn, Guide guide) {
		return new Response(turn.language(), this.checklists.checklist(guide, turn.language(), false), null);
	}

	private Response next(Turn turn, String before) {
		Optional<Guide> guide = this.guides.find(turn.userId());
		if (guide.isEmpty()) {
			return none(turn);
		}
		return Response.of(turn.language(), this.checklists.nextStep(guide.get(), turn.language(), before));
	}

	private Response done(Turn turn, String stepId) {
		Language language = turn.language();
		Optional<Guide> guide = this.guides.find(turn.userId());
		if (guide.isEmpty()) {
			return none(turn);
		}
		Optional<GuideStep> step = this.checklists.tickable(guide.get().situation())
			.stream()
			.filter(s -> s.id().equals(stepId))
			.findFirst();
		if (step.isEmpty()) {
			return Response.of(language, new Reply(this.phrases.get(language, "guide.unknown-step"),
					List.of(new Button(this.phrases.get(language, "guide.show.button"), Checklists.COMMAND))));
		}
		boolean ticked = this.guides.done(turn.userId(), stepId, this.clock.instant());
		String said = ticked ? this.phrases.get(language, "guide.ticked", step.get().text(language))
				: this.phrases.get(language, "guide.already");
		return next(turn, said + "\n\n");
	}

	private Response undo(Turn turn, String stepId) {
		Optional<Guide> guide = this.guides.find(turn.userId());
		if (guide.isEmpty()) {
			return none(turn);
		}
		this.guides.undo(turn.userId(), stepId);
		return show(turn, this.guides.find(turn.userId()).orElseThrow());
	}

	private Response remind(Turn turn, String value) {
		Language language = turn.language();
		Optional<Guide> guide = this.guides.find(turn.userId());
		if (guide.isEmpty()) {
			return none(turn);
		}
		boolean on = !"off".equalsIgnoreCase(value);
		if (on && guide.get().reminded() != null) {
			return say(language, "guide.reminder.sent");
		}
		Instant due = guide.get().started().plus(REMIND_AFTER);
		Instant now = this.clock.instant();
		this.guides.remind(turn.userId(), on, due.isBefore(now) ? now : due);
		return say(language, on ? "guide.reminder.on" : "guide.reminder.off");
	}

	private Response delete(Turn turn, String value) {
		Language language = turn.language();
		if (this.guides.find(turn.userId()).isEmpty()) {
			return none(turn);
		}
		if (!"yes".equalsIgnoreCase(value)) {
			return Response.of(language, new Reply(this.phrases.get(language, "guide.delete.confirm"),
					List.of(new Button(this.phrases.get(language, "forget.yes"), "/guide delete yes"),
							new Button(this.phrases.get(language, "forget.no"), Checklists.COMMAND))));
		}
		this.guides.delete(turn.userId());
		return say(language, "guide.deleted");
	}

	private Response none(Turn turn) {
		Language language = turn.language();
		return Response.of(language, new Reply(this.phrases.get(language, "guide.none"),
				List.of(new Button(this.phrases.get(language, "guide.start.button"), "/guide start"))));
	}

	private Response say(Language language, String key) {
		return Response.of(language, Reply.text(this.phrases.get(language, key)));
	}

}
