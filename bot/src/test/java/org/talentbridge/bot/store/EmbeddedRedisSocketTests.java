package org.talentbridge.bot.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.util.SafeEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded redis-server's Unix socket, which the bot's own connections use. */
class EmbeddedRedisSocketTests {

	@TempDir
	Path data;

	@Test
	void theServerListensOnASocketInItsDataDirectoryThatOnlyThisUserMayOpen() throws Exception {
		try (EmbeddedRedis redis = EmbeddedRedis.start(this.data, 0, 0, Duration.ofMillis(10))) {
			Path socket = redis.socket().orElseThrow();
			assertThat(socket).isEqualTo(this.data.toRealPath().resolve("redis.sock"));
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket))).isEqualTo("rwx------");
			assertThat(UnixSocketFactory.supported()).isTrue();
			try (JedisPooled jedis = new JedisPooled(new ConnectionPoolConfig(), new UnixSocketFactory(socket, 2000),
					DefaultJedisClientConfig.builder().timeoutMillis(2000).build())) {
				jedis.set("socket-test", "over the socket");
				assertThat(jedis.get("socket-test")).isEqualTo("over the socket");
				// Redis flags a client on its Unix socket with U.
				assertThat(SafeEncoder.encode((byte[]) jedis.sendCommand(Protocol.Command.CLIENT, "INFO"))).containsPattern("flags=\\S*U");
			}
		}
	}

	@Test
	void aDataDirectoryTooLongForASocketAddressIsServedOverTcpAlone() throws Exception {
		Path deep = this.data.resolve("a-data-directory-deep-enough".repeat(4));
		try (EmbeddedRedis redis = EmbeddedRedis.start(deep, 0, 0, Duration.ofMillis(10))) {
			assertThat(redis.socket()).isEmpty();
			assertThat(deep.resolve("redis.sock")).doesNotExist();
			try (JedisPooled jedis = new JedisPooled(new HostAndPort("127.0.0.1", redis.port()))) {
				assertThat(jedis.ping()).isEqualTo("PONG");
				assertThat(SafeEncoder.encode((byte[]) jedis.sendCommand(Protocol.Command.CLIENT, "INFO")))
					.doesNotContainPattern("flags=\\S*U");
			}
		}
	}

	@Test
	void aSocketNobodyListensOnIsAConnectionErrorNamingIt() {
		Path missing = this.data.resolve("redis.sock");
		assertThatThrownBy(() -> new UnixSocketFactory(missing, 500).createSocket())
			.isInstanceOf(JedisConnectionException.class)
			.hasMessageContaining(missing.toString());
	}

}
