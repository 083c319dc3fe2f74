package org.talentbridge.bot.events;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.talentbridge.bot.BotApplication;
import org.talentbridge.bot.TestNames;
import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Conversation;
import org.talentbridge.bot.conversation.IncomingMessage;

import static org.assertj.core.api.Assertions.assertThat;

/** Two bot instances on one Redis, people signing up through both at once: still never overbooked. */
class TwoInstancesSignupTests {

	@TempDir
	Path dataDir;

	@Test
	void twoInstancesNeverOverbook() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		try (ConfigurableApplicationContext first = new SpringApplicationBuilder(BotApplication.class).run(
				"--server.port=0", "--bot.store.data-dir=" + this.dataDir, "--bot.store.embedded-port=" + port);
				ConfigurableApplicationContext second = new SpringApplicationBuilder(BotApplication.class)
					.run("--server.port=0", "--bot.store.redis-url=redis://127.0.0.1:" + port)) {
			first.getBean(EventManagement.class)
				.create(EventsIntegrationTests.event("shared-mingle", 50, LocalDateTime.of(2099, 1, 1, 18, 0)));
			List<Conversation> instances = List.of(first.getBean(Conversation.class), second.getBean(Conversation.class));
			ExecutorService pool = Executors.newFixedThreadPool(16);
			try {
				List<Future<?>> done = new ArrayList<>();
				for (int i = 0; i < 200; i++) {
					Conversation conversation = instances.get(i % 2);
					String user = "two-" + i;
					done.add(pool.submit(() -> {
						// Each message may land on the other instance, as behind a load balancer: the
						// form waits in Redis, not in either of them.
						Conversation other = instances.get(instances.indexOf(conversation) ^ 1);
						conversation.handle(IncomingMessage.of(Channel.WEB, user, "/signup shared-mingle"));
						var consent = other.handle(IncomingMessage.of(Channel.WEB, user, TestNames.person(user)));
						return conversation.handle(IncomingMessage.of(Channel.WEB, user, consent.replies().get(0).buttons().get(0).value()));
					}));
				}
				for (Future<?> future : done) {
					future.get();
				}
			}
			finally {
				pool.shutdownNow();
			}
			Signups signups = second.getBean(Signups.class);
			List<String> seated = signups.attendees("shared-mingle").stream().map(Attendee::userId).toList();
			List<String> waiting = signups.waitlist("shared-mingle").stream().map(Attendee::userId).toList();
			assertThat(seated).hasSize(50).doesNotHaveDuplicates();
			assertThat(waiting).hasSize(150).doesNotHaveDuplicates().doesNotContainAnyElementsOf(seated);
		}
	}

}
