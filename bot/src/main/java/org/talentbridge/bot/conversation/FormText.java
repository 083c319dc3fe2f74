package org.talentbridge.bot.conversation;

/**
 * A text of a form in one language: a question, a button's label, the consent. It may use the
 * answers so far ("Sign me up as Anna Berg"). Labels are read in all three languages, so that a
 * label typed in any of them counts as pressing the button.
 */
@FunctionalInterface
public interface FormText {

	String in(Language language, FormAnswers answers);

}
