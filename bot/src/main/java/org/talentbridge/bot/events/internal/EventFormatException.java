package org.talentbridge.bot.events.internal;

/** A broken event file; the message names the file and what is wrong, for the person who edits it. */
class EventFormatException extends RuntimeException {

	EventFormatException(String file, String problem) {
		super("Event file events/" + file + " " + problem);
	}

}
