package org.talentbridge.bot.store;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;

import org.newsclub.net.unix.AFUNIXSocket;
import org.newsclub.net.unix.AFUNIXSocketAddress;
import redis.clients.jedis.JedisSocketFactory;
import redis.clients.jedis.exceptions.JedisConnectionException;

/** Jedis connections to the embedded redis-server over its Unix socket, with the same timeouts as over TCP. */
final class UnixSocketFactory implements JedisSocketFactory {

	private final Path socket;

	private final int timeoutMillis;

	UnixSocketFactory(Path socket, int timeoutMillis) {
		this.socket = socket;
		this.timeoutMillis = timeoutMillis;
	}

	/** Whether this platform can open Unix sockets (junixsocket ships the native part for the common ones). */
	static boolean supported() {
		try {
			return AFUNIXSocket.isSupported();
		}
		catch (LinkageError ex) {
			return false;
		}
	}

	@Override
	public Socket createSocket() throws JedisConnectionException {
		AFUNIXSocket connection = null;
		try {
			connection = AFUNIXSocket.newInstance();
			connection.connect(AFUNIXSocketAddress.of(this.socket), this.timeoutMillis);
			connection.setSoTimeout(this.timeoutMillis);
			return connection;
		}
		catch (IOException ex) {
			if (connection != null) {
				try {
					connection.close();
				}
				catch (IOException ignored) {
					// Not connected anyway.
				}
			}
			throw new JedisConnectionException("Failed to connect to the embedded Redis socket " + this.socket, ex);
		}
	}

}
