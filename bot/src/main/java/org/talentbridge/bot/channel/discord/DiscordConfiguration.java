package org.talentbridge.bot.channel.discord;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import redis.clients.jedis.JedisPooled;

import org.talentbridge.bot.conversation.BotActivity;
import org.talentbridge.bot.conversation.CommandMenu;
import org.talentbridge.bot.conversation.Conversation;
import org.talentbridge.bot.conversation.Phrases;

/** Discord through JDA, on when DISCORD_BOT_TOKEN is set; without it there is no Discord bean at all. */
@Configuration(proxyBeanMethods = false)
@Conditional(DiscordConfiguration.TokenSet.class)
class DiscordConfiguration {

	@Bean
	DiscordButtonValues discordButtonValues(JedisPooled redis) {
		return new DiscordButtonValues(redis);
	}

	@Bean
	DiscordClaims discordClaims(JedisPooled redis) {
		return DiscordClaims.redis(redis);
	}

	@Bean
	DiscordAdapter discordAdapter(Conversation conversation, DiscordButtonValues buttons, Phrases phrases,
			DiscordProperties properties, ObjectProvider<BotActivity> activity, DiscordClaims claims) {
		return new DiscordAdapter(conversation, buttons, phrases, properties.staffRole(),
				activity.getIfAvailable(() -> BotActivity.NONE), claims);
	}

	/** Also the "discord" entry of /actuator/health. */
	@Bean
	DiscordConnection discordHealthIndicator(DiscordProperties properties, DiscordAdapter adapter, Phrases phrases,
			CommandMenu menu) {
		return new DiscordConnection(properties, adapter, phrases, menu);
	}

	/** The announcements channel, when DISCORD_ANNOUNCEMENTS_CHANNEL names one. */
	@Bean
	@Conditional(AnnouncementsChannelSet.class)
	DiscordAnnouncements discordAnnouncements(DiscordConnection connection, DiscordAnnouncements.Settings settings) {
		return new DiscordAnnouncements(connection, settings);
	}

	static class AnnouncementsChannelSet implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !context.getEnvironment().getProperty("bot.discord.announcements.channel", "").isBlank();
		}

	}

	static class TokenSet implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !context.getEnvironment().getProperty("bot.discord.token", "").isBlank();
		}

	}

}
