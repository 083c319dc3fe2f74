package org.talentbridge.bot.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a search: the best matches, and whether the best is good enough to answer with.
 *
 * @param matches best first; may be empty
 * @param answered whether the answer decision takes the first match as the answer
 * @param probability the decision's estimate that the knowledge base answers the question
 * @param allWordsKnown whether the articles use every meaningful word of the question (none is a
 * word the knowledge base has never seen, such as "pizza"); true when it has none
 */
public record SearchResult(List<Match> matches, boolean answered, double probability, boolean allWordsKnown) {

	public Optional<Match> answer() {
		return this.answered ? Optional.of(this.matches.get(0)) : Optional.empty();
	}

}
