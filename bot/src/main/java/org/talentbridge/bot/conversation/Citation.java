package org.talentbridge.bot.conversation;

/** The knowledge-base article a reply was taken from, and how well it matched. */
public record Citation(String articleId, double score) {

}
