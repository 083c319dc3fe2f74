package org.talentbridge.bot.channel.discord;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Conversation;
import org.talentbridge.bot.conversation.IncomingMessage;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Response;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Notifier;
import org.talentbridge.bot.conversation.Phrases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person in Discord, the real JDA over REST and a WebSocket gateway, the whole bot, and an
 * in-process Discord that refuses anything Discord would.
 */
// Closed after the class, so JDA stops reconnecting to the stopped fake while other tests run.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@SuppressWarnings("unchecked")
class DiscordEndToEndTests {

	static final FakeDiscord discord = FakeDiscord.start();

	static final Duration WAIT = Duration.ofSeconds(10);

	@Autowired
	Phrases phrases;

	@Autowired
	Conversation conversation;

	@Autowired
	DiscordConnection connection;

	@Autowired
	org.talentbridge.bot.conversation.Notifier notifier;

	@Autowired
	io.micrometer.core.instrument.MeterRegistry meters;

	@Autowired
	DiscordClaims claims;

	@Autowired
	DiscordButtonValues buttons;

	@Autowired
	DiscordProperties properties;

	@Autowired
	org.talentbridge.bot.conversation.CommandMenu menu;

	private double deliveries(String kind, String result) {
		return this.meters.get("bot.deliveries").tags("platform", "discord", "kind", kind, "result", result).counter().count();
	}

	@DynamicPropertySource
	static void discord(DynamicPropertyRegistry registry) {
		discord.register(registry);
	}

	@AfterAll
	static void stop() {
		discord.close();
	}

