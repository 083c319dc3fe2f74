package org.talentbridge.bot.channel.telegram;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import org.talentbridge.bot.conversation.BotActivity;
import org.talentbridge.bot.conversation.Channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What the sender tries again, with the real client on real sockets: a connection that cannot be
 * made certainly sent nothing and is tried again; a request that went out and got no answer may
 * have been delivered and is not sent a second time.
 */
class TelegramSenderFaultsTests {

	final List<BotActivity.Result> results = new CopyOnWriteArrayList<>();

	final BotActivity activity = new BotActivity() {

		@Override
		public void replied(Channel channel, Outcome outcome, long nanos) {
		}

		@Override
		public void delivered(Channel platform, Kind kind, Result result) {
			TelegramSenderFaultsTests.this.results.add(result);
		}

	};

	private TelegramSender sender(int port) {
		OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false)
			.connectTimeout(Duration.ofSeconds(2))
			.readTimeout(Duration.ofMillis(300))
			.build();
		return new TelegramSender(new OkHttpTelegramClient(http, FakeBotApi.TOKEN,
				TelegramConnection.url("http://127.0.0.1:" + port)), Duration.ofMillis(10), this.activity);
	}

	private static SendMessage message() {
		return SendMessage.builder().chatId(42L).text("hello").build();
	}

	@Test
	void aRefusedConnectionIsTriedAgainAndCountsAsFailed() throws Exception {
		int closed;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closed = socket.getLocalPort();
		}
		long start = System.nanoTime();
		TelegramApiException failure = catchThrowableOfType(TelegramApiException.class,
				() -> sender(closed).send(message(), BotActivity.Kind.MESSAGE));
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		assertThat(failure).isNotNull();
		assertThat(TelegramSender.uncertain(failure)).isFalse();
		// Waited 10, 20 and 40 ms between its attempts.
		assertThat(millis).isGreaterThanOrEqualTo(70);
		assertThat(this.results).containsExactly(BotActivity.Result.FAILED);
	}

	@Test
	void aRequestWithoutAnAnswerIsNotSentAgainAndCountsAsUnknown() throws Exception {
		AtomicInteger requests = new AtomicInteger();
		try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
			List<Socket> held = new CopyOnWriteArrayList<>();
			Thread acceptor = new Thread(() -> {
				try {
					while (true) {
						Socket socket = silent.accept();
						held.add(socket);
						// Reads the request and never answers, as a Bot API that stalls.
						byte[] buffer = new byte[8192];
						if (socket.getInputStream().read(buffer) > 0) {
							requests.incrementAndGet();
						}
					}
				}
				catch (java.io.IOException closed) {
					// the test is over
				}
			});
			acceptor.setDaemon(true);
			acceptor.start();
			TelegramApiException failure = catchThrowableOfType(TelegramApiException.class,
					() -> sender(silent.getLocalPort()).send(message(), BotActivity.Kind.MESSAGE));
			assertThat(failure).isNotNull();
			assertThat(TelegramSender.uncertain(failure)).isTrue();
			Thread.sleep(500);
			assertThat(requests).as("the message went out once").hasValue(1);
			assertThat(this.results).containsExactly(BotActivity.Result.UNKNOWN);
			for (Socket socket : held) {
				socket.close();
			}
		}
	}

}
