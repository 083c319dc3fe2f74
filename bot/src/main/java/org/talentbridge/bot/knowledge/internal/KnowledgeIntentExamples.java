package org.talentbridge.bot.knowledge.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.IntentExamples;
import org.talentbridge.bot.knowledge.Article;
import org.talentbridge.bot.knowledge.KnowledgeBase;

/**
 * The classifier's phrases: those curated in {@code intents/}, plus every article's example
 * questions as the "question" intent, so the classifier learns what a real question looks like. The
 * first few of each article and language are enough for that (whether the knowledge base answers is
 * the answer decision's to judge), and keep training fast.
 */
@Component
class KnowledgeIntentExamples implements IntentExamples {

	static final int QUESTIONS_PER_LANGUAGE = 5;

	private final KnowledgeBase knowledgeBase;

	KnowledgeIntentExamples(KnowledgeBase knowledgeBase) {
		this.knowledgeBase = knowledgeBase;
	}

	@Override
	public Map<String, List<String>> examples() {
		Map<String, List<String>> examples = new LinkedHashMap<>();
		this.knowledgeBase.intentPhrases().forEach((intent, phrases) -> examples.put(intent, new ArrayList<>(phrases)));
		List<String> questions = examples.computeIfAbsent("question", k -> new ArrayList<>());
		for (Article article : this.knowledgeBase.articles()) {
			article.questions()
				.values()
				.forEach(list -> questions.addAll(list.subList(0, Math.min(QUESTIONS_PER_LANGUAGE, list.size()))));
		}
		return examples;
	}

}
