package org.talentbridge.bot.nudges.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.talentbridge.bot.knowledge.Article;
import org.talentbridge.bot.knowledge.KnowledgeBase;

/** The curated campaigns, read at startup; an article a nudge links to must exist. */
@Component
class NudgeCampaigns {

	private final List<Nudge> nudges;

	private final Map<String, Nudge> byId = new HashMap<>();

	NudgeCampaigns(KnowledgeBase knowledgeBase) {
		Set<String> articleIds = knowledgeBase.articles().stream().map(Article::id).collect(Collectors.toSet());
		List<Nudge> loaded = new ArrayList<>();
		for (Map.Entry<String, String> file : knowledgeBase.files("nudges/*.yml").entrySet()) {
			Nudge nudge = NudgeFiles.parse(file.getKey(), file.getValue(), articleIds);
			if (this.byId.putIfAbsent(nudge.id(), nudge) != null) {
				throw new IllegalStateException("Nudge file nudges/" + file.getKey() + " repeats the id " + nudge.id());
			}
			loaded.add(nudge);
		}
		this.nudges = List.copyOf(loaded);
	}

	List<Nudge> all() {
		return this.nudges;
	}

	Optional<Nudge> find(String id) {
		return Optional.ofNullable(this.byId.get(id));
	}

}
