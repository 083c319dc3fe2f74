package org.talentbridge.bot.conversation.internal;

import java.util.Optional;

/**
 * Intent models kept by the phrases they were trained on, so a start with unchanged phrases (a
 * restart, another instance, a fresh machine with the packaged knowledge base) does not train again.
 * A cache: losing it costs one training.
 */
interface TrainedIntents {

	/** The model trained on phrases of this fingerprint, as OpenNLP writes it. */
	Optional<byte[]> find(String fingerprint);

	void keep(String fingerprint, byte[] model);

	TrainedIntents NONE = new TrainedIntents() {

		@Override
		public Optional<byte[]> find(String fingerprint) {
			return Optional.empty();
		}

		@Override
		public void keep(String fingerprint, byte[] model) {
		}
	};

}
