package org.talentbridge.bot.guide.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.talentbridge.bot.conversation.Language;

/**
 * One step of the checklist, or a warning about a trap, as curated in {@code knowledge-base/guide/}.
 *
 * @param id unique; travels in the "done" button
 * @param phase when it is done
 * @param warning a warning is shown, never ticked off
 * @param when alternatives of conditions on the answers, any of which makes the step apply; empty: always
 * @param article the article that explains it
 * @param text one line per language
 * @param file where it came from
 */
record GuideStep(String id, Phase phase, boolean warning, List<Map<String, Set<String>>> when, String article,
		Map<Language, String> text, String file) {

	boolean appliesTo(Situation situation) {
		return situation.matches(this.when);
	}

	String text(Language language) {
		return this.text.get(language);
	}

	enum Phase {

		BEFORE_ARRIVAL("before-arrival"), FIRST_WEEKS("first-weeks"), FIRST_MONTHS("first-months");

		private final String code;

		Phase(String code) {
			this.code = code;
		}

		String code() {
			return this.code;
		}

		static java.util.Optional<Phase> of(String code) {
			return java.util.Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
		}

	}

}
