package org.talentbridge.bot.nudges.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.nudges.GraduateProfile;

/**
 * One campaign message from {@code knowledge-base/nudges/}.
 *
 * @param countries countries of study it applies to (empty: any)
 * @param eu whether it is for EU/EEA/Nordic citizens (null: any)
 * @param degrees degree levels it applies to (empty: any)
 * @param from the date {@code offsetDays} counts from
 * @param textWithoutDate for a nudge timed from the study permit's expiry, what it says to a
 * graduate who did not give that date (it then counts from the graduation date); empty otherwise
 */
record Nudge(String id, int offsetDays, Set<String> countries, @Nullable Boolean eu, Set<String> degrees,
		Map<Language, String> text, List<String> articles, boolean events, From from,
		Map<Language, String> textWithoutDate) {

	/** The day a nudge is timed from. */
	enum From {

		GRADUATION("graduation"), STUDY_PERMIT_EXPIRY("study-permit-expiry");

		final String value;

		From(String value) {
			this.value = value;
		}

	}

	/** The day the offset counts from: the permit's expiry when the nudge wants it and the graduate gave it. */
	java.time.LocalDate anchor(GraduateProfile profile) {
		return knowsDate(profile) ? profile.permitExpires() : profile.graduation();
	}

	private boolean knowsDate(GraduateProfile profile) {
		return this.from == From.STUDY_PERMIT_EXPIRY && profile.permitExpires() != null;
	}

	/** The text for this graduate: without their permit's date, the one that tells them to look it up. */
	String text(Language language, GraduateProfile profile) {
		if (this.from == From.STUDY_PERMIT_EXPIRY && !knowsDate(profile)) {
			return this.textWithoutDate.getOrDefault(language, this.textWithoutDate.get(Language.EN));
		}
		return text(language);
	}

	boolean appliesTo(GraduateProfile profile) {
		return (this.countries.isEmpty() || this.countries.contains(profile.country()))
				&& (this.eu == null || this.eu == profile.euCitizen())
				&& (this.degrees.isEmpty() || this.degrees.contains(profile.degree()));
	}

	String text(Language language) {
		return this.text.getOrDefault(language, this.text.get(Language.EN));
	}

}
