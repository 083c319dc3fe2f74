package org.talentbridge.bot.conversation.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.ConversationContext;
import org.talentbridge.bot.conversation.ConversationContext.OpenForm;
import org.talentbridge.bot.conversation.Form;
import org.talentbridge.bot.conversation.FormAnswers;
import org.talentbridge.bot.conversation.FormField;
import org.talentbridge.bot.conversation.Forms;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Reply.Button;
import org.talentbridge.bot.conversation.Response;
import org.talentbridge.bot.conversation.Turn;
import org.talentbridge.bot.conversation.TypedAnswers;

/**
 * Carries the features' forms: asks the next question, reads an answer (a button, a label typed
 * in any language, a parsed value), tells apart what is no answer, and leaves the form on
 * "cancel". The draft travels in the returned {@link Response#form()}, which the conversation
 * writes to its context store with the reply. Buttons carry {@link Form#BUTTON} values.
 */
@Component
class FormEngine implements Forms {

	static final String BUTTON = Form.BUTTON;

	static final String SKIP = FormField.SKIP;

	/**
	 * Alone, these leave the open form, in English, Swedish and Danish. While a form is open "stop"
	 * means the form; sent again, it opts out of the bot's own messages as always.
	 */
	static final Set<String> LEAVE_WORDS = Set.of("cancel", "stop", "quit", "avbryt", "annuller", "annullér",
			"annuller det", "afbryd", "nevermind", "never mind", "forget it", "glöm det", "glem det");

	/** Small talk is never an answer, even where any text could be one (a name, a university). */
	static final Set<String> SMALL_TALK = Set.of("greeting", "thanks", "goodbye", "help", "about", "handoff");

	/** Intents that are no request of their own: what a question means is up to the form. */
	private static final Set<String> NO_REQUEST = Set.of(DefaultConversation.QUESTION, "out-of-scope");

	private static final int MAX_BUTTON_BYTES = 64;

	private final Phrases phrases;

	private final IntentClassifier classifier;

	private final ConversationProperties properties;

	private final Clock clock;

	FormEngine(Phrases phrases, IntentClassifier classifier, ConversationProperties properties, Clock clock) {
		this.phrases = phrases;
		this.classifier = classifier;
		this.properties = properties;
		this.clock = clock;
	}

	// What features call

	@Override
	public Response start(Turn turn, Form form, Map<String, String> values, String intro) {
		return next(form, new HashMap<>(values), turn, intro.isBlank() ? "" : intro + "\n\n");
	}

	@Override
	public Response resume(Turn turn, Form form, String intro) {
		OpenForm open = turn.context().form();
		if (open == null || !open.formId().equals(form.id())) {
			return start(turn, form, Map.of(), intro);
		}
		String before = intro.isBlank() ? "" : intro + "\n\n";
		return respond(turn, ask(form, open.step(), open.values(), turn, before), refreshed(open));
	}

	// What the conversation calls

	static boolean leaves(String text) {
		return LEAVE_WORDS.contains(TypedAnswers.normalized(text));
	}

	static boolean isButton(String text) {
		return text.equals(BUTTON) || text.startsWith(BUTTON + " ");
	}

	/** The form id in a button's value, "" when there is none. */
	static String formOf(String button) {
		String[] parts = button.split("\\s+", 3);
		return (parts.length > 1) ? parts[1] : "";
	}

	/**
	 * What the message does to the open form. Empty when it is no answer but something else the
	 * person wants, to be routed as usual while the form waits. Otherwise the response to send,
	 * whose {@link Response#form()} is the form as it is now, or null when it ended.
	 */
	Optional<Response> handle(Form form, OpenForm open, Turn turn, String text) {
		Language language = turn.language();
		Map<String, String> draft = new HashMap<>(open.values());
		if (leaves(text)) {
			return Optional.of(say(language, this.phrases.get(language, "form.left",
					form.title().in(language, answers(draft, "")))));
		}
		if (isButton(text)) {
			return Optional.of(pressed(form, open, draft, turn, text));
		}
		if (text.startsWith("/")) {
			return Optional.empty();
		}
		if (Form.CONSENT.equals(open.step())) {
			return consent(form, open, draft, turn, text, false);
		}
		Optional<FormField> field = form.field(open.step());
		if (field.isEmpty()) {
			// The form changed since the person started it: go on with what it asks now.
			return Optional.of(next(form, draft, turn, ""));
		}
		return answer(form, open, field.get(), draft, turn, text, false);
	}

