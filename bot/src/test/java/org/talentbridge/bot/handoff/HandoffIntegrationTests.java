package org.talentbridge.bot.handoff;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import redis.clients.jedis.JedisPooled;

import org.talentbridge.bot.MutableClock;
import org.talentbridge.bot.RedisScan;
import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Conversation;
import org.talentbridge.bot.conversation.IncomingMessage;
import org.talentbridge.bot.conversation.Response;

import static org.assertj.core.api.Assertions.assertThat;

/** A question the bot cannot answer goes to a person and back, in the talent's own language and channel. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(MutableClock.Config.class)
class HandoffIntegrationTests {

	@Autowired
	Conversation conversation;

	@Autowired
	Handoffs handoffs;

	@Autowired
	JedisPooled redis;

	private Response say(String user, String text) {
		return this.conversation.handle(IncomingMessage.of(Channel.WEB, user, text));
	}

	@Test
	void askAPersonRightAfterIDontKnowCarriesTheQuestionAndTheAnswerComesBack() {
		String user = "h-" + UUID.randomUUID();
		Response unknown = say(user, "Kan jag ta med min alpacka till Lunds domkyrka?");
		String askButton = unknown.replies().get(0).buttons().get(unknown.replies().get(0).buttons().size() - 1).value();
		assertThat(askButton).isEqualTo("/human");
		Response handed = say(user, askButton);
		assertThat(handed.replies().get(0).text()).startsWith("Jag har skickat din fråga");
		InboxThread thread = this.handoffs.inbox().stream().filter(t -> t.userId().equals("web:" + user)).findFirst().orElseThrow();
		assertThat(thread.messages().get(0).text()).isEqualTo("Kan jag ta med min alpacka till Lunds domkyrka?");
		assertThat(thread.context()).anySatisfy(line -> assertThat(line.text()).contains("alpacka"));

		assertThat(this.handoffs.answer(thread.id(), "Lena", "Nej, tyvärr inte.")).isTrue();
		assertThat(this.redis.lrange("tb:channel:web-inbox:web:" + user, 0, -1))
			.anySatisfy(json -> assertThat(json).contains("Lena i Talent Bridge-teamet svarar", "Nej, tyvärr inte."));
		// The talent just writes back; it lands in the thread, which waits for staff again.
		say(user, "Okej, tack ändå!");
		InboxThread after = this.handoffs.find(thread.id()).orElseThrow();
		assertThat(after.messages()).extracting(InboxThread.Message::text).endsWith("Okej, tack ändå!");
		assertThat(after.status()).isEqualTo(InboxThread.Status.OPEN);

		say(user, "/human close " + thread.id());
		assertThat(this.handoffs.find(thread.id()).orElseThrow().status()).isEqualTo(InboxThread.Status.CLOSED);
		assertThat(this.handoffs.inbox()).noneMatch(t -> t.id().equals(thread.id()));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> this.handoffs.answer(thread.id(), "Lena", "Hej"))
			.isInstanceOf(IllegalStateException.class);

		say(user, "/forget yes");
		assertThat(RedisScan.mentions(this.redis, user)).isEmpty();
	}

	@Test
	void talkToAPersonInDanish() {
		String user = "h-" + UUID.randomUUID();
		Response handed = say(user, "jeg vil tale med et menneske");
		assertThat(handed.replies().get(0).text()).startsWith("Jeg har sendt dit spørgsmål");
		assertThat(handed.expecting()).startsWith("/human add ");
	}

}
