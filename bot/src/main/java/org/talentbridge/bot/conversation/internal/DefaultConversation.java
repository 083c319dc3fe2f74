package org.talentbridge.bot.conversation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import redis.clients.jedis.exceptions.JedisException;

import org.talentbridge.bot.conversation.BotActivity;
import org.talentbridge.bot.conversation.BotActivity.Outcome;
import org.talentbridge.bot.conversation.Conversation;
import org.talentbridge.bot.conversation.ConversationContext;
import org.talentbridge.bot.conversation.ConversationUnavailable;
import org.talentbridge.bot.conversation.Form;
import org.talentbridge.bot.conversation.IncomingMessage;
import org.talentbridge.bot.conversation.IntentHandler;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Response;
import org.talentbridge.bot.conversation.TopicProbe;
import org.talentbridge.bot.conversation.Turn;
import org.talentbridge.bot.conversation.UserProfiles;
import org.talentbridge.bot.conversation.UserProfiles.UserProfile;

/**
 * message -> flood limit -> language -> open form? -> intent -> handler -> reply. An answer to the
 * open form goes to the {@link FormEngine}; anything else (and every message when no form is open)
 * is routed: commands ("/help") to the handler that names them, the rest to the classifier's
 * intent, with "question" (the knowledge base) as the default. A form that waits meanwhile is
 * reminded of after the reply.
 */
@Component
class DefaultConversation implements Conversation {

	static final String QUESTION = "question";

	/** The intent of a turn that answers a form. */
	static final String FORM = "form";

	/** Longer messages are not questions anyone can answer in a chat; the same limit as the web API. */
	static final int MAX_TEXT = 4000;

	private static final java.util.regex.Pattern DEEP_LINK = java.util.regex.Pattern.compile("([a-z]+)_([A-Za-z0-9_-]+)");

	private static final Logger log = LoggerFactory.getLogger(DefaultConversation.class);

	private final Map<String, IntentHandler> byIntent = new HashMap<>();

	private final Map<String, IntentHandler> byCommand = new HashMap<>();

	private final Map<String, Form> forms = new HashMap<>();

	private final LanguageDetector detector;

	private final IntentClassifier classifier;

	private final FormEngine engine;

	private final ConversationStore store;

	private final SeenWriter seen;

	private final UserProfiles profiles;

	private final Phrases phrases;

	private final ConversationProperties properties;

	private final java.time.Clock clock;

	private final List<TopicProbe> probes;

	private final BotActivity activity;

	DefaultConversation(List<IntentHandler> handlers, LanguageDetector detector, IntentClassifier classifier,
			ConversationStore store, SeenWriter seen, UserProfiles profiles, Phrases phrases,
			ConversationProperties properties, java.time.Clock clock, FormEngine engine, List<TopicProbe> probes,
			org.springframework.beans.factory.ObjectProvider<BotActivity> activity) {
		for (IntentHandler handler : handlers) {
			handler.intents().forEach(intent -> register(this.byIntent, intent, handler));
			handler.commands().forEach(command -> register(this.byCommand, command, handler));
			for (Form form : handler.forms()) {
				Form previous = this.forms.putIfAbsent(form.id(), form);
				if (previous != null) {
					throw new IllegalStateException("Two forms are called '" + form.id() + "'");
				}
			}
		}
		if (this.byCommand.containsKey(FormEngine.BUTTON)) {
			throw new IllegalStateException(FormEngine.BUTTON + " belongs to the forms");
		}
		if (!this.byIntent.containsKey(QUESTION)) {
			throw new IllegalStateException("No handler for questions");
		}
		this.detector = detector;
		this.classifier = classifier;
		this.engine = engine;
		this.store = store;
		this.seen = seen;
		this.profiles = profiles;
		this.phrases = phrases;
		this.properties = properties;
		this.clock = clock;
		this.probes = List.copyOf(probes);
		this.activity = activity.getIfAvailable(() -> BotActivity.NONE);
	}

	/** Leaving, seeing or deleting what the bot keeps, and help, are never held back by the flood limit. */
	static boolean alwaysHeard(String text) {
		if (StopHandler.isStopWord(text)) {
			return true;
		}
		return ALWAYS_HEARD.contains(command(text.split("\\s+", 2)[0]));
	}