	/** The line after an answer to something else: what the form still needs, with its buttons. */
	Reply reminder(Form form, OpenForm open, Turn turn) {
		Language language = turn.language();
		String line = this.phrases.get(language, "form.reminder", form.title().in(language, answers(open.values(), "")));
		Reply asked = ask(form, open.step(), open.values(), turn, "");
		return new Reply(line + "\n\n" + asked.text(), asked.buttons());
	}

	/** The answer to a button of a form that is no longer open. */
	Response gone(Language language, @Nullable Form form) {
		List<Button> buttons = new ArrayList<>();
		if (form != null && form.restart().isPresent()) {
			buttons.add(new Button(this.phrases.get(language, "form.restart"), form.restart().get()));
		}
		return Response.of(language, new Reply(this.phrases.get(language, "form.gone"), buttons));
	}

	/** The open form, kept for another {@link org.talentbridge.bot.conversation.ConversationContext#FOR_MINUTES} minutes. */
	OpenForm refreshed(OpenForm open) {
		return new OpenForm(open.formId(), open.step(), open.values(), until());
	}

	// Reading answers

	private Response pressed(Form form, OpenForm open, Map<String, String> draft, Turn turn, String text) {
		String[] parts = text.split("\\s+", 4);
		String formId = (parts.length > 1) ? parts[1] : "";
		String step = (parts.length > 2) ? parts[2] : "";
		String value = (parts.length > 3) ? parts[3].strip() : "";
		if (!formId.equals(form.id())) {
			Response gone = gone(turn.language(), null);
			return respond(turn, List.of(gone.replies().get(0), reminder(form, open, turn)), refreshed(open));
		}
		if (Form.CONSENT.equals(step)) {
			if (!Form.CONSENT.equals(open.step())) {
				return respond(turn, ask(form, open.step(), draft, turn, ""), refreshed(open));
			}
			return consent(form, open, draft, turn, value, true).orElseThrow();
		}
		Optional<FormField> field = form.field(step);
		if (field.isEmpty()) {
			return respond(turn, ask(form, open.step(), draft, turn, ""), refreshed(open));
		}
		if (value.isEmpty()) {
			// "Use another name": that question again.
			draft.remove(step);
			return respond(turn, ask(form, step, draft, turn, ""), open(form, step, draft));
		}
		return answer(form, open, field.get(), draft, turn, value, true).orElseThrow();
	}

	private Optional<Response> answer(Form form, OpenForm open, FormField field, Map<String, String> draft, Turn turn,
			String text, boolean pressed) {
		Language language = turn.language();
		FormAnswers sofar = answers(draft, "");
		if (pressed && field.choices().stream().anyMatch(c -> c.value().equals(text))) {
			return Optional.of(accepted(form, field, draft, turn, text, text));
		}
		Optional<String> chosen = pressed ? Optional.empty() : label(field.choices(), text, language, sofar, true);
		if (chosen.isEmpty() && field.type() == FormField.Type.CHOICE) {
			chosen = field.parse(text).filter(value -> field.choices().stream().anyMatch(c -> c.value().equals(value)));
		}
		if (chosen.isEmpty() && !pressed) {
			chosen = label(field.choices(), text, language, sofar, false);
		}
		if (chosen.isPresent()) {
			return Optional.of(accepted(form, field, draft, turn, chosen.get(), text));
		}
		if (field.skip().isPresent() && (pressed ? SKIP.equals(text) : TypedAnswers.skips(text))) {
			draft.put(field.name(), "");
			return Optional.of(next(form, draft, turn, ""));
		}
		if (field.type() == FormField.Type.CHOICE) {
			if (!pressed && elsewhere(text)) {
				return Optional.empty();
			}
			String problem = field.unreadable()
				.map(wording -> wording.about(text, language))
				.orElseGet(() -> this.phrases.get(language, "form.choose"));
			return Optional.of(again(form, open, draft, turn, problem));
		}
		if (!pressed && ((!field.takesQuestions() && text.strip().endsWith("?")) || smallTalk(text))) {
			return Optional.empty();
		}
		Optional<String> parsed = field.parse(text);
		Optional<String> problem = parsed.isEmpty()
				? Optional.of(field.unreadable()
					.map(wording -> wording.about(text, language))
					.orElseGet(() -> this.phrases.get(language, "form.unreadable")))
				: field.validator().problem(parsed.get(), language);
		if (problem.isPresent()) {
			if (!pressed && elsewhere(text)) {
				return Optional.empty();
			}
			return Optional.of(again(form, open, draft, turn, problem.get()));
		}
		return Optional.of(accepted(form, field, draft, turn, parsed.get(), text));
	}

