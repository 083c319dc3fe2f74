package org.talentbridge.bot.events.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.Form;
import org.talentbridge.bot.conversation.FormAnswers;
import org.talentbridge.bot.conversation.FormField;
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
import org.talentbridge.bot.events.Event;
import org.talentbridge.bot.events.EventCatalog;
import org.talentbridge.bot.events.SignupResult;
import org.talentbridge.bot.events.Signups;
import org.talentbridge.bot.events.Signups.MySignup;

/**
 * Events by message. "/events" lists, "/event &lt;id&gt;" shows one with a sign-up button,
 * "/signup &lt;id&gt;" signs up (the first time a form asks for a name and consent), "/mysignups"
 * and "/cancel &lt;id&gt;" manage them, "/reminders on|off". "Sign me up for the welcome reception"
 * works too: the classifier's "signup" intent, then {@link EventMatcher}; when it is unclear which
 * event, the bot asks with buttons. "Cancel my spot at HELLOpenhagen" (the "cancel-signup" intent,
 * or cancelling words however the classifier heard them) never signs up: it asks to confirm the
 * cancellation.
 */
@Component
class EventsHandler implements IntentHandler {

	static final int MAX_NAME = 100;

	private static final int MAX_LISTED = 8;

	private static final Pattern EMAIL = Pattern.compile("[^\\s@<>]{1,64}@[^\\s@<>]{1,190}\\.[^\\s@<>.]{2,24}");

