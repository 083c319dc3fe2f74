/**
 * The Redis connection every module keeps its state in: an external server when {@code REDIS_URL}
 * is set, otherwise an embedded redis-server with append-only persistence under {@code DATA_DIR}.
 * Modules own their keys (see {@link org.talentbridge.bot.store.Keys}) behind small store interfaces.
 */
@NullMarked
@ApplicationModule(displayName = "Store")
package org.talentbridge.bot.store;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
