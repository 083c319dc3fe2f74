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
 */
record Nudge(String id, int offsetDays, Set<String> countries, @Nullable Boolean eu, Set<String> degrees,
		Map<Language, String> text, List<String> articles, boolean events) {

	boolean appliesTo(GraduateProfile profile) {
		return (this.countries.isEmpty() || this.countries.contains(profile.country()))
				&& (this.eu == null || this.eu == profile.euCitizen())
				&& (this.degrees.isEmpty() || this.degrees.contains(profile.degree()));
	}

	String text(Language language) {
		return this.text.getOrDefault(language, this.text.get(Language.EN));
	}

}