	/** The command of a message's first word, lower case, without a Telegram "@botname". */
	private static String command(String firstWord) {
		String command = firstWord.toLowerCase(Locale.ROOT);
		int mention = command.indexOf('@');
		return (mention > 0) ? command.substring(0, mention) : command;
	}

	private static final java.util.Set<String> ALWAYS_HEARD = java.util.Set.of("/forget", "/stop", "/mydata", "/help");

	private static void register(Map<String, IntentHandler> map, String key, IntentHandler handler) {
		IntentHandler previous = map.putIfAbsent(key, handler);
		if (previous != null) {
			throw new IllegalStateException("Both " + previous.getClass().getSimpleName() + " and "
					+ handler.getClass().getSimpleName() + " handle '" + key + "'");
		}
	}

	@Override
	public Response handle(IncomingMessage message) {
		long start = System.nanoTime();
		try {
			Handled handled = converse(message);
			this.activity.replied(message.channel(), handled.outcome(), System.nanoTime() - start);
			return handled.response();
		}
		catch (JedisException ex) {
			this.activity.replied(message.channel(), Outcome.UNAVAILABLE, System.nanoTime() - start);
			throw new ConversationUnavailable(ex);
		}
	}

	/** The response and what kind of reply it is, for {@link BotActivity}. */
	private record Handled(Response response, Outcome outcome) {
	}

	/** An article's answer is answered, whatever path it came by; otherwise the path decides. */
	private static Handled handled(Response response, Outcome otherwise) {
		return new Handled(response, (response.citation() != null) ? Outcome.ANSWERED : otherwise);
	}

	private Handled converse(IncomingMessage message) {
		String text = clean(message.text());
		ConversationStore.Arrival arrival = this.store.arrive(message.userId());
		LanguageChoice choice = language(message, text, arrival.user());
		Language language = choice.language();
		Handled refused = refused(arrival, text, language);
		if (refused != null) {
			this.seen.seen(message.userId());
			return refused;
		}
		Answered answered;
		try {
			answered = answer(message.withText(text), text, arrival, choice);
		}
		catch (JedisException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			// The person gets an apology, never a stack trace; the log gets the cause without their text,
			// which an exception's message may quote ("For input string: ...").
			log.error("Handling a {} message failed", message.channel(), withoutMessages(ex));
			answered = new Answered(Response.of(language, Reply.text(this.phrases.get(language, "error.internal"))),
					ContextStore.FormChange.KEEP, choice, Outcome.ERROR);
		}
		Response response = answered.response();
		Language learned = answered.language().learned();
		if (PersonalDataHandler.deletes(text)) {
			return new Handled(response, answered.outcome());
		}
		// Timed now: a message the bot sends on its own afterwards (a staff reply) is shown after this turn.
		ConversationStore.Turn turn = new ConversationStore.Turn(message.userId(), this.clock.millis(), response.language(),
				text, response.replies().stream().map(ConversationStore.Out::of).toList());
		this.store.settle(message.userId(), response.expecting(), arrival.expecting() != null, topic(text, response),
				answered.form(), learned, turn);
		this.seen.seen(message.userId());
		return new Handled(response, answered.outcome());
	}

	/** The reply to a message past the flood limit, empty or too long; null for one to answer. */
	private @Nullable Handled refused(ConversationStore.Arrival arrival, String text, Language language) {
		long limit = this.properties.floodLimitPerMinute();
		if (arrival.messagesThisMinute() > limit && !alwaysHeard(text)) {
			// One notice, then silence until the minute is over.
			return new Handled((arrival.messagesThisMinute() == limit + 1)
					? Response.of(language, Reply.text(this.phrases.get(language, "flood.notice"))) : Response.of(language),
					Outcome.LIMITED);
		}
		if (text.isEmpty()) {
			return new Handled(Response.of(language, Reply.text(this.phrases.get(language, "input.empty"))),
					Outcome.INVALID);
		}
		if (text.codePointCount(0, text.length()) > MAX_TEXT) {
			return new Handled(Response.of(language, Reply.text(this.phrases.get(language, "input.too-long", MAX_TEXT))),
					Outcome.INVALID);
		}
		return null;
	}

