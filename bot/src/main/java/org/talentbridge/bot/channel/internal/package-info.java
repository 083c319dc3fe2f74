/** What the channel adapters share: buttons whose values do not fit the platform's limit. */
@NullMarked
package org.talentbridge.bot.channel.internal;

import org.jspecify.annotations.NullMarked;
