package org.talentbridge.bot.conversation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The recent turns with a person, for staff who take over a conversation and for a reloaded web chat. */
public interface ConversationHistory {

	/** Oldest first, at most the configured history size. */
	List<Line> recent(String userId);

	/**
	 * @param fromPerson true for what the person wrote, false for the bot's replies
	 * @param buttons the buttons a reply offered; none for the person's lines
	 * @param file the file a reply came with, by name and download link (its content is not kept)
	 */
	record Line(Instant at, boolean fromPerson, Language language, String text, List<Reply.Button> buttons,
			@Nullable File file) {

		public Line {
			buttons = List.copyOf(buttons);
		}

		public Line(Instant at, boolean fromPerson, Language language, String text) {
			this(at, fromPerson, language, text, List.of(), null);
		}

	}

	/** A reply's file as the history keeps it: see {@link Reply.Attachment}. */
	record File(String fileName, String link) {
	}

}