	/** Words of giving up a place, in English, Swedish and Danish: such a message never signs up. */
	static final Pattern CANCELLING = Pattern.compile("\\b(cancel\\w*|unregister|deregister|withdraw|unsubscribe"
			+ "|remove me from|take me off|ta bort mig från|fjern mig fra"
			+ "|(can'?t|cannot|won'?t|not be able to|won'?t be able to) (come|make it)|no longer (come|coming|attend)"
			+ "|avboka\\w*|avanmäl\\w*|avanmal\\w*|avregistrera\\w*|kan inte komma|ångra\\w* min anmälan"
			+ "|afmeld\\w*|afbestil\\w*|annull[eé]r\\w*|kan ikke komme|meld\\w* mig (af|fra))",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

	private final EventCatalog catalog;

	private final Signups signups;

	private final RedisPeople people;

	private final CalendarFiles calendar;

	private final Phrases phrases;

	private final Forms forms;

	private final Clock clock;

	/** Name (an e-mail address may come with it), then consent; the event is given at the start. */
	private final Form signupForm;

	/** Only the confirmation, for a cancellation asked for in words. */
	private final Form cancelForm;

	EventsHandler(EventCatalog catalog, Signups signups, RedisPeople people, CalendarFiles calendar, Phrases phrases,
			Forms forms, Clock clock) {
		this.catalog = catalog;
		this.signups = signups;
		this.people = people;
		this.calendar = calendar;
		this.phrases = phrases;
		this.forms = forms;
		this.clock = clock;
		this.signupForm = Form.builder("signup", (l, a) -> this.phrases.get(l, "events.form.title", title(a, l)))
			.field(FormField.text("name", (l, a) -> this.phrases.get(l, "events.ask-name"))
				.parser(EventsHandler::nameWithoutEmail)
				.validator((name, l) -> validName(name) ? Optional.empty()
						: Optional.of(this.phrases.get(l, "events.name-invalid", MAX_NAME)))
				.unreadable((text, l) -> this.phrases.get(l, "events.name-invalid", MAX_NAME))
				.fills("email", EventsHandler::email)
				.build())
			.consent((l, a) -> this.phrases.get(l, "events.consent", shown(a), title(a, l)))
			.accept("yes", (l, a) -> this.phrases.get(l, "events.signup-as", shorten(a.get("name"))))
			.decline((l, a) -> this.phrases.get(l, "events.consent.no"), (l, a) -> this.phrases.get(l, "events.not-signed-up"))
			.change("name", (l, a) -> this.phrases.get(l, "events.other-name"))
			.onComplete(this::consented);
		this.cancelForm = Form.builder("cancel-signup", (l, a) -> this.phrases.get(l, "events.cancel.title", title(a, l)))
			.consent((l, a) -> this.phrases.get(l, "events.cancel.confirm", title(a, l)))
			.accept("yes", (l, a) -> this.phrases.get(l, "events.cancel.yes"))
			.decline((l, a) -> this.phrases.get(l, "events.cancel.keep"),
					(l, a) -> this.phrases.get(l, "events.cancel.kept", title(a, l)))
			.onComplete((turn, a) -> cancel(turn, a.get("event")));
	}

	@Override
	public Set<String> intents() {
		return Set.of("signup", "cancel-signup", "events");
	}

	@Override
	public List<Form> forms() {
		return List.of(this.signupForm, this.cancelForm);
	}

	@Override
	public Set<String> commands() {
		return Set.of("/events", "/event", "/signup", "/mysignups", "/cancel", "/reminders");
	}

	@Override
	public List<MenuCommand> menu() {
		return List.of(new MenuCommand("events", "menu.events", "menu.events.argument"),
				new MenuCommand("mysignups", "menu.mysignups", null));
	}

	@Override
	public Response handle(Turn turn) {
		String id = turn.argument().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
		return switch (turn.intent()) {
			case "/events" -> list(turn, turn.argument(), true);
			case "/event" -> show(turn, id);
			case "/signup" -> signup(turn, id);
			case "/mysignups" -> mine(turn);
			case "/cancel" -> cancel(turn, id);
			case "/reminders" -> reminders(turn, id);
			case "events" -> list(turn, turn.argument(), false);
			case "cancel-signup" -> cancelFromText(turn);
			default -> CANCELLING.matcher(turn.argument()).find() ? cancelFromText(turn) : fromText(turn);
		};
	}

	/**
	 * "Cancel my spot at HELLOpenhagen": the signup meant, to be confirmed; the only one when the
	 * person has one and names none; else their signups, each with its cancel button.
	 */
	private Response cancelFromText(Turn turn) {
		List<Event> mine = this.signups.of(turn.userId())
			.stream()
			.map(signup -> this.catalog.find(signup.eventId()))
			.flatMap(Optional::stream)
			.toList();
		List<Event> meant = EventMatcher.match(turn.argument(), mine);
		if (meant.size() == 1 || (meant.isEmpty() && mine.size() == 1
				&& EventMatcher.match(turn.argument(), this.catalog.upcoming()).isEmpty())) {
			Event event = meant.isEmpty() ? mine.get(0) : meant.get(0);
			return this.forms.start(turn, this.cancelForm, Map.of("event", event.id()), "");
		}
		if (meant.isEmpty()) {
			List<Event> named = EventMatcher.match(turn.argument(), this.catalog.upcoming());
			if (named.size() == 1) {
				return say(turn, "events.cancel.not-signed-up", named.get(0).title(turn.language()));
			}
		}
		return mine(turn);
	}

	/** "Sign me up for ...": the one event meant, or a choice. */
	private Response fromText(Turn turn) {
		List<Event> open = this.catalog.upcoming().stream().filter(e -> e.openAt(this.clock.instant())).toList();
		List<Event> matches = EventMatcher.match(turn.argument(), open);
		if (matches.size() == 1) {
			return start(turn, matches.get(0), true);
		}
		List<Event> offered = matches.isEmpty() ? open : matches;
		if (offered.isEmpty()) {
			return say(turn, "events.none");
		}
		return choose(turn, this.phrases.get(turn.language(), matches.isEmpty() ? "events.which" : "events.which-of"),
				offered, "/signup ");
	}

	/** The open events, filtered by what the message or the "/events" argument names (see {@link EventFilter}). */
	private Response list(Turn turn, String asked, boolean command) {
		List<Event> open = this.catalog.upcoming().stream().filter(e -> e.status() == Event.Status.OPEN).toList();
		if (open.isEmpty()) {
			return say(turn, "events.none");
		}
		EventFilter filter = EventFilter.parse(asked, open, command);
		List<Event> events = filter.apply(open);
		if (events.isEmpty()) {
			return Response.of(turn.language(), new Reply(
					this.phrases.get(turn.language(), "events.none-for", String.join(", ", filter.asked())),
					List.of(new Button(this.phrases.get(turn.language(), "events.all.button"), "/events"))));
		}
		return choose(turn, this.phrases.get(turn.language(), filter.isEmpty() ? "events.list" : "events.list.filtered",
				String.join(", ", filter.asked())), events, "/event ");
	}

	private Response choose(Turn turn, String prompt, List<Event> events, String command) {
		List<Button> buttons = new ArrayList<>();
		StringBuilder text = new StringBuilder(prompt).append("\n");
		for (Event event : events.subList(0, Math.min(MAX_LISTED, events.size()))) {
			String title = event.title(turn.language());
			text.append("\n- ").append(title).append(": ").append(EventTexts.shortWhen(event, turn.language()))
				.append(", ").append(event.city());
			buttons.add(new Button(title, command + event.id()));
		}
		return Response.of(turn.language(), new Reply(text.toString(), buttons));
	}

	private Response show(Turn turn, String id) {
		Optional<Event> event = this.catalog.find(id);
		if (event.isEmpty()) {
			return unknownEvent(turn);
		}
		return start(turn, event.get(), false);
	}

	private Response unknownEvent(Turn turn) {
		return Response.of(turn.language(), new Reply(this.phrases.get(turn.language(), "events.unknown"),
				List.of(new Button(this.phrases.get(turn.language(), "events.list.button"), "/events"))));
	}

	private String summary(Event event, Language language) {
		String summary = this.phrases.get(language, "events.summary", event.title(language),
				EventTexts.when(event, language), event.venue() + ", " + event.city(), event.description(language));
		return summary.strip();
	}

	/**
	 * The event and the way to sign up. A person who agreed before is signed up at once when they
	 * asked to; the first time, the signup form asks for a name (offering the platform's name when
	 * it is one) and consent.
	 */
	private Response start(Turn turn, Event event, boolean signUpNow) {
		Language language = turn.language();
		Optional<Response> refusal = refusal(turn, event);
		if (refusal.isPresent()) {
			return refusal.get();
		}
		Optional<RedisPeople.Person> known = this.people.person(turn.userId());
		if (signUpNow && known.isPresent()) {
			return complete(turn, event, known.get().name(), known.get().email());
		}
		String summary = summary(event, language);
		if (known.isPresent()) {
			return Response.of(language, new Reply(summary, List.of(
					new Button(this.phrases.get(language, "events.signup-as", shorten(known.get().name())), "/signup " + event.id()))));
		}
		Map<String, String> values = new HashMap<>();
		values.put("event", event.id());
		String displayName = turn.message().displayName();
		if (displayName != null && validName(displayName)) {
			// Offered at the consent step, with a button for another name; never kept unasked.
			values.put("name", displayName);
		}
		return this.forms.start(turn, this.signupForm, values, summary);
	}

	private Response signup(Turn turn, String id) {
		Optional<Event> found = this.catalog.find(id);
		if (found.isEmpty()) {
			return unknownEvent(turn);
		}
		return start(turn, found.get(), true);
	}

	/** "Anna Berg, anna@example.com": the name without the address. */
	static Optional<String> nameWithoutEmail(String text) {
		String name = EMAIL.matcher(text).replaceAll(" ").replaceAll("[,;]", " ").replaceAll("\\s+", " ").strip();
		return name.isEmpty() ? Optional.empty() : Optional.of(name);
	}

	static Optional<String> email(String text) {
		Matcher matcher = EMAIL.matcher(text);
		return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
	}

	static boolean validName(String name) {
		return TypedAnswers.isName(name, MAX_NAME);
	}

	private static String shorten(String name) {
		return (name.length() <= 40) ? name : name.substring(0, 39) + "…";
	}

	private static String shown(FormAnswers answers) {
		String name = answers.get("name");
		return answers.find("email").map(email -> name + " (" + email + ")").orElse(name);
	}

	private String title(FormAnswers answers, Language language) {
		String id = answers.find("event").orElse("");
		return this.catalog.find(id).map(e -> e.title(language)).orElse(id);
	}

	/** The person agreed: their name is kept for event lists, and they take a seat or a place in line. */
	private Response consented(Turn turn, FormAnswers answers) {
		Optional<Event> found = this.catalog.find(answers.get("event"));
		if (found.isEmpty()) {
			return unknownEvent(turn);
		}
		Event event = found.get();
		Optional<Response> refusal = refusal(turn, event);
		if (refusal.isPresent()) {
			return refusal.get();
		}
		String name = answers.get("name");
		String email = answers.find("email").orElse(null);
		this.people.consented(turn.userId(), name, email);
		return complete(turn, event, name, email);
	}

	private Response complete(Turn turn, Event event, String name, @Nullable String email) {
		Language language = turn.language();
		SignupResult result = this.signups.signUp(event.id(), turn.userId(), name, email);
		String title = event.title(language);
		return switch (result.outcome()) {
			case CONFIRMED -> Response.of(language, new Reply(
					this.phrases.get(language, "events.confirmed", title, EventTexts.when(event, language),
							event.venue() + ", " + event.city(), name),
					List.of(new Button(this.phrases.get(language, "events.cancel.button"), "/cancel " + event.id())),
					this.calendar.attachment(event, language)));
			case WAITLISTED -> Response.of(language, new Reply(
					this.phrases.get(language, "events.waitlisted", title, result.position()),
					List.of(new Button(this.phrases.get(language, "events.leave-waitlist.button"), "/cancel " + event.id()))));
			case ALREADY_CONFIRMED -> say(turn, "events.already-confirmed", title);
			case ALREADY_WAITLISTED -> say(turn, "events.already-waitlisted", title, result.position());
			case CLOSED -> closed(turn, event);
			case NO_SUCH_EVENT -> unknownEvent(turn);
		};
	}

	/** Why the person cannot sign up, or that they already did; empty when they can. */
	private Optional<Response> refusal(Turn turn, Event event) {
		if (!event.openAt(this.clock.instant())) {
			return Optional.of(closed(turn, event));
		}
		for (MySignup mine : this.signups.of(turn.userId())) {
			if (mine.eventId().equals(event.id())) {
				String title = event.title(turn.language());
				return Optional.of((mine.waitlistPosition() == 0) ? say(turn, "events.already-confirmed", title)
						: say(turn, "events.already-waitlisted", title, mine.waitlistPosition()));
			}
		}
		return Optional.empty();
	}

	private Response closed(Turn turn, Event event) {
		String title = event.title(turn.language());
		if (event.status() == Event.Status.CANCELLED) {
			return say(turn, "events.closed.cancelled", title);
		}
		if (!this.clock.instant().isBefore(event.startsAt())) {
			return say(turn, "events.closed.past", title);
		}
		return say(turn, "events.closed.deadline", title);
	}

	private Response mine(Turn turn) {
		Language language = turn.language();
		List<MySignup> mine = this.signups.of(turn.userId());
		if (mine.isEmpty()) {
			return Response.of(language, new Reply(this.phrases.get(language, "events.mine.none"),
					List.of(new Button(this.phrases.get(language, "events.list.button"), "/events"))));
		}
		StringBuilder text = new StringBuilder(this.phrases.get(language, "events.mine")).append('\n');
		List<Button> buttons = new ArrayList<>();
		for (MySignup signup : mine) {
			Optional<Event> event = this.catalog.find(signup.eventId());
			if (event.isEmpty()) {
				continue;
			}
			String title = event.get().title(language);
			text.append("\n- ").append(title).append(": ").append(EventTexts.shortWhen(event.get(), language)).append(", ");
			text.append((signup.waitlistPosition() == 0) ? this.phrases.get(language, "events.mine.seat")
					: this.phrases.get(language, "events.mine.waiting", signup.waitlistPosition()));
			buttons.add(new Button(this.phrases.get(language, "events.cancel.for", title), "/cancel " + event.get().id()));
		}
		return Response.of(language, new Reply(text.toString(), buttons));
	}

	private Response cancel(Turn turn, String id) {
		Optional<Event> event = this.catalog.find(id);
		if (event.isEmpty()) {
			return mine(turn);
		}
		boolean had = this.signups.cancel(id, turn.userId());
		return say(turn, had ? "events.cancelled" : "events.cancel.not-signed-up", event.get().title(turn.language()));
	}

	private Response reminders(Turn turn, String setting) {
		Boolean wanted = switch (setting) {
			case "on", "pa", "på", "ja", "yes" -> Boolean.TRUE;
			case "off", "av", "fra", "nej", "no" -> Boolean.FALSE;
			default -> null;
		};
		if (wanted == null) {
			boolean on = this.people.wantsReminders(turn.userId());
			return Response.of(turn.language(), new Reply(
					this.phrases.get(turn.language(), on ? "events.reminders.are-on" : "events.reminders.are-off"),
					List.of(new Button(this.phrases.get(turn.language(),
							on ? "events.reminders-off.button" : "events.reminders-on.button"),
							on ? "/reminders off" : "/reminders on"))));
		}
		this.people.reminders(turn.userId(), wanted);
		return say(turn, wanted ? "events.reminders.on" : "events.reminders.off");
	}

	private Response say(Turn turn, String key, Object... args) {
		return Response.of(turn.language(), Reply.text(this.phrases.get(turn.language(), key, args)));
	}

}
