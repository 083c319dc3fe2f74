package org.talentbridge.bot.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;

import static org.assertj.core.api.Assertions.assertThat;

/** What the embedded redis-server is started with: every write in its append-only file, the CPU spared. */
class EmbeddedRedisSettingsTests {

	@TempDir
	Path data;

	@Test
	void theServerKeepsAnAppendOnlyFileWithAnUncompressedBaseAndFreesExpiredKeysInTheBackground() throws Exception {
		try (EmbeddedRedis redis = EmbeddedRedis.start(this.data, 0, 0, Duration.ofMillis(10));
				Jedis jedis = new Jedis("127.0.0.1", redis.port())) {
			assertThat(setting(jedis, "appendonly")).isEqualTo("yes");
			assertThat(setting(jedis, "appendfsync")).isEqualTo("everysec");
			assertThat(setting(jedis, "save")).isEmpty();
			assertThat(setting(jedis, "lazyfree-lazy-expire")).isEqualTo("yes");
			assertThat(setting(jedis, "rdbcompression")).isEqualTo("no");
		}
	}

	private static String setting(Jedis jedis, String name) {
		Map<String, String> values = jedis.configGet(name);
		return values.get(name);
	}

}
