package org.talentbridge.bot.knowledge.internal;

import java.util.regex.Pattern;

/**
 * What people type into a question that staff need not see: e-mail addresses, phone numbers and
 * long runs of digits (personal ID, CPR and account numbers), each replaced by a marker before
 * the question is stored.
 */
public final class QuestionMasks {

	private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");

	/** A + or a digit, then at least six more digits with spaces, dots, dashes or brackets between. */
	private static final Pattern PHONE = Pattern.compile("(?<![\\p{N}])\\+?\\(?\\d(?:[\\s().-]{0,2}\\d){6,}(?![\\p{N}])");

	private static final Pattern DIGITS = Pattern.compile("\\d{6,}");

	private QuestionMasks() {
	}

	public static String mask(String text) {
		String masked = EMAIL.matcher(text).replaceAll("[e-mail]");
		masked = DIGITS.matcher(masked).replaceAll("[number]");
		return PHONE.matcher(masked).replaceAll("[phone]");
	}

}
