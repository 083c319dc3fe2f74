/**
 * The human inbox: a talent who asks for a person (or gets "I don't know" and presses "Ask a
 * person") opens a thread with their question and recent conversation; staff answer it from the
 * console, the answer reaches the talent in their own channel, and the talent's replies come back
 * into the same thread.
 */
@NullMarked
@ApplicationModule(displayName = "Handoff", allowedDependencies = "conversation")
package org.talentbridge.bot.handoff;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
