package org.talentbridge.bot.nudges.internal;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.conversation.Readable;
import org.talentbridge.bot.nudges.GraduateProfile;

/**
 * The graduate profile as the person reads it, in /graduate, before consent and in /mydata: the
 * degree in words, the graduation as a date, the country of study by name.
 */
final class GraduateSummary {

	private GraduateSummary() {
	}

	static String describe(GraduateProfile p, Language language, Phrases phrases) {
		String degreeKey = "graduate.degree-name." + p.degree();
		String degree = phrases.keys(Language.EN).contains(degreeKey) ? phrases.get(language, degreeKey) : p.degree();
		String text = phrases.get(language, "graduate.profile", p.university(), degree, Readable.date(p.graduation(), language),
				Readable.country(p.country(), language),
				phrases.get(language, p.euCitizen() ? "graduate.eu.yes" : "graduate.eu.no"));
		if (p.permitExpires() != null) {
			text = text + "\n" + phrases.get(language, "graduate.profile.permit", Readable.date(p.permitExpires(), language));
		}
		return text;
	}

}
