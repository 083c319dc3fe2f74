package org.talentbridge.bot.conversation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A form a feature declares as data: its questions in order, an optional consent step, and what
 * the feature does with the answers. The conversation owns the rest: it asks one question at a
 * time, keeps the draft in its own context store, reads typed answers as well as buttons, answers
 * a question asked in between and then reminds what the form still needs, leaves the form on
 * "cancel" ("avbryt", "annuller"), and forgets it after {@link ConversationContext#FOR_MINUTES}
 * minutes of silence. The feature sees nothing before the form is complete, so nothing
 * half-filled is ever kept as its data.
 * <p>
 * A feature lists its forms in {@link IntentHandler#forms()} and opens one with
 * {@link Forms#start}.
 */
public final class Form {

	/**
	 * What the forms' buttons send: {@code /form <form> <field> <value>}, or {@code /form <form>
	 * <field>} to ask a field again. Each must fit Telegram's 64 bytes of callback data, which the
	 * builder checks.
	 */
	public static final String BUTTON = "/form";

	/** Telegram's limit for what a button carries. */
	static final int MAX_BUTTON_BYTES = 64;

	/** The step after the last question, when the form asks for consent. */
	public static final String CONSENT = "consent";

	/** The value of the consent step's decline button. */
	public static final String DECLINE = "no";

	private final String id;

	private final FormText title;

	private final List<FormField> fields;

	private final @Nullable Consent consent;

	private final Completion completion;

	private final @Nullable String restart;

	private Form(Builder builder, Completion completion) {
		this.id = builder.id;
		this.title = builder.title;
		this.fields = List.copyOf(builder.fields);
		this.consent = (builder.consentText != null) ? new Consent(builder.consentText, List.copyOf(builder.accept),
				builder.declineLabel, builder.declined, List.copyOf(builder.changes)) : null;
		this.completion = completion;
		this.restart = builder.restart;
	}

	/**
	 * @param id short and unique among all forms ("signup", "mentee"); it travels in buttons
	 * @param title what the person is filling in, for reminders ("your signup for HELLOpenhagen")
	 */
	public static Builder builder(String id, FormText title) {
		return new Builder(id, title);
	}

	public String id() {
		return this.id;
	}

	public FormText title() {
		return this.title;
	}

	public List<FormField> fields() {
		return this.fields;
	}

	public Optional<FormField> field(String name) {
		return this.fields.stream().filter(f -> f.name().equals(name)).findFirst();
	}

	public Optional<Consent> consent() {
		return Optional.ofNullable(this.consent);
	}

	public Completion completion() {
		return this.completion;
	}

	/** The command that opens the form afresh, offered when an old button of it is pressed. */
	public Optional<String> restart() {
		return Optional.ofNullable(this.restart);
	}

	/**
	 * The last step: the answers shown, and the person's explicit yes before the feature keeps
	 * anything.
	 *
	 * @param text the question, usually a summary of the answers
	 * @param accept the ways to say yes; a typed "yes", "ja", "ok" means the first
	 * @param declineLabel the "no" button; a typed "no", "nej" means it
	 * @param declined what the bot says when the person declines
	 * @param changes buttons that ask one question again ("Use another name")
	 */
	public record Consent(FormText text, List<FormField.Choice> accept, FormText declineLabel, FormText declined,
			List<Change> changes) {
	}

	/** A button at the consent step that asks {@code field} again. */
	public record Change(String field, FormText label) {
	}

	/** What the feature does with a complete form; the turn is the person's last answer or their consent. */
	@FunctionalInterface
	public interface Completion {

		Response complete(Turn turn, FormAnswers answers);

	}

	public static final class Builder {

		private final String id;

		private final FormText title;

		private final List<FormField> fields = new ArrayList<>();

		private @Nullable FormText consentText;

		private final List<FormField.Choice> accept = new ArrayList<>();

		private FormText declineLabel = (language, answers) -> "";

		private FormText declined = (language, answers) -> "";

		private final List<Change> changes = new ArrayList<>();

		private @Nullable String restart;

		private Builder(String id, FormText title) {
			if (!id.matches("[a-z][a-z0-9-]{0,23}")) {
				throw new IllegalArgumentException("A form's id is 1 to 24 of a-z, 0-9 and '-': " + id);
			}
			this.id = id;
			this.title = title;
		}

		public Builder field(FormField field) {
			this.fields.add(field);
			return this;
		}

		public Builder fields(List<FormField> fields) {
			this.fields.addAll(fields);
			return this;
		}

		/** Ends the form with a consent step asking {@code text}; add its buttons with accept and decline. */
		public Builder consent(FormText text) {
			this.consentText = text;
			return this;
		}

		public Builder accept(String value, FormText label) {
			if (DECLINE.equals(value)) {
				throw new IllegalArgumentException("'" + DECLINE + "' is the decline button's value");
			}
			this.accept.add(new FormField.Choice(value, label));
			return this;
		}

		public Builder decline(FormText label, FormText declined) {
			this.declineLabel = label;
			this.declined = declined;
			return this;
		}

		public Builder change(String field, FormText label) {
			this.changes.add(new Change(field, label));
			return this;
		}

		public Builder restartWith(String command) {
			this.restart = command;
			return this;
		}

		public Form onComplete(Completion completion) {
			Set<String> names = new HashSet<>();
			for (FormField field : this.fields) {
				if (!names.add(field.name())) {
					throw new IllegalStateException("The form " + this.id + " asks " + field.name() + " twice");
				}
			}
			if (this.consentText != null && this.accept.isEmpty()) {
				throw new IllegalStateException("The consent of " + this.id + " has no way to say yes");
			}
			for (Change change : this.changes) {
				if (!names.contains(change.field())) {
					throw new IllegalStateException("The form " + this.id + " has no field " + change.field());
				}
			}
			for (FormField field : this.fields) {
				field.choices().forEach(choice -> fits(field.name(), choice.value()));
				fits(field.name(), FormField.SKIP);
			}
			this.accept.forEach(choice -> fits(CONSENT, choice.value()));
			return new Form(this, completion);
		}

		private void fits(String step, String value) {
			String pressed = BUTTON + " " + this.id + " " + step + " " + value;
			if (pressed.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BUTTON_BYTES) {
				throw new IllegalStateException("A button of " + this.id + " carries more than " + MAX_BUTTON_BYTES
						+ " bytes: " + pressed);
			}
		}

	}

}
