package org.talentbridge.bot.knowledge.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.talentbridge.bot.conversation.Language;

/**
 * What staff changed in the knowledge base from the console or the staff API, kept as versions on
 * top of the files: every version of an article is its whole Markdown file, with who, when and what.
 * A counter moves with every change, so each instance sees that it has to apply them.
 */
public interface StaffEdits {

	/**
	 * @param number 1 for the first staff version of the article
	 * @param base a hash of the file the edit was made on, to tell when the file changed under it; null when there was no file
	 */
	record Version(String articleId, int number, String who, Instant at, String what, String markdown, @Nullable String base) {
	}

	/** A phrase staff said no article should answer ("Not for us"). */
	record Phrase(Language language, String text, String who, Instant at) {
	}

	/** Redis cannot be reached: the files answer meanwhile. */
	final class Unavailable extends RuntimeException {

		public Unavailable(Throwable cause) {
			super("Staff edits are unavailable: " + cause.getClass().getSimpleName(), cause, false, false);
		}

	}

	/** Moves with every change; 0 before the first. */
	long revision();

	/** The newest version of every article staff changed. */
	Map<String, Version> latest();

	/** All versions of one article, oldest first. */
	List<Version> history(String articleId);

	/** Keeps a new version and moves the revision; answers the version as kept. */
	Version append(String articleId, String who, Instant at, String what, String markdown, @Nullable String base);

	void addOutOfScope(Phrase phrase);

	List<Phrase> outOfScope();

	/** Nothing kept: the files alone, for tests without Redis. */
	StaffEdits NONE = new StaffEdits() {

		@Override
		public long revision() {
			return 0;
		}

		@Override
		public Map<String, Version> latest() {
			return Map.of();
		}

		@Override
		public List<Version> history(String articleId) {
			return List.of();
		}

		@Override
		public Version append(String articleId, String who, Instant at, String what, String markdown, @Nullable String base) {
			throw new UnsupportedOperationException("Staff edits need Redis");
		}

		@Override
		public void addOutOfScope(Phrase phrase) {
			throw new UnsupportedOperationException("Staff edits need Redis");
		}

		@Override
		public List<Phrase> outOfScope() {
			return List.of();
		}

	};

}
