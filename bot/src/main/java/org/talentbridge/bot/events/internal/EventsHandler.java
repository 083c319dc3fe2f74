package org.talentbridge.bot.events.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.IntentHandler;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.MenuCommand;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Reply.Button;
import org.talentbridge.bot.conversation.Response;
import org.talentbridge.bot.conversation.Turn;
import org.talentbridge.bot.events.Event;
import org.talentbridge.bot.events.EventCatalog;
import org.talentbridge.bot.events.SignupResult;
import org.talentbridge.bot.events.Signups;
import org.talentbridge.bot.events.Signups.MySignup;

/**
 * Events by message. "/events" lists, "/event &lt;id&gt;" shows one with a sign-up button,
 * "/signup &lt;id&gt;" signs up (asking for a name and consent the first time), "/mysignups" and
 * "/cancel &lt;id&gt;" manage them, "/reminders on|off". "Sign me up for the welcome reception"
 * works too: the classifier's "signup" intent, then {@link EventMatcher}; when it is unclear which
 * event, the bot asks with buttons.
 */
@Component
class EventsHandler implements IntentHandler {

	static final int MAX_NAME = 100;

	private static final int MAX_LISTED = 8;

	private static final Pattern EMAIL = Pattern.compile("[^\\s@<>]{1,64}@[^\\s@<>]{1,190}\\.[^\\s@<>.]{2,24}");

	private final EventCatalog catalog;

	private final Signups signups;

	private final RedisPeople people;

	private final CalendarFiles calendar;

	private final Phrases phrases;

	private final Clock clock;

	EventsHandler(EventCatalog catalog, Signups signups, RedisPeople people, CalendarFiles calendar, Phrases phrases,
			Clock clock) {
		this.catalog = catalog;
		this.signups = signups;
		this.people = people;
		this.calendar = calendar;
		this.phrases = phrases;
		this.clock = clock;
	}

	@Override
	public Set<String> intents() {
		return Set.of("signup", "events");
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
		String[] words = turn.argument().split("\\s+", 3);
		String id = words[0].toLowerCase(Locale.ROOT);
		String step = (words.length > 1) ? words[1].toLowerCase(Locale.ROOT) : "";
		String rest = (words.length > 2) ? words[2] : "";
		return switch (turn.intent()) {
			case "/events" -> list(turn, turn.argument(), true);
			case "/event" -> show(turn, id);
			case "/signup" -> signup(turn, id, step, rest);
			case "/mysignups" -> mine(turn);
			case "/cancel" -> cancel(turn, id);
			case "/reminders" -> reminders(turn, id);
			case "events" -> list(turn, turn.argument(), false);
			default -> fromText(turn);
		};
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
	 * asked to; the first time, they are asked for a name (or to use their platform name) and consent.
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
					new Button(this.phrases.get(language, "events.signup-as", known.get().name()), "/signup " + event.id() + " yes"))));
		}
		String displayName = turn.message().displayName();
		if (displayName != null && validName(displayName)) {
			return Response.of(language, new Reply(summary + "\n\n" + this.phrases.get(language, "events.consent-platform-name", displayName),
					List.of(new Button(this.phrases.get(language, "events.signup-as", shorten(displayName)), "/signup " + event.id() + " yes"),
							new Button(this.phrases.get(language, "events.other-name"), "/signup " + event.id() + " name"))));
		}
		return Response.of(language, Reply.text(summary + "\n\n" + this.phrases.get(language, "events.ask-name")))
			.expecting("/signup " + event.id() + " name");
	}

	private Response signup(Turn turn, String id, String step, String rest) {
		Optional<Event> found = this.catalog.find(id);
		if (found.isEmpty()) {
			return unknownEvent(turn);
		}
		Event event = found.get();
		return switch (step) {
			case "" -> start(turn, event, true);
			case "name" -> named(turn, event, rest);
			case "yes" -> consented(turn, event);
			case "no" -> {
				this.people.clearPending(turn.userId());
				yield say(turn, "events.not-signed-up");
			}
			default -> start(turn, event, true);
		};
	}

	/** The person wrote their name, perhaps with an e-mail address: ask for consent. */
	private Response named(Turn turn, Event event, String text) {
		Language language = turn.language();
		if (text.isBlank()) {
			return Response.of(language, Reply.text(this.phrases.get(language, "events.ask-name")))
				.expecting("/signup " + event.id() + " name");
		}
		String email = null;
		Matcher matcher = EMAIL.matcher(text);
		if (matcher.find()) {
			email = matcher.group();
			text = (text.substring(0, matcher.start()) + " " + text.substring(matcher.end()));
		}
		String name = text.replaceAll("[,;]", " ").replaceAll("\\s+", " ").strip();
		if (!validName(name)) {
			return Response.of(language, Reply.text(this.phrases.get(language, "events.name-invalid", MAX_NAME)))
				.expecting("/signup " + event.id() + " name");
		}
		this.people.pending(turn.userId(), new RedisPeople.Pending(event.id(), name, email));
		String shown = (email != null) ? name + " (" + email + ")" : name;
		return Response.of(language, new Reply(this.phrases.get(language, "events.consent", shown, event.title(language)),
				List.of(new Button(this.phrases.get(language, "events.consent.yes"), "/signup " + event.id() + " yes"),
						new Button(this.phrases.get(language, "events.consent.no"), "/signup " + event.id() + " no"))));
	}

	static boolean validName(String name) {
		return !name.isBlank() && name.codePointCount(0, name.length()) <= MAX_NAME
				&& name.codePoints().anyMatch(Character::isLetter) && !name.contains("/");
	}

	private static String shorten(String name) {
		return (name.length() <= 40) ? name : name.substring(0, 39) + "…";
	}

	/** "Yes": the pending name, else the one stored before, else the platform's name. */
	private Response consented(Turn turn, Event event) {
		Optional<RedisPeople.Pending> pending = this.people.pending(turn.userId())
			.filter(p -> p.eventId().equals(event.id()));
		String name;
		String email = null;
		if (pending.isPresent()) {
			name = pending.get().name();
			email = pending.get().email();
		}
		else {
			Optional<RedisPeople.Person> known = this.people.person(turn.userId());
			if (known.isPresent()) {
				name = known.get().name();
				email = known.get().email();
			}
			else if (turn.message().displayName() != null && validName(turn.message().displayName())) {
				name = turn.message().displayName();
			}
			else {
				return Response.of(turn.language(), Reply.text(this.phrases.get(turn.language(), "events.ask-name")))
					.expecting("/signup " + event.id() + " name");
			}
		}
		Optional<Response> refusal = refusal(turn, event);
		if (refusal.isPresent()) {
			return refusal.get();
		}
		this.people.consented(turn.userId(), name, email);
		this.people.clearPending(turn.userId());
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
