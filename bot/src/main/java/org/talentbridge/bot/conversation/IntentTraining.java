package org.talentbridge.bot.conversation;

/** Lets the owner of the training phrases ask for a new intent model after it changed them. */
public interface IntentTraining {

	void retrain();

}
