package org.talentbridge.bot.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a search: the best matches, and whether the best is good enough to answer with.
 *
 * @param matches best first; may be empty
 * @param answered whether the first match clears the confidence threshold
 */
public record SearchResult(List<Match> matches, boolean answered) {

	public Optional<Match> answer() {
		return this.answered ? Optional.of(this.matches.get(0)) : Optional.empty();
	}

}
