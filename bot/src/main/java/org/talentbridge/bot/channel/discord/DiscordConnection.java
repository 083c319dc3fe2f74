package org.talentbridge.bot.channel.discord;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import net.dv8tion.jda.api.GatewayEncoding;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;

import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Outbox;
import org.talentbridge.bot.conversation.RecipientBlocked;
import org.talentbridge.bot.conversation.Response;
import org.talentbridge.bot.conversation.DeliveryUncertain;
import org.talentbridge.bot.conversation.SendThrottled;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;

import org.talentbridge.bot.conversation.CommandMenu;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.MenuCommand;
import org.talentbridge.bot.conversation.Phrases;

/**
 * Logs in to Discord at startup (the token is checked over REST), then connects to the gateway in
 * the background and registers the slash commands once it is ready. A rejected token or an
 * unreachable server leaves the rest of the bot running: the log says why in one line and the
 * health shows Discord down.
 */
class DiscordConnection extends ListenerAdapter implements SmartLifecycle, HealthIndicator, Outbox {

	private static final Logger log = LoggerFactory.getLogger(DiscordConnection.class);

	/** Discord's limit for a command's or option's description. */
	static final int MAX_DESCRIPTION = 100;

	/** Telegram's greeting command; Discord has no "start" button, people just write. */
	private static final String TELEGRAM_ONLY = "start";

	private final DiscordProperties properties;

	private final DiscordAdapter adapter;

	private final Phrases phrases;

	private final CommandMenu menu;

	private final ScheduledExecutorService timer;

	private volatile @Nullable JDA jda;

	private volatile @Nullable String problem = "not started";

	private volatile @Nullable String name;

	DiscordConnection(DiscordProperties properties, DiscordAdapter adapter, Phrases phrases, CommandMenu menu) {
		this.properties = properties;
		this.adapter = adapter;
		this.phrases = phrases;
		this.menu = menu;
		this.timer = adapter.timer();
	}

