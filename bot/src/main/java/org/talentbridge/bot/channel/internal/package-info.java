/** What the channel adapters share: buttons whose values do not fit the platform's limit, and which failed sends may be sent again. */
@NullMarked
package org.talentbridge.bot.channel.internal;

import org.jspecify.annotations.NullMarked;