	private Response accepted(Form form, FormField field, Map<String, String> draft, Turn turn, String value,
			String text) {
		draft.put(field.name(), value);
		// What the text settles is taken; what it no longer settles is asked.
		field.fills()
			.forEach((other, from) -> from.apply(text)
				.ifPresentOrElse(filled -> draft.put(other, filled), () -> draft.remove(other)));
		return next(form, draft, turn, "");
	}

	private Optional<Response> consent(Form form, OpenForm open, Map<String, String> draft, Turn turn, String text,
			boolean pressed) {
		Form.Consent consent = form.consent().orElse(null);
		if (consent == null || !form.fields().stream().allMatch(f -> draft.containsKey(f.name()))) {
			return Optional.of(next(form, draft, turn, ""));
		}
		Language language = turn.language();
		FormAnswers sofar = answers(draft, "");
		Optional<String> chosen = pressed ? Optional.of(text) : consentLabel(consent, text, language, sofar, true);
		if (chosen.isEmpty()) {
			chosen = TypedAnswers.yesOrNo(text).map(yes -> yes ? consent.accept().get(0).value() : Form.DECLINE);
		}
		if (chosen.isEmpty()) {
			chosen = consentLabel(consent, text, language, sofar, false);
		}
		if (chosen.isEmpty() && elsewhere(text)) {
			return Optional.empty();
		}
		String value = chosen.orElse("");
		if (Form.DECLINE.equals(value)) {
			return Optional.of(say(language, consent.declined().in(language, sofar)));
		}
		if (consent.accept().stream().anyMatch(c -> c.value().equals(value))) {
			return Optional.of(complete(form, draft, value, turn));
		}
		Optional<Form.Change> change = consent.changes().stream().filter(c -> ("_" + c.field()).equals(value)).findFirst();
		if (change.isPresent()) {
			draft.remove(change.get().field());
			return Optional.of(respond(turn, ask(form, change.get().field(), draft, turn, ""),
					open(form, change.get().field(), draft)));
		}
		return Optional.of(again(form, open, draft, turn, this.phrases.get(language, "form.choose")));
	}

	private static Optional<String> consentLabel(Form.Consent consent, String text, Language language, FormAnswers sofar,
			boolean own) {
		List<FormField.Choice> all = new ArrayList<>(consent.accept());
		all.add(new FormField.Choice(Form.DECLINE, consent.declineLabel()));
		for (Form.Change change : consent.changes()) {
			all.add(new FormField.Choice("_" + change.field(), change.label()));
		}
		return label(all, text, language, sofar, own);
	}

	/** The choice whose label is the text, in the person's language ({@code own}) or in the other two. */
	private static Optional<String> label(List<FormField.Choice> choices, String text, Language language,
			FormAnswers sofar, boolean own) {
		String typed = TypedAnswers.folded(text);
		if (typed.isEmpty()) {
			return Optional.empty();
		}
		for (Language in : Language.values()) {
			if ((in == language) != own) {
				continue;
			}
			for (FormField.Choice choice : choices) {
				if (TypedAnswers.folded(choice.label().in(in, sofar)).equals(typed)) {
					return Optional.of(choice.value());
				}
			}
		}
		return Optional.empty();
	}

	/** A question, small talk or another request the conversation should answer instead. */
	private boolean elsewhere(String text) {
		if (TypedAnswers.looksLikeQuestion(text)) {
			return true;
		}
		IntentClassifier.Prediction prediction = this.classifier.classify(text);
		return !NO_REQUEST.contains(prediction.intent())
				&& prediction.confidence() >= this.properties.confidenceFor(prediction.intent());
	}