	/**
	 * The open form takes what answers it; anything else is routed as usual, and the form that
	 * waits meanwhile is reminded of after the reply.
	 */
	private Answered answer(IncomingMessage message, String text, ConversationStore.Arrival arrival,
			LanguageChoice choice) {
		ConversationContext context = arrival.context();
		ConversationContext.OpenForm open = context.form();
		Form form = (open != null) ? this.forms.get(open.formId()) : null;
		// A form that timed out, or that this version of the bot no longer has, is removed.
		ContextStore.FormChange unchanged = (arrival.staleForm() || (open != null && form == null))
				? ContextStore.FormChange.CLOSE : ContextStore.FormChange.KEEP;
		if (form != null && open != null) {
			// A name, a city or "Lunds universitet" says little about the language to answer in.
			Language known = known(message, arrival.user());
			Optional<Response> answered = this.engine.handle(form, open, new Turn(message, known, FORM, text, context), text);
			if (answered.isPresent()) {
				Response response = answered.get();
				return new Answered(response, (response.form() != null) ? ContextStore.FormChange.open(response.form())
						: ContextStore.FormChange.CLOSE, new LanguageChoice(known, null), Outcome.FORM);
			}
		}
		else if (FormEngine.isButton(text)) {
			Response gone = this.engine.gone(choice.language(), this.forms.get(FormEngine.formOf(text)));
			return new Answered(gone, unchanged, choice, Outcome.FORM);
		}
		String expecting = arrival.expecting();
		String routed = StopHandler.isStopWord(text) ? "/stop"
				: (expecting != null && !text.startsWith("/")) ? expecting + " " + text : text;
		Handled handled = route(message, routed, choice.language(), context);
		Response response = handled.response();
		if (response.form() != null) {
			return new Answered(response, ContextStore.FormChange.open(response.form()), choice, handled.outcome());
		}
		if (form != null && open != null && !PersonalDataHandler.deletes(text)) {
			// Something else came first; the form waits, and says what it still needs.
			Turn turn = new Turn(message, response.language(), FORM, text, context);
			return new Answered(response.followedBy(List.of(this.engine.reminder(form, open, turn))),
					ContextStore.FormChange.open(this.engine.refreshed(open)), choice, handled.outcome());
		}
		return new Answered(response, unchanged, choice, handled.outcome());
	}

	/**
	 * The response to a message, what becomes of the open form, the language settled on, and
	 * what kind of reply it is.
	 */
	private record Answered(Response response, ContextStore.FormChange form, LanguageChoice language, Outcome outcome) {
	}

	private boolean namesTopic(String text, Language language, ConversationContext context) {
		for (TopicProbe probe : this.probes) {
			if (probe.answers(text, language, context)) {
				return true;
			}
		}
		return false;
	}

	/** The article a reply answered with becomes what the conversation is about. */
	private ConversationContext.@Nullable Topic topic(String text, Response response) {
		if (response.citation() == null) {
			return null;
		}
		return new ConversationContext.Topic(response.citation().articleId(), text.startsWith("/") ? "" : text,
				this.clock.instant());
	}

	private Handled route(IncomingMessage message, String text, Language language, ConversationContext context) {
		if (text.startsWith("/")) {
			String[] parts = text.split("\\s+", 2);
			String command = command(parts[0]);
			String argument = parts.length > 1 ? parts[1].trim() : "";
			// Telegram deep links carry one word: "/start event_welcome" means "/event welcome".
			java.util.regex.Matcher deepLink = DEEP_LINK.matcher(argument);
			if ("/start".equals(command) && deepLink.matches() && this.byCommand.containsKey("/" + deepLink.group(1))) {
				command = "/" + deepLink.group(1);
				argument = deepLink.group(2);
			}
			IntentHandler handler = this.byCommand.get(command);
			if (handler == null) {
				return new Handled(Response.of(language, Reply.text(this.phrases.get(language, "command.unknown", parts[0]))),
						Outcome.COMMAND);
			}
			return handled(handler.handle(new Turn(message, language, command, argument, context)), Outcome.COMMAND);
		}
		IntentClassifier.Prediction prediction = this.classifier.classify(text);
		String intent = prediction.intent();
		if (!QUESTION.equals(intent)
				&& (prediction.confidence() < this.properties.confidenceFor(intent) || !this.byIntent.containsKey(intent))) {
			intent = QUESTION;
		}
		if (SmallTalkHandler.INTENTS.contains(intent) && prediction.confidence() < 1.0
				&& namesTopic(text, language, context)) {
			// "What can International House Copenhagen help me with?" asks about a topic, not for help.
			intent = QUESTION;
		}
		IntentHandler handler = this.byIntent.get(intent);
		Turn turn = new Turn(message, language, intent, text, context);
		if (!QUESTION.equals(intent) && !handler.takes(turn)) {
			intent = QUESTION;
			handler = this.byIntent.get(QUESTION);
			turn = new Turn(message, language, QUESTION, text, context);
		}
		// The question handler's reply without an article is "I don't know" (out of scope included).
		Outcome otherwise = (handler == this.byIntent.get(QUESTION)) ? Outcome.UNKNOWN
				: SmallTalkHandler.INTENTS.contains(intent) ? Outcome.SMALLTALK : Outcome.FEATURE;
		return handled(handler.handle(turn), otherwise);
	}

