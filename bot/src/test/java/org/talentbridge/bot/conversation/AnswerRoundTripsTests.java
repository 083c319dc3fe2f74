package org.talentbridge.bot.conversation;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.talentbridge.bot.store.RoundTrips;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redis round trips on the path of one answer, counted on the socket: one before answering (flood
 * counter, profile, context) and one after (what the next message must find, and the turn's
 * history). Who wrote when and the statistics are written later, in batches, off the reply's path.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(RoundTrips.class)
class AnswerRoundTripsTests {

	@Autowired
	Conversation conversation;

	@DynamicPropertySource
	static void port(DynamicPropertyRegistry registry) throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			int port = socket.getLocalPort();
			registry.add("bot.store.embedded-port", () -> port);
		}
	}

	private long roundTrips(String user, String text) {
		RoundTrips.reset();
		Response response = this.conversation.handle(IncomingMessage.of(Channel.WEB, user, text));
		assertThat(response.replies()).isNotEmpty();
		return RoundTrips.mine();
	}

	@Test
	void aQuestionFromSomeoneNewTakesTwoRoundTrips() {
		roundTrips("round-trips-warm", "How do I get a CPR number?");
		assertThat(roundTrips("round-trips-1", "How do I get a CPR number?")).isEqualTo(2);
		assertThat(roundTrips("round-trips-2", "Hur får jag ett personnummer i Sverige?")).isEqualTo(2);
	}

	@Test
	void aFollowUpAQuestionWithoutAnswerAndSmallTalkTakeTwoEach() {
		roundTrips("round-trips-3", "How do I get a CPR number?");
		assertThat(roundTrips("round-trips-3", "What is the best pizza topping on Mars?")).isEqualTo(2);
		assertThat(roundTrips("round-trips-3", "thanks!")).isEqualTo(2);
		assertThat(roundTrips("round-trips-3", "How do I get the yellow health card?")).isEqualTo(2);
		assertThat(roundTrips("round-trips-4", "What is the best pizza topping on Mars?")).isEqualTo(2);
	}

}
