package org.talentbridge.bot.knowledge.internal;

import java.util.List;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.knowledge.Article;
import org.talentbridge.bot.knowledge.Match;

/** The index behind the module's API: built once per load of the knowledge base. */
public final class Searcher {

	private static final Analyzers ANALYZERS = new Analyzers();

	private final ArticleIndex index;

	public Searcher(List<Article> articles) {
		this.index = new ArticleIndex(articles, ANALYZERS);
	}

	public List<Match> search(String text, Language language, int limit) {
		return this.index.search(text, language, limit);
	}

}
