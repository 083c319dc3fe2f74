package org.talentbridge.bot;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Conversation;
import org.talentbridge.bot.conversation.IncomingMessage;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.UserProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person set survives a restart of the bot and of its embedded Redis. */
class RestartIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void chosenLanguageSurvivesRestartOfBotAndRedis() {
		try (ConfigurableApplicationContext first = start()) {
			Conversation conversation = first.getBean(Conversation.class);
			assertThat(conversation.handle(IncomingMessage.of(Channel.WEB, "restart-1", "/language da")).language())
				.isEqualTo(Language.DA);
		}
		assertThat(this.dataDir.resolve("appendonlydir")).exists();
		try (ConfigurableApplicationContext second = start()) {
			assertThat(second.getBean(UserProfiles.class).find("web:restart-1")).hasValueSatisfying(profile -> {
				assertThat(profile.language()).isEqualTo(Language.DA);
				assertThat(profile.languageChosen()).isTrue();
			});
			// An English sentence does not override an explicit choice.
			assertThat(second.getBean(Conversation.class)
				.handle(IncomingMessage.of(Channel.WEB, "restart-1", "How do I get a CPR number in Copenhagen?"))
				.language()).isEqualTo(Language.DA);
		}
	}

	@Test
	void refusesDataDirectoryOfAnotherRunningBot() throws Exception {
		try (ConfigurableApplicationContext first = start()) {
			assertThat(Files.exists(this.dataDir.resolve("redis.pid"))).isTrue();
			org.assertj.core.api.Assertions.assertThatThrownBy(this::start)
				.hasStackTraceContaining("is in use by another running bot");
		}
	}

	private ConfigurableApplicationContext start() {
		// Arguments, because plain properties would lose to the tests' application.properties.
		return new SpringApplicationBuilder(BotApplication.class).run("--server.port=0",
				"--bot.store.data-dir=" + this.dataDir);
	}

}
