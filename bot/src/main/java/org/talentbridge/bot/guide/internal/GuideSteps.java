package org.talentbridge.bot.guide.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.talentbridge.bot.knowledge.Article;
import org.talentbridge.bot.knowledge.KnowledgeBase;

/**
 * The curated steps, read at startup from {@code knowledge-base/guide/*.yml} in file order; every
 * article a step links must exist, and ids are unique across the files.
 */
@Component
class GuideSteps {

	private final List<GuideStep> steps;

	private final Map<String, GuideStep> byId = new HashMap<>();

	GuideSteps(KnowledgeBase knowledgeBase) {
		Set<String> articleIds = knowledgeBase.articles().stream().map(Article::id).collect(Collectors.toSet());
		List<GuideStep> loaded = new ArrayList<>();
		for (Map.Entry<String, String> file : knowledgeBase.files("guide/*.yml").entrySet()) {
			for (GuideStep step : GuideFiles.parse(file.getKey(), file.getValue(), articleIds)) {
				GuideStep previous = this.byId.putIfAbsent(step.id(), step);
				if (previous != null) {
					throw new IllegalStateException("Guide file guide/" + file.getKey() + ", step '" + step.id()
							+ "', repeats the id of a step in guide/" + previous.file());
				}
				loaded.add(step);
			}
		}
		// Phases in their order; within a phase, the order of the files.
		loaded.sort(Comparator.comparing(GuideStep::phase));
		this.steps = List.copyOf(loaded);
	}

	List<GuideStep> all() {
		return this.steps;
	}

	Optional<GuideStep> find(String id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	/** The steps and warnings that apply, in order. */
	List<GuideStep> forSituation(Situation situation) {
		return this.steps.stream().filter(step -> step.appliesTo(situation)).toList();
	}

}
