package org.talentbridge.bot.store;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where state lives.
 *
 * @param redisUrl redis://[user:password@]host:port[/db] of an external server; blank starts the
 * embedded one
 * @param dataDir directory of the embedded server's append-only files
 * @param embeddedPort port of the embedded server; 0 picks a free one
 * @param poolSize connections in the pool
 * @param embeddedRestarts how often in a row a dead embedded server is started again before
 * liveness goes DOWN
 */
@ConfigurationProperties("bot.store")
record StoreProperties(@DefaultValue("") String redisUrl, @DefaultValue("./data") Path dataDir,
		@DefaultValue("0") int embeddedPort, @DefaultValue("64") int poolSize,
		@DefaultValue("5") int embeddedRestarts) {

	boolean embedded() {
		return this.redisUrl.isBlank();
	}

}
