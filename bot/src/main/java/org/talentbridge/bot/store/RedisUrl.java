package org.talentbridge.bot.store;

import java.net.URI;
import java.net.URISyntaxException;

/** Checks REDIS_URL up front so a typo fails startup with a clear line instead of a driver error. */
final class RedisUrl {

	private RedisUrl() {
	}

	static URI parse(String value) {
		URI uri;
		try {
			uri = new URI(value.trim());
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("REDIS_URL is not a valid URL (expected redis://[user:password@]host:port[/db])");
		}
		if (!"redis".equals(uri.getScheme()) && !"rediss".equals(uri.getScheme())) {
			throw new IllegalArgumentException("REDIS_URL must start with redis:// or rediss://");
		}
		if (uri.getHost() == null || uri.getPort() <= 0) {
			throw new IllegalArgumentException("REDIS_URL needs a host and a port (redis://host:port)");
		}
		return uri;
	}

}
