package org.talentbridge.bot.conversation;

import java.util.List;
import java.util.Map;

/**
 * Training phrases for the intent classifier, by intent. Implemented by whoever owns the curated
 * phrases (the knowledge base); the classifier trains on all of them together.
 */
public interface IntentExamples {

	Map<String, List<String>> examples();

}