	/**
	 * "hello", "thanks", "talk to a person": one of the phrases small talk is learned from (the
	 * classifier is certain of those), or two words at most it is sure of. A longer text is taken
	 * as the answer ("Li Hi Wong").
	 */
	private boolean smallTalk(String text) {
		IntentClassifier.Prediction prediction = this.classifier.classify(text);
		if (!SMALL_TALK.contains(prediction.intent())
				|| prediction.confidence() < this.properties.confidenceFor(prediction.intent())) {
			return false;
		}
		return prediction.confidence() >= 1.0 || IntentClassifier.tokens(text).length <= 2;
	}

	// Asking

	/** The first question not answered yet, else the consent, else the feature's completion. */
	private Response next(Form form, Map<String, String> draft, Turn turn, String before) {
		for (FormField field : form.fields()) {
			if (!draft.containsKey(field.name()) && !field.askedWhen(answers(draft, ""))) {
				draft.put(field.name(), "");
			}
			if (!draft.containsKey(field.name())) {
				return respond(turn, ask(form, field.name(), draft, turn, before), open(form, field.name(), draft));
			}
		}
		if (form.consent().isPresent()) {
			return respond(turn, ask(form, Form.CONSENT, draft, turn, before), open(form, Form.CONSENT, draft));
		}
		return complete(form, draft, "", turn);
	}

	private Response complete(Form form, Map<String, String> draft, String consent, Turn turn) {
		// The completion's own response decides what is open next: usually nothing.
		return form.completion().complete(turn, answers(draft, consent));
	}

	private Response again(Form form, OpenForm open, Map<String, String> draft, Turn turn, String problem) {
		return respond(turn, ask(form, open.step(), draft, turn, problem + "\n\n"), open(form, open.step(), draft));
	}

	private Reply ask(Form form, String step, Map<String, String> draft, Turn turn, String before) {
		Language language = turn.language();
		FormAnswers sofar = answers(draft, "");
		List<Button> buttons = new ArrayList<>();
		if (Form.CONSENT.equals(step) && form.consent().isPresent()) {
			Form.Consent consent = form.consent().get();
			for (FormField.Choice choice : consent.accept()) {
				buttons.add(new Button(choice.label().in(language, sofar), value(form, Form.CONSENT, choice.value())));
			}
			buttons.add(new Button(consent.declineLabel().in(language, sofar), value(form, Form.CONSENT, Form.DECLINE)));
			for (Form.Change change : consent.changes()) {
				buttons.add(new Button(change.label().in(language, sofar), BUTTON + " " + form.id() + " " + change.field()));
			}
			return new Reply(before + consent.text().in(language, sofar), buttons);
		}
		FormField field = form.field(step).orElseGet(() -> form.fields().get(0));
		for (FormField.Choice choice : field.choices()) {
			buttons.add(new Button(choice.label().in(language, sofar), value(form, field.name(), choice.value())));
		}
		String name = turn.message().displayName();
		if (field.displayName().isPresent() && name != null && acceptable(field, name, language)) {
			String pressed = value(form, field.name(), name);
			if (pressed.getBytes(StandardCharsets.UTF_8).length <= MAX_BUTTON_BYTES) {
				buttons.add(new Button(field.displayName().get().about(name, language), pressed));
			}
		}
		field.skip().ifPresent(label -> buttons.add(new Button(label.in(language, sofar), value(form, field.name(), SKIP))));
		return new Reply(before + field.question().in(language, sofar), buttons);
	}

	private static boolean acceptable(FormField field, String text, Language language) {
		Optional<String> parsed = field.parse(text);
		return parsed.isPresent() && field.validator().problem(parsed.get(), language).isEmpty();
	}

	private static String value(Form form, String step, String value) {
		return BUTTON + " " + form.id() + " " + step + " " + value;
	}

	private OpenForm open(Form form, String step, Map<String, String> draft) {
		return new OpenForm(form.id(), step, draft, until());
	}

	private Instant until() {
		return this.clock.instant().plus(Duration.ofMinutes(ConversationContext.FOR_MINUTES));
	}

	private static FormAnswers answers(Map<String, String> draft, String consent) {
		return new FormAnswers(draft, consent);
	}

	private static Response respond(Turn turn, Reply reply, OpenForm form) {
		return respond(turn, List.of(reply), form);
	}

	private static Response respond(Turn turn, List<Reply> replies, OpenForm form) {
		return new Response(turn.language(), replies, null, null, form);
	}

	/** A closing sentence: the form ends with it. */
	private static Response say(Language language, String text) {
		return Response.of(language, Reply.text(text));
	}

}
