package org.talentbridge.bot.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RedisUrlTests {

	@Test
	void acceptsRedisUrlsWithCredentialsAndDatabase() {
		assertThat(RedisUrl.parse("redis://user:secret@redis.internal:6380/2").getPort()).isEqualTo(6380);
		assertThat(RedisUrl.parse(" rediss://cache:6379 ").getHost()).isEqualTo("cache");
	}

	@Test
	void explainsWhatIsWrongWithoutEchoingTheUrl() {
		assertThatIllegalArgumentException().isThrownBy(() -> RedisUrl.parse("http://localhost:6379"))
			.withMessageContaining("redis://");
		assertThatIllegalArgumentException().isThrownBy(() -> RedisUrl.parse("redis://localhost"))
			.withMessageContaining("host and a port");
		assertThatIllegalArgumentException().isThrownBy(() -> RedisUrl.parse("redis://user:pa ss@host:1"))
			.withMessageNotContaining("pa ss");
	}

	@Test
	void keysCarryTheModule() {
		assertThat(Keys.of("knowledge", "unanswered", "abc")).isEqualTo("tb:knowledge:unanswered:abc");
	}

}
