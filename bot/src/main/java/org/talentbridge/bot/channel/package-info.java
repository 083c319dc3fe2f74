/**
 * The edge: one adapter per platform (web chat now; Telegram and Discord next) turns platform
 * events into {@link org.talentbridge.bot.conversation.IncomingMessage}s and renders the
 * {@link org.talentbridge.bot.conversation.Reply replies}. Nothing depends on this module; its
 * sub-packages are internal.
 */
@NullMarked
@ApplicationModule(displayName = "Channels", allowedDependencies = "conversation")
package org.talentbridge.bot.channel;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
