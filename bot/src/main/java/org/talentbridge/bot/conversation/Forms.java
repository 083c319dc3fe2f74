package org.talentbridge.bot.conversation;

import java.util.Map;

/**
 * Opens a feature's {@link Form} for the person. From then on the conversation carries it: the
 * feature hears of it again only through {@link Form.Completion} once it is complete.
 */
public interface Forms {

	/**
	 * Opens the form, replacing any form the person had open, and asks its first question not
	 * answered by {@code values}.
	 * @param values answers known already, and what the feature needs at the end (an event's id)
	 * @param intro text before the first question (the event it is for), or ""
	 */
	Response start(Turn turn, Form form, Map<String, String> values, String intro);

	/**
	 * The form's current question again when the person has it open ("/mentee" while registering),
	 * else the form from its start.
	 */
	Response resume(Turn turn, Form form, String intro);

}
