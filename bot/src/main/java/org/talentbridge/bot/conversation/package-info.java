/**
 * The hub every message passes through: channels hand in an {@link org.talentbridge.bot.conversation.IncomingMessage},
 * {@link org.talentbridge.bot.conversation.Conversation} settles the language and the intent, and the
 * {@link org.talentbridge.bot.conversation.IntentHandler} of a feature answers with channel-neutral
 * {@link org.talentbridge.bot.conversation.Reply replies}.
 */
@NullMarked
@ApplicationModule(displayName = "Conversation", allowedDependencies = {})
package org.talentbridge.bot.conversation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
