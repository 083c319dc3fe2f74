package org.talentbridge.bot;

import java.util.ArrayList;
import java.util.List;

import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/** Looks through every key and value in Redis for a string, to prove that a person's data is gone. */
public final class RedisScan {

	private RedisScan() {
	}

	/** Keys whose name or content mentions {@code text}, with where it was found. */
	public static List<String> mentions(JedisPooled redis, String text) {
		List<String> found = new ArrayList<>();
		String cursor = ScanParams.SCAN_POINTER_START;
		do {
			ScanResult<String> page = redis.scan(cursor, new ScanParams().count(500));
			for (String key : page.getResult()) {
				if (key.contains(text)) {
					found.add(key + " (name)");
					continue;
				}
				String type = redis.type(key);
				boolean inside = switch (type) {
					case "string" -> String.valueOf(redis.get(key)).contains(text);
					case "hash" -> redis.hgetAll(key).entrySet().stream()
						.anyMatch(e -> e.getKey().contains(text) || e.getValue().contains(text));
					case "set" -> redis.smembers(key).stream().anyMatch(m -> m.contains(text));
					case "zset" -> redis.zrange(key, 0, -1).stream().anyMatch(m -> m.contains(text));
					case "list" -> redis.lrange(key, 0, -1).stream().anyMatch(m -> m.contains(text));
					case "stream" -> redis.xrange(key, (redis.clients.jedis.StreamEntryID) null, null).stream()
						.anyMatch(e -> e.getFields().values().stream().anyMatch(v -> v.contains(text)));
					default -> false;
				};
				if (inside) {
					found.add(key + " (" + type + ")");
				}
			}
			cursor = page.getCursor();
		}
		while (!cursor.equals(ScanParams.SCAN_POINTER_START));
		return found;
	}

}