	@BeforeEach
	void connected() throws InterruptedException {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (!"UP".equals(this.connection.health().getStatus().getCode()) && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(this.connection.health().getStatus().getCode()).as(this.connection.health().toString()).isEqualTo("UP");
	}

	@Test
	void answersADirectMessageWithTheSameAnswerAsEveryChannel() throws InterruptedException {
		long user = 100_000_000_000_000_101L;
		discord.directMessage(user, "How do I get a CPR number?");
		List<FakeDiscord.Sent> replies = discord.awaitSent(FakeDiscord.dmChannel(user), 1, WAIT);
		assertThat(replies).hasSize(1);
		String web = this.conversation.handle(IncomingMessage.of(Channel.WEB, "discord-compare", "How do I get a CPR number?"))
			.replies()
			.get(0)
			.text();
		assertThat(replies.get(0).content()).contains("CPR").contains("https://cpr.dk/english/getting-a-cpr-number/");
		assertThat(unescape(replies.get(0).content())).isEqualTo(web);
		assertThat(discord.refused).isEmpty();
	}

	@Test
	void inAServerAnswersOnlyWhenMentionedOrRepliedTo() throws InterruptedException {
		discord.guildMessage(100_000_000_000_000_201L, "How do I get a CPR number?", false, false);
		discord.guildMessage(100_000_000_000_000_201L, "How do I get a CPR number?", true, false);
		discord.guildMessage(100_000_000_000_000_202L, "and the yellow health card?", false, true);
		List<FakeDiscord.Sent> replies = discord.awaitSent(FakeDiscord.GUILD_CHANNEL_ID, 2, WAIT);
		Thread.sleep(500);
		assertThat(discord.sentTo(FakeDiscord.GUILD_CHANNEL_ID)).hasSize(2);
		// The two answers are handled in parallel, so either may come first.
		assertThat(replies).anySatisfy(reply -> assertThat(reply.content()).contains("CPR"))
			.allSatisfy(reply -> assertThat(reply.content()).doesNotContain("<@"));
		assertThat(discord.refused).isEmpty();
	}

	@Test
	void staffWithTheRoleGetStaffCommandsOthersAPoliteRefusal() throws InterruptedException {
		long staffMember = 100_000_000_000_000_301L;
		long talent = 100_000_000_000_000_302L;
		discord.staff.add(staffMember);
		int before = discord.sentTo(FakeDiscord.GUILD_CHANNEL_ID).size();
		discord.guildMessage(talent, "/staff", true, false);
		assertThat(discord.awaitSent(FakeDiscord.GUILD_CHANNEL_ID, before + 1, WAIT).get(before).payload().get("content").toString())
			.isEqualTo(DiscordMarkdown.render(this.phrases.get(Language.EN, "staff.refused"), 2000).get(0));
		discord.guildMessage(staffMember, "/staff", true, false);
		assertThat(discord.awaitSent(FakeDiscord.GUILD_CHANNEL_ID, before + 2, WAIT).get(before + 1).payload().get("content").toString())
			.contains("hellopenhagen-2027");
	}

	@Test
	void theBotsOwnMessagesGoToDirectMessagesWithTheirFiles() throws InterruptedException {
		long user = 100_000_000_000_888_001L;
		Response seatFreed = Response.of(Language.EN, new Reply("A seat is free for you.", List.of(),
				new Reply.Attachment("mingle.ics", "text/calendar", "BEGIN:VCALENDAR".getBytes(), "/events/mingle.ics")));
		double sent = deliveries("message", "sent");
		assertThat(this.notifier.send(Channel.DISCORD.userId(Long.toString(user)), seatFreed)).isEqualTo(Notifier.Delivery.SENT);
		assertThat(deliveries("message", "sent")).isEqualTo(sent + 1);
		FakeDiscord.Sent dm = discord.awaitSent(FakeDiscord.dmChannel(user), 1, WAIT).get(0);
		assertThat(dm.payload().get("content").toString()).contains("A seat is free for you.");
		assertThat(dm.files()).containsExactly("mingle.ics");
	}

	@Test
	void twoInstancesWithAGatewaySessionEachAnswerEveryMessageOnce() throws InterruptedException {
		// A second instance on the same Redis: its own adapter and gateway session, Discord sends it everything too.
		DiscordAdapter adapter = new DiscordAdapter(this.conversation, this.buttons, this.phrases,
				this.properties.staffRole(), org.talentbridge.bot.conversation.BotActivity.NONE, this.claims);
		DiscordConnection second = new DiscordConnection(this.properties, adapter, this.phrases, this.menu);
		second.start();
		try {
			long deadline = System.nanoTime() + WAIT.toNanos();
			while (!"UP".equals(second.health().getStatus().getCode()) && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			assertThat(second.health().getStatus().getCode()).isEqualTo("UP");
			long user = 100_000_000_000_000_701L;
			discord.directMessage(user, "How do I get a CPR number?");
			discord.directMessage(user, "thanks!");
			int inGuild = discord.sentTo(FakeDiscord.GUILD_CHANNEL_ID).size();
			discord.guildMessage(100_000_000_000_000_702L, "How do I get a CPR number?", true, false);
			long asking = 100_000_000_000_000_703L;
			discord.slashCommand(asking, "ask", "How do I get a CPR number?", "en-US");
			assertThat(discord.awaitSent(FakeDiscord.dmChannel(user), 2, WAIT)).hasSize(2);
			discord.awaitSent(FakeDiscord.GUILD_CHANNEL_ID, inGuild + 1, WAIT);
			discord.awaitSent(FakeDiscord.dmChannel(asking), 1, WAIT);
			// Long enough for a second answer from the other instance to arrive, were there one.
			Thread.sleep(1000);
			assertThat(discord.sentTo(FakeDiscord.dmChannel(user))).hasSize(2);
			assertThat(discord.sentTo(FakeDiscord.GUILD_CHANNEL_ID)).hasSize(inGuild + 1);
			assertThat(discord.sentTo(FakeDiscord.dmChannel(asking))).singleElement()
				.satisfies(reply -> assertThat(reply.kind()).isEqualTo("callback"));
			// A second callback for one interaction would have been refused ("already acknowledged").
			assertThat(discord.refused).isEmpty();
		}
		finally {
			second.stop();
			adapter.close();
		}
	}

	@Test
	void aClaimIsTakenOncePerKindAndId() {
		assertThat(this.claims.claim("message", "claim-test-1")).isTrue();
		assertThat(this.claims.claim("message", "claim-test-1")).isFalse();
		assertThat(this.claims.claim("interaction", "claim-test-1")).as("kinds apart").isTrue();
	}

	@Test
	void registersTheSlashCommandsInThreeLanguages() {
		List<FakeDiscord.Call> registrations = discord.calls("PUT", "applications/" + FakeDiscord.APPLICATION_ID + "/commands");
		assertThat(registrations).isNotEmpty();
		assertThat(discord.commands).extracting(c -> c.get("name")).startsWith("help", "ask", "language").contains("events", "mysignups", "graduate", "guide", "news", "mydata", "forget", "stop").doesNotContain("start");
		Map<String, Object> guide = discord.commands.stream().filter(c -> "guide".equals(c.get("name"))).findFirst().orElseThrow();
		assertThat((Map<String, Object>) guide.get("description_localizations"))
			.containsEntry("sv-SE", this.phrases.get(Language.SV, "menu.guide"))
			.containsEntry("da", this.phrases.get(Language.DA, "menu.guide"));
		Map<String, Object> ask = discord.commands.get(1);
		assertThat(ask.get("description")).isEqualTo(this.phrases.get(Language.EN, "menu.ask"));
		assertThat((Map<String, Object>) ask.get("description_localizations"))
			.containsEntry("sv-SE", this.phrases.get(Language.SV, "menu.ask"))
			.containsEntry("da", this.phrases.get(Language.DA, "menu.ask"));
		Map<String, Object> option = ((List<Map<String, Object>>) ask.get("options")).get(0);
		assertThat(option).containsEntry("name", "text").containsEntry("type", 3).containsEntry("required", false);
		assertThat((Map<String, Object>) option.get("description_localizations")).containsEntry("sv-SE",
				this.phrases.get(Language.SV, "menu.ask.argument"));
		assertThat((List<?>) discord.commands.get(0).getOrDefault("options", List.of())).isEmpty();
		assertThat(this.connection.health().getDetails()).containsEntry("bot", FakeDiscord.BOT_NAME);
		// The gateway was asked for JSON, version 10, without compression, with the intents the bot needs.
		assertThat(discord.gatewayRequests.get(0)).contains("encoding=json").contains("v=10").doesNotContain("compress");
		int intents = ((Number) discord.identified.get(0).get("intents")).intValue();
		int needed = (1 << 9) | (1 << 12) | (1 << 15); // GUILD_MESSAGES, DIRECT_MESSAGES, MESSAGE_CONTENT
		assertThat(intents & needed).isEqualTo(needed);
		assertThat(intents & (1 << 1)).as("no GUILD_MEMBERS").isZero();
		assertThat(discord.identified.get(0).get("token")).isEqualTo(FakeDiscord.TOKEN);
	}

	@Test
	void aSlashCommandWithAnOptionIsAnsweredInTheCallback() throws InterruptedException {
		long user = 100_000_000_000_000_301L;
		discord.slashCommand(user, "ask", "How do I get a CPR number?", "en-US");
		List<FakeDiscord.Sent> replies = discord.awaitSent(FakeDiscord.dmChannel(user), 1, WAIT);
		assertThat(replies).first().satisfies(reply -> {
			assertThat(reply.kind()).isEqualTo("callback");
			assertThat(reply.content()).contains("CPR");
		});
		assertThat(discord.refused).isEmpty();
	}

	@Test
	void theLanguageCommandOffersButtonsAndAClickIsHandled() throws InterruptedException {
		long user = 100_000_000_000_000_302L;
		long channel = FakeDiscord.dmChannel(user);
		discord.slashCommand(user, "language", null, "en-GB");
		FakeDiscord.Sent offer = discord.awaitSent(channel, 1, WAIT).get(0);
		assertThat(offer.kind()).isEqualTo("callback");
		assertThat(unescape(offer.content())).isEqualTo(this.phrases.get(Language.EN, "language.choose"));
		assertThat(offer.buttons()).hasSizeGreaterThanOrEqualTo(3)
			.allSatisfy(button -> assertThat(button).containsKeys("custom_id", "label"));
		String swedish = offer.buttons()
			.stream()
			.filter(b -> b.get("custom_id").toString().contains("sv"))
			.findFirst()
			.orElseThrow()
			.get("custom_id")
			.toString();
		int callbacks = discord.calls("POST", "interactions/.*/callback").size();
		discord.clickButton(user, swedish, "en-GB");
		FakeDiscord.Sent answer = discord.awaitSent(channel, 2, WAIT).get(1);
		assertThat(answer.kind()).isEqualTo("callback");
		assertThat(unescape(answer.content())).isEqualTo(this.phrases.get(Language.SV, "language.set"));
		assertThat(discord.calls("POST", "interactions/.*/callback")).hasSize(callbacks + 1);
		assertThat(discord.refused).isEmpty();
	}

	@Test
	void aLongButtonValueTravelsBehindAShortIdAndAnExpiredOneGetsAPoliteNote() throws InterruptedException {
		long user = 100_000_000_000_000_303L;
		long channel = FakeDiscord.dmChannel(user);
		discord.directMessage(user, "hello");
		FakeDiscord.Sent greeting = discord.awaitSent(channel, 1, WAIT).get(0);
		assertThat(greeting.buttons()).isNotEmpty().allSatisfy(b -> assertThat(b.get("custom_id").toString()).hasSizeLessThanOrEqualTo(100));
		discord.clickButton(user, "b:000000000000000000000000", "da");
		FakeDiscord.Sent note = discord.awaitSent(channel, 2, WAIT).get(1);
		assertThat(unescape(note.content())).isEqualTo(this.phrases.get(Language.DA, "discord.button-expired"));
	}

	@Test
	void aSwedishLocaleGetsASwedishAnswer() throws InterruptedException {
		long user = 100_000_000_000_000_401L;
		discord.slashCommand(user, "help", null, "sv-SE");
		FakeDiscord.Sent reply = discord.awaitSent(FakeDiscord.dmChannel(user), 1, WAIT).get(0);
		assertThat(unescape(reply.content())).isEqualTo(this.phrases.get(Language.SV, "smalltalk.help"));
	}

	@Test
	void aLongReplyIsSplitIntoValidMessages() throws InterruptedException {
		long user = 100_000_000_000_000_501L;
		long channel = FakeDiscord.dmChannel(user);
		// An unknown command is echoed back: 2,000 characters of it make a reply over Discord's limit.
		String command = "/x" + "*_~`".repeat(600);
		discord.directMessage(user, command);
		List<FakeDiscord.Sent> parts = discord.awaitSent(channel, 2, WAIT);
		Thread.sleep(300);
		parts = discord.sentTo(channel);
		assertThat(parts).hasSizeGreaterThanOrEqualTo(2)
			.allSatisfy(part -> assertThat(part.content().length()).isLessThanOrEqualTo(2000));
		String joined = parts.stream().map(FakeDiscord.Sent::content).reduce("", String::concat);
		assertThat(unescape(joined)).contains(command);
		assertThat(discord.refused).isEmpty();
	}

	@Test
	void markdownAndMentionsFromPeopleAreEscapedAndNobodyIsPinged() throws InterruptedException {
		long user = 100_000_000_000_000_601L;
		// An unknown command is echoed back, so what the person wrote comes back in the reply.
		discord.directMessage(user, "/x*bold*_it_~~gone~~`code`@everyone,@here<@123><@&456>");
		FakeDiscord.Sent reply = discord.awaitSent(FakeDiscord.dmChannel(user), 1, WAIT).get(0);
		assertThat(reply.content()).contains("\\*bold\\*", "\\_it\\_", "\\~\\~gone\\~\\~", "\\`code\\`", "\\@everyone",
				"\\@here", "\\<@123\\>", "\\<@&456\\>");
		assertThat(reply.payload().get("allowed_mentions")).isInstanceOf(Map.class);
		Map<?, ?> allowed = (Map<?, ?>) reply.payload().get("allowed_mentions");
		assertThat((List<?>) allowed.get("parse")).isEmpty();
		assertThat(allowed.get("users") == null || ((List<?>) allowed.get("users")).isEmpty()).isTrue();
		assertThat(allowed.get("roles") == null || ((List<?>) allowed.get("roles")).isEmpty()).isTrue();
	}

	static String unescape(String markdown) {
		return markdown.replaceAll("\\\\(\\p{Punct})", "$1");
	}

}
