package org.talentbridge.bot.guide.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.guide.GuideUsage;
import org.talentbridge.bot.guide.internal.RedisGuides.Guide;

/** Counts over everyone's checklist, for the staff console. */
@Component
class DefaultGuideUsage implements GuideUsage {

	static final int OPEN_STEPS = 10;

	private final RedisGuides guides;

	private final Checklists checklists;

	private final GuideSteps steps;

	DefaultGuideUsage(RedisGuides guides, Checklists checklists, GuideSteps steps) {
		this.guides = guides;
		this.checklists = checklists;
		this.steps = steps;
	}

	@Override
	public Figures figures() {
		List<Guide> all = this.guides.all();
		Map<String, Long> situations = new HashMap<>();
		Map<String, long[]> open = new HashMap<>();
		long reminders = 0;
		for (Guide guide : all) {
			situations.merge(this.checklists.situation(guide.situation(), Language.EN), 1L, Long::sum);
			reminders += (guide.remind() || guide.reminded() != null) ? 1 : 0;
			for (GuideStep step : this.checklists.tickable(guide.situation())) {
				long[] counts = open.computeIfAbsent(step.id(), id -> new long[2]);
				counts[0] += guide.isDone(step.id()) ? 0 : 1;
				counts[1]++;
			}
		}
		Map<String, Long> sorted = new LinkedHashMap<>();
		situations.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		List<OpenStep> openSteps = open.entrySet()
			.stream()
			.filter(e -> e.getValue()[0] > 0)
			.sorted(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -e.getValue()[0]).thenComparing(Map.Entry::getKey))
			.limit(OPEN_STEPS)
			.map(e -> new OpenStep(e.getKey(),
					this.steps.find(e.getKey()).map(s -> s.text(Language.EN)).orElse(e.getKey()), e.getValue()[0],
					e.getValue()[1]))
			.toList();
		return new Figures(all.size(), sorted, openSteps, reminders);
	}

}
