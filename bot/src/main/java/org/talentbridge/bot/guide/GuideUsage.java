package org.talentbridge.bot.guide;

import java.util.List;
import java.util.Map;

/** How the guide is used, for staff: people per situation and the steps most often left open. */
public interface GuideUsage {

	Figures figures();

	/**
	 * @param people everyone with a checklist
	 * @param situations people per situation, most common first ("Lives in Sweden, works in Denmark, EU/EEA citizen, alone")
	 * @param openSteps the steps most often left open, most often first
	 * @param reminders people who asked for the reminder
	 */
	record Figures(long people, Map<String, Long> situations, List<OpenStep> openSteps, long reminders) {
	}

	/**
	 * @param stepId the step's id in {@code knowledge-base/guide/}
	 * @param text its English text
	 * @param open how many people have it on their checklist and not done
	 * @param of how many people have it on their checklist
	 */
	record OpenStep(String stepId, String text, long open, long of) {
	}

}