	@Override
	public void start() {
		try {
			JDA connected = JDABuilder
				.createLight(this.properties.token(), GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES,
						GatewayIntent.MESSAGE_CONTENT)
				.setRestConfig(new RestConfig().setBaseUrl(this.properties.restBase()))
				// A request that timed out may have been carried out: JDA must not send it again,
				// and neither may OkHttp after a broken connection.
				.setRequestTimeoutRetry(false)
				.setHttpClientBuilder(new okhttp3.OkHttpClient.Builder().retryOnConnectionFailure(false)
					.connectionPool(new okhttp3.ConnectionPool(5, 30, TimeUnit.SECONDS))
					.connectTimeout(Duration.ofSeconds(10))
					.readTimeout(this.properties.sendTimeout())
					.writeTimeout(this.properties.sendTimeout()))
				.setSessionController(new GatewaySessionController(this.properties.gateway()))
				.setCompression(Compression.NONE)
				.setGatewayEncoding(GatewayEncoding.JSON)
				.setEventPool(pool(), true)
				.setEnableShutdownHook(false)
				.addEventListeners(this)
				.build();
			this.jda = connected;
			this.problem = null;
			Duration timeout = this.properties.connectTimeout();
			this.timer.schedule(() -> {
				if (this.jda == connected && connected.getStatus() != JDA.Status.CONNECTED) {
					log.error("Discord is not connected: no session with the gateway at {} after {} s ({}); still trying, "
							+ "the other channels keep working", this.properties.gateway(), timeout.toSeconds(),
							connected.getStatus());
				}
			}, timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InvalidTokenException ex) {
			off("the bot token was rejected (401)");
		}
		catch (ErrorResponseException ex) {
			off(causedBy(ex, IOException.class) ? unreachable(ex)
					: "Discord answered " + ex.getErrorCode() + " (" + ex.getMeaning() + ")");
		}
		catch (RuntimeException ex) {
			off(unreachable(ex));
		}
	}

	private void off(String reason) {
		this.problem = reason;
		log.error("Discord is off: {}; the other channels keep working", reason);
	}

	private String unreachable(Exception ex) {
		return "cannot reach " + this.properties.restBase() + " (" + ex.getClass().getSimpleName() + ")";
	}

	private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	private static ExecutorService pool() {
		AtomicInteger count = new AtomicInteger();
		ThreadFactory threads = runnable -> {
			Thread thread = new Thread(runnable, "discord-events-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
		return Executors.newFixedThreadPool(4, threads);
	}

	// Events, on the event pool; the adapter never lets an exception through.

	@Override
	public void onReady(ReadyEvent event) {
		this.name = event.getJDA().getSelfUser().getName();
		log.info("Discord: connected as {}", this.name);
		event.getJDA()
			.updateCommands()
			.addCommands(commands(this.menu, this.phrases))
			.queue(registered -> log.info("Discord: {} slash commands registered", registered.size()),
					ex -> log.warn("Discord: registering the slash commands failed: {}", ex.toString()));
	}

	@Override
	public void onMessageReceived(MessageReceivedEvent event) {
		this.adapter.onMessage(event);
	}

	@Override
	public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
		this.adapter.onSlashCommand(event);
	}

	@Override
	public void onButtonInteraction(ButtonInteractionEvent event) {
		this.adapter.onButton(event);
	}

	/** The menu's commands as slash commands, described in English, Swedish and Danish. */
	static List<CommandData> commands(CommandMenu menu, Phrases phrases) {
		List<CommandData> commands = new ArrayList<>();
		for (MenuCommand command : menu.commands()) {
			if (TELEGRAM_ONLY.equals(command.name())) {
				continue;
			}
			SlashCommandData slash = Commands.slash(command.name(), describe(phrases, Language.EN, command.descriptionKey()))
				.setDescriptionLocalization(DiscordLocale.SWEDISH, describe(phrases, Language.SV, command.descriptionKey()))
				.setDescriptionLocalization(DiscordLocale.DANISH, describe(phrases, Language.DA, command.descriptionKey()))
				.setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
			String argument = command.argumentKey();
			if (argument != null) {
				slash.addOptions(new OptionData(OptionType.STRING, DiscordAdapter.OPTION,
						describe(phrases, Language.EN, argument), false)
					.setDescriptionLocalization(DiscordLocale.SWEDISH, describe(phrases, Language.SV, argument))
					.setDescriptionLocalization(DiscordLocale.DANISH, describe(phrases, Language.DA, argument)));
			}
			commands.add(slash);
		}
		return commands;
	}

	private static String describe(Phrases phrases, Language language, String key) {
		String text = phrases.get(language, key).strip();
		return (text.length() <= MAX_DESCRIPTION) ? text : text.substring(0, MAX_DESCRIPTION - 1) + "\u2026";
	}

	@Override
	public void stop() {
		JDA current = this.jda;
		this.jda = null;
		this.problem = "stopped";
		if (current != null) {
			current.shutdown();
			try {
				if (!current.awaitShutdown(Duration.ofSeconds(5))) {
					current.shutdownNow();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				current.shutdownNow();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.jda != null;
	}

	/** The connection, or null while Discord is off. */
	@Nullable JDA jda() {
		return this.jda;
	}

	DiscordSends sends() {
		return this.adapter.sends();
	}

	@Override
	public Health health() {
		String current = this.problem;
		JDA connection = this.jda;
		if (current != null || connection == null) {
			return Health.down().withDetail("problem", (current != null) ? current : "not started").build();
		}
		JDA.Status status = connection.getStatus();
		if (status != JDA.Status.CONNECTED) {
			return Health.down()
				.withDetail("problem", "not connected to the gateway at " + this.properties.gateway() + " (" + status + ")")
				.build();
		}
		return Health.up().withDetail("bot", String.valueOf(this.name)).build();
	}

	/** Connects to the configured gateway (DISCORD_GATEWAY_URL) instead of Discord's own. */
	static final class GatewaySessionController extends ConcurrentSessionController {

		private final String gateway;

		GatewaySessionController(String gateway) {
			this.gateway = gateway;
		}

		@Override
		public String getGateway() {
			return this.gateway;
		}

	}

	@Override
	public Channel channel() {
		return Channel.DISCORD;
	}

	/** The bot's own messages go to the person's direct messages. */
	@Override
	public void deliver(String platformId, Response response) {
		JDA connection = this.jda;
		if (connection == null) {
			throw new IllegalStateException("Discord is not connected");
		}
		int sent = 0;
		try {
			// Opening the direct message channel sends nothing: a timeout there can be tried again.
			var dm = this.adapter.sends()
				.prepare(connection.openPrivateChannelById(platformId), org.talentbridge.bot.conversation.BotActivity.Kind.MESSAGE);
			for (var part : DiscordAdapter.render(response, this.adapter::customId)) {
				try {
					this.adapter.sends().complete(dm.sendMessage(part), org.talentbridge.bot.conversation.BotActivity.Kind.MESSAGE);
				}
				catch (ErrorResponseException ex) {
					if (DiscordSends.uncertain(ex)) {
						throw new DeliveryUncertain("Discord gave no answer in time", ex);
					}
					if (sent > 0) {
						// Sending it all again would repeat the pieces that went.
						throw new DeliveryUncertain("Discord took part of the message", ex);
					}
					throw ex;
				}
				sent++;
			}
		}
		catch (ErrorResponseException ex) {
			if (ex.getErrorResponse() == net.dv8tion.jda.api.requests.ErrorResponse.OPEN_DM_TOO_FAST) {
				// Discord's anti-spam: not the person's doing, and the message may go after a pause.
				throw new SendThrottled("Discord: " + ex.getErrorCode());
			}
			if (ex.getErrorResponse() == net.dv8tion.jda.api.requests.ErrorResponse.CANNOT_SEND_TO_USER
					|| ex.getErrorResponse() == net.dv8tion.jda.api.requests.ErrorResponse.UNKNOWN_USER) {
				throw new RecipientBlocked("Discord: " + ex.getErrorCode());
			}
			if (DiscordSends.refusedForGood(ex)) {
				throw new org.talentbridge.bot.conversation.DeliveryRefused("Discord: " + ex.getErrorCode());
			}
			throw new IllegalStateException("Discord refused the message: " + ex.getErrorCode());
		}
	}

}
