package org.talentbridge.bot.channel.telegram;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.CommandMenu;
import org.talentbridge.bot.conversation.Phrases;

/**
 * Connects to Telegram at startup, then polls for updates or, in webhook mode, registers the
 * webhook they are pushed to. A rejected token or an unreachable
 * server leaves the rest of the bot running: the log says why in one line and the health shows
 * Telegram down.
 */
class TelegramConnection implements SmartLifecycle, HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(TelegramConnection.class);

	private final TelegramProperties properties;

	private final TelegramSender sender;

	private final TelegramAdapter adapter;

	private final RedisUpdateLog updates;

	private final Phrases phrases;

	private final CommandMenu menu;

	private volatile @Nullable TelegramBotsLongPollingApplication polling;

	private volatile String problem = "not started";

	private volatile @Nullable String username;

	private volatile boolean webhook;

	TelegramConnection(TelegramProperties properties, TelegramSender sender, TelegramAdapter adapter,
			RedisUpdateLog updates, Phrases phrases, CommandMenu menu) {
		this.properties = properties;
		this.sender = sender;
		this.adapter = adapter;
		this.updates = updates;
		this.phrases = phrases;
		this.menu = menu;
	}

	static TelegramUrl url(String apiUrl) {
		URI uri = URI.create(apiUrl);
		int port = (uri.getPort() > 0) ? uri.getPort() : ("http".equals(uri.getScheme()) ? 80 : 443);
		return new TelegramUrl(uri.getScheme(), uri.getHost(), port, false);
	}

	@Override
	public void start() {
		try {
			User me = this.sender.execute(new GetMe());
			this.adapter.identifiedAs(me);
			this.username = me.getUserName();
			registerCommands();
			if (this.properties.webhook()) {
				this.sender.execute(SetWebhook.builder()
					.url(this.properties.webhookUrl())
					.secretToken(this.properties.secret())
					.allowedUpdates(List.of("message", "callback_query"))
					.build());
				this.webhook = true;
				this.problem = null;
				log.info("Telegram: webhook registered as @{}", me.getUserName());
				return;
			}
			this.sender.execute(DeleteWebhook.builder().dropPendingUpdates(false).build());
			TelegramBotsLongPollingApplication application = new TelegramBotsLongPollingApplication();
			TelegramUrl url = url(this.properties.apiUrl());
			application.registerBot(this.properties.token(), () -> url, this::nextUpdates,
					batch -> batch.forEach(this.adapter::handle));
			this.polling = application;
			this.problem = null;
			log.info("Telegram: polling as @{}", me.getUserName());
		}
		catch (TelegramApiRequestException ex) {
			this.problem = (Integer.valueOf(401).equals(ex.getErrorCode()) || Integer.valueOf(404).equals(ex.getErrorCode()))
					? "the bot token was rejected (" + ex.getErrorCode() + ")" : "Telegram answered " + ex.getErrorCode();
			log.error("Telegram is off: {}; the other channels keep working", this.problem);
		}
		catch (TelegramApiException | RuntimeException ex) {
			this.problem = "cannot reach " + this.properties.apiUrl() + " (" + ex.getClass().getSimpleName() + ")";
			log.error("Telegram is off: {}; the other channels keep working", this.problem);
		}
	}

	/** Resumes after the last update handled, also after a restart. */
	private GetUpdates nextUpdates(Integer lastReceived) {
		int after = Math.max((lastReceived != null) ? lastReceived : 0, this.updates.lastHandled());
		return GetUpdates.builder()
			.offset(after + 1)
			.timeout(this.properties.pollTimeoutSeconds())
			.limit(100)
			.allowedUpdates(List.of("message", "callback_query"))
			.build();
	}

	private void registerCommands() throws TelegramApiException {
		for (Language language : Language.values()) {
			List<BotCommand> commands = this.menu.commands()
				.stream()
				.map(command -> new BotCommand(command.name(), this.phrases.get(language, command.descriptionKey())))
				.toList();
			SetMyCommands.SetMyCommandsBuilder<?, ?> request = SetMyCommands.builder().commands(commands);
			if (language != Language.EN) {
				request.languageCode(language.code());
			}
			this.sender.execute(request.build());
		}
	}

	@Override
	public void stop() {
		this.webhook = false;
		TelegramBotsLongPollingApplication application = this.polling;
		this.polling = null;
		if (application != null) {
			try {
				application.close();
			}
			catch (Exception ex) {
				log.warn("Stopping Telegram polling: {}", ex.toString());
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.polling != null || this.webhook;
	}

	@Override
	public Health health() {
		String current = this.problem;
		return (current == null)
				? Health.up().withDetail("bot", "@" + this.username).withDetail("mode", this.webhook ? "webhook" : "polling").build()
				: Health.down().withDetail("problem", current).build();
	}

}
