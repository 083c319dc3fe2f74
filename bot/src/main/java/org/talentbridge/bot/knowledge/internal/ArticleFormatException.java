package org.talentbridge.bot.knowledge.internal;

/** A knowledge-base file that cannot be used; the message names the file and the field. */
public class ArticleFormatException extends RuntimeException {

	public ArticleFormatException(String file, String problem) {
		super("Knowledge base: " + file + ": " + problem);
	}

}
