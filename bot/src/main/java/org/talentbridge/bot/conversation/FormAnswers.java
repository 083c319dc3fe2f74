package org.talentbridge.bot.conversation;

import java.util.Map;
import java.util.Optional;

/**
 * The answers of a form so far, by field name, with the values the feature gave at the start
 * (such as the event's id). A skipped optional field is kept as an empty value.
 *
 * @param values by field name
 * @param consent the value of the consent button chosen (such as "yes" or "tips"); empty before
 * the consent step and for forms without one
 */
public record FormAnswers(Map<String, String> values, String consent) {

	public FormAnswers {
		values = Map.copyOf(values);
	}

	/** The answer; the field must have been answered (a skipped one gives ""). */
	public String get(String field) {
		String value = this.values.get(field);
		if (value == null) {
			throw new IllegalStateException("The form has no answer for " + field);
		}
		return value;
	}

	/** The answer, empty when the field is unanswered or was skipped. */
	public Optional<String> find(String field) {
		return Optional.ofNullable(this.values.get(field)).filter(value -> !value.isEmpty());
	}

}