	/**
	 * An explicit choice sticks. Otherwise a message long enough to tell wins and is remembered; a
	 * lone "hej" or "ok" keeps what was known before.
	 */
	private LanguageChoice language(IncomingMessage message, String text, UserProfile user) {
		Language chosen = message.chosenLanguage();
		if (chosen != null) {
			if (chosen != user.language() || !user.languageChosen()) {
				this.profiles.setLanguage(message.userId(), chosen, true);
			}
			return new LanguageChoice(chosen, null);
		}
		if (user.languageChosen() && user.language() != null) {
			return new LanguageChoice(user.language(), null);
		}
		Language detected = text.startsWith("/") ? null : this.detector.detect(text).orElse(null);
		if (detected != null) {
			// Remembered with the turn's history.
			return new LanguageChoice(detected, (detected != user.language()) ? detected : null);
		}
		return new LanguageChoice(firstKnown(user.language(), message.languageHint(), Language.EN), null);
	}

	/** The language known before this message: the one chosen or last learned, else the platform's hint. */
	private static Language known(IncomingMessage message, UserProfile user) {
		return firstKnown(message.chosenLanguage(), firstKnown(user.language(), message.languageHint(), Language.EN), Language.EN);
	}

	/** The language to answer in, and a language newly learned from the message, to remember. */
	private record LanguageChoice(Language language, @Nullable Language learned) {
	}

	private static Language firstKnown(@Nullable Language a, @Nullable Language b, Language fallback) {
		return (a != null) ? a : (b != null) ? b : fallback;
	}

	/** The exception and its causes with their types and stack traces, but none of their messages. */
	static Throwable withoutMessages(Throwable ex) {
		Throwable cause = (ex.getCause() != null && ex.getCause() != ex) ? withoutMessages(ex.getCause()) : null;
		Throwable copy = new Redacted(ex.getClass().getName(), cause);
		copy.setStackTrace(ex.getStackTrace());
		return copy;
	}

	/** Stands in for an exception in the log: its type, where it was thrown, and its causes alike. */
	static final class Redacted extends RuntimeException {

		Redacted(String type, @Nullable Throwable cause) {
			super(type, cause, false, true);
		}

	}

	/** Whether {@link #clean} would drop nothing but surrounding blanks; surrogates are left to it. */
	private static boolean nothingToDrop(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20) {
				if (c != '\n' && c != '\t') {
					return false;
				}
			}
			else if (c >= 0x7f && (Character.isISOControl(c) || Character.isSurrogate(c)
					|| (Character.getType(c) == Character.FORMAT && c != 0x200D))) {
				return false;
			}
		}
		return true;
	}

	/** Drops control characters (but keeps line breaks) and surrounding blanks. */
	static String clean(@Nullable String text) {
		if (text == null) {
			return "";
		}
		if (nothingToDrop(text)) {
			// Nearly every message: no copy, code point by code point, of what stays as it was.
			return text.strip();
		}
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints()
			.filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
			.filter(c -> Character.getType(c) != Character.FORMAT || c == 0x200D)
			.forEach(out::appendCodePoint);
		return out.toString().strip();
	}

}
