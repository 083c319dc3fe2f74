package org.talentbridge.bot.knowledge.internal;

import java.util.Optional;

/**
 * Answer decisions kept by the content they were trained on, so a start with an unchanged knowledge
 * base (a restart, another instance) does not train again. A cache: losing it costs one training.
 */
public interface TrainedDecisions {

	Optional<String> find(String fingerprint);

	void keep(String fingerprint, String encoded);

	/**
	 * The decision kept last, for any content: its regressions judge another version of the
	 * knowledge base well enough to answer while that version's own decision trains.
	 */
	default Optional<String> latest() {
		return Optional.empty();
	}

	TrainedDecisions NONE = new TrainedDecisions() {

		@Override
		public Optional<String> find(String fingerprint) {
			return Optional.empty();
		}

		@Override
		public void keep(String fingerprint, String encoded) {
		}
	};

}
