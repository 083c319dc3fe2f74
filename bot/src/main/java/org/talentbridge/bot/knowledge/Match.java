package org.talentbridge.bot.knowledge;

/**
 * An article found for a question.
 *
 * @param article the article
 * @param score Lucene's BM25 score, for ranking
 * @param confidence share (0 to 1) of the question's meaningful words, weighted by how rare they
 * are (IDF), that the article contains: the measure the answer threshold applies to
 * @param evidence the summed IDF of those matched words
 */
public record Match(Article article, double score, double confidence, double evidence) {
}
