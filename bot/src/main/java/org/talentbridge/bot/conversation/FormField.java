package org.talentbridge.bot.conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One question of a {@link Form}. A {@link Type#CHOICE} takes one of its choices: the button, its
 * label typed in English, Swedish or Danish, or what the parser reads as one of them ("MSc" for
 * master). A {@link Type#TEXT} takes what the parser reads and the validator accepts; its choices,
 * if any, are suggestions. What is neither is either something else the person wants (a question,
 * a greeting, a command), which the conversation answers while the form waits, or a wrong answer,
 * which is explained before the question is asked again.
 */
public final class FormField {

	/** The value the skip button of an optional field sends; a skipped field is kept as "". */
	public static final String SKIP = "-";

	/** How strictly the field holds to its choices. */
	public enum Type {

		/** Free text, read by the parser and checked by the validator. */
		TEXT,
		/** One of the choices. */
		CHOICE

	}

	private final String name;

	private final Type type;

	private final FormText question;

	private final List<Choice> choices;

	private final Function<String, Optional<String>> parser;

	private final Validator validator;

	private final @Nullable Wording unreadable;

	private final @Nullable FormText skip;

	private final Map<String, Function<String, Optional<String>>> fills;

	private final @Nullable Wording displayName;

	private final boolean takesQuestions;

	private final java.util.function.Predicate<FormAnswers> askedWhen;

	private FormField(Builder builder) {
		this.name = builder.name;
		this.type = builder.type;
		this.question = builder.question;
		this.choices = List.copyOf(builder.choices);
		this.parser = builder.parser;
		this.validator = builder.validator;
		this.unreadable = builder.unreadable;
		this.skip = builder.skip;
		this.fills = Map.copyOf(builder.fills);
		this.displayName = builder.displayName;
		this.takesQuestions = builder.takesQuestions;
		this.askedWhen = builder.askedWhen;
	}

	/** A free-text question; by default the answer is the text on one line. */
	public static Builder text(String name, FormText question) {
		return new Builder(name, Type.TEXT, question);
	}

	/** A question answered by one of the choices. */
	public static Builder choice(String name, FormText question) {
		return new Builder(name, Type.CHOICE, question);
	}

	public String name() {
		return this.name;
	}

	public Type type() {
		return this.type;
	}

	public FormText question() {
		return this.question;
	}

	public List<Choice> choices() {
		return this.choices;
	}

	/** The value kept for what the person wrote, or empty when it cannot be read. */
	public Optional<String> parse(String text) {
		return this.parser.apply(text);
	}

	public Validator validator() {
		return this.validator;
	}

	/** What to say about text that is no answer here, before asking again; empty for the general phrase. */
	public Optional<Wording> unreadable() {
		return Optional.ofNullable(this.unreadable);
	}

	/** Whether the person may skip the field, and the label of the button that does. */
	public Optional<FormText> skip() {
		return Optional.ofNullable(this.skip);
	}

	/** Other fields this answer settles as well, read from the same text (a city gives the country). */
	public Map<String, Function<String, Optional<String>>> fills() {
		return this.fills;
	}

	/** The label of a button offering the name the platform shows for the person, if the field offers it. */
	public Optional<Wording> displayName() {
		return Optional.ofNullable(this.displayName);
	}

	/** Whether a question is a fair answer here, so a message ending in "?" is not taken for an interruption. */
	public boolean takesQuestions() {
		return this.takesQuestions;
	}

	/** Whether the field is asked, given the answers before it; one that is not is kept as "" (skipped). */
	public boolean askedWhen(FormAnswers sofar) {
		return this.askedWhen.test(sofar);
	}

	/**
	 * A choice offered as a button.
	 *
	 * @param value what is kept; short letters, digits, "-" or ",", as it travels in the button
	 * @param label what the button shows, in each language
	 */
	public record Choice(String value, FormText label) {

		public Choice {
			if (!value.matches("[A-Za-z0-9,_-]{1,24}")) {
				throw new IllegalArgumentException("A choice's value is 1 to 24 of A-Z, 0-9, ',', '_' and '-': " + value);
			}
		}

	}

	/** Checks a parsed answer; the problem, in the person's language, when it cannot be used. */
	@FunctionalInterface
	public interface Validator {

		Validator NONE = (value, language) -> Optional.empty();

		Optional<String> problem(String value, Language language);

	}

	/** A sentence about a value (what the person typed, their platform name) in one language. */
	@FunctionalInterface
	public interface Wording {

		String about(String value, Language language);

	}

	public static final class Builder {

		private final String name;

		private final Type type;

		private final FormText question;

		private final List<Choice> choices = new ArrayList<>();

		private Function<String, Optional<String>> parser = FormField::oneLine;

		private Validator validator = Validator.NONE;

		private @Nullable Wording unreadable;

		private @Nullable FormText skip;

		private final Map<String, Function<String, Optional<String>>> fills = new LinkedHashMap<>();

		private @Nullable Wording displayName;

		private boolean takesQuestions;

		private java.util.function.Predicate<FormAnswers> askedWhen = answers -> true;

		private Builder(String name, Type type, FormText question) {
			if (!name.matches("[a-z][a-z0-9-]{0,23}") || Form.CONSENT.equals(name)) {
				throw new IllegalArgumentException("A field's name is 1 to 24 of a-z, 0-9 and '-', not 'consent': " + name);
			}
			this.name = name;
			this.type = type;
			this.question = question;
		}

		public Builder choice(String value, FormText label) {
			this.choices.add(new Choice(value, label));
			return this;
		}

		/** Reads typed text into the value kept: "June 2027" into "2027-06-30", "MSc" into "master". */
		public Builder parser(Function<String, Optional<String>> parser) {
			this.parser = parser;
			return this;
		}

		public Builder validator(Validator validator) {
			this.validator = validator;
			return this;
		}

		/** What to say when the text is no answer (the parser cannot read it, or no choice fits it). */
		public Builder unreadable(Wording unreadable) {
			this.unreadable = unreadable;
			return this;
		}

		/** The person may skip this field, with this button or by writing "skip", "hoppa över", "spring over". */
		public Builder optional(FormText skipLabel) {
			this.skip = skipLabel;
			return this;
		}

		/**
		 * The same text settles another field, which is then not asked: "Malmö" gives the side of
		 * the Öresund, "Lund University" the country. A later answer replaces what an earlier one
		 * settled; one that settles nothing leaves the other field to be asked.
		 */
		public Builder fills(String field, Function<String, Optional<String>> from) {
			this.fills.put(field, from);
			return this;
		}

		/** Offers the platform's name for the person as a button, when the field accepts it. */
		public Builder offersDisplayName(Wording label) {
			this.displayName = label;
			return this;
		}

		/** A question is a fair answer here (what someone wants help with). */
		public Builder takesQuestions() {
			this.takesQuestions = true;
			return this;
		}

		/**
		 * The field is asked only when the earlier answers call for it (the study permit's expiry
		 * only of those who need a permit); otherwise it is skipped without a question.
		 */
		public Builder askedWhen(java.util.function.Predicate<FormAnswers> when) {
			this.askedWhen = when;
			return this;
		}

		public FormField build() {
			if (this.type == Type.CHOICE && this.choices.isEmpty()) {
				throw new IllegalStateException("The choice field " + this.name + " has no choices");
			}
			return new FormField(this);
		}

	}

	/** The text on one line, without surrounding blanks; empty when nothing is left. */
	public static Optional<String> oneLine(String text) {
		String line = text.strip().replaceAll("\\s+", " ");
		return line.isEmpty() ? Optional.empty() : Optional.of(line);
	}

}
