package org.talentbridge.bot.channel.telegram;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import redis.clients.jedis.JedisPooled;

import org.talentbridge.bot.conversation.BotActivity;
import org.talentbridge.bot.conversation.Conversation;
import org.talentbridge.bot.conversation.CommandMenu;
import org.talentbridge.bot.conversation.Phrases;

/** Telegram, wired by hand, on when TELEGRAM_BOT_TOKEN is set. */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramConfiguration.TokenSet.class)
class TelegramConfiguration {

	@Bean
	TelegramSender telegramSender(TelegramProperties properties, ObjectProvider<BotActivity> activity) {
		// No silent retries by OkHttp: a request it repeats after a failure may have arrived the first
		// time. Idle connections are dropped before a server closes them, so a send rarely meets a
		// connection that is already gone.
		okhttp3.OkHttpClient http = new okhttp3.OkHttpClient.Builder().retryOnConnectionFailure(false)
			.connectionPool(new okhttp3.ConnectionPool(5, 30, java.util.concurrent.TimeUnit.SECONDS))
			.connectTimeout(Duration.ofSeconds(10))
			.readTimeout(properties.sendTimeout())
			.writeTimeout(properties.sendTimeout())
			.build();
		return new TelegramSender(new OkHttpTelegramClient(http, properties.token(), TelegramConnection.url(properties.apiUrl())),
				properties.retryBackoff(), activity.getIfAvailable(() -> BotActivity.NONE));
	}

	@Bean
	RedisUpdateLog telegramUpdateLog(JedisPooled redis) {
		return new RedisUpdateLog(redis);
	}

	@Bean
	RedisButtonValues telegramButtonValues(JedisPooled redis) {
		return new RedisButtonValues(redis);
	}

	@Bean
	TelegramAdapter telegramAdapter(Conversation conversation, TelegramSender sender, RedisUpdateLog updates,
			RedisButtonValues buttons, Phrases phrases, TelegramProperties properties) {
		return new TelegramAdapter(conversation, sender, updates, buttons, phrases, properties.staffUserIds());
	}

	/** Also the "telegram" entry of /actuator/health. */
	@Bean
	TelegramConnection telegramHealthIndicator(TelegramProperties properties, TelegramSender sender,
			TelegramAdapter adapter, RedisUpdateLog updates, Phrases phrases, CommandMenu menu) {
		return new TelegramConnection(properties, sender, adapter, updates, phrases, menu);
	}

	/** The channel for news to everyone, when TELEGRAM_ANNOUNCEMENTS_CHANNEL names one. */
	@Bean
	@Conditional(AnnouncementsChannelSet.class)
	TelegramAnnouncements telegramAnnouncements(TelegramSender sender, TelegramAnnouncements.Settings settings) {
		return new TelegramAnnouncements(sender, settings);
	}

	static class AnnouncementsChannelSet implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !context.getEnvironment().getProperty("bot.telegram.announcements.channel", "").isBlank();
		}

	}

	static class TokenSet implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !context.getEnvironment().getProperty("bot.telegram.token", "").isBlank();
		}

	}

}
