package org.talentbridge.bot.channel.discord;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.talentbridge.bot.conversation.BotActivity;
import org.talentbridge.bot.conversation.BotActivity.Kind;
import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Conversation;
import org.talentbridge.bot.conversation.ConversationUnavailable;
import org.talentbridge.bot.conversation.IncomingMessage;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Response;

/**
 * Discord events in, conversation, Discord messages out. Direct messages always; in servers only
 * when the bot is mentioned or replied to. Slash commands and button clicks are interactions,
 * answered through their callback (the first part) and follow-ups (the rest).
 */
class DiscordAdapter implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(DiscordAdapter.class);

	/** The name of the free-text option of slash commands that take one. */
	static final String OPTION = "text";

	/** Discord allows five buttons per row and five rows per message. */
	static final int BUTTONS_PER_ROW = 5;

	static final int MAX_ROWS = 5;

	/** Discord expires an interaction not answered within 3 seconds; a slow answer is deferred first. */
	static final long DEFER_AFTER_MILLIS = 2000;

	private final Conversation conversation;

	private final DiscordButtonValues buttons;

	private final Phrases phrases;

	private final ScheduledExecutorService timer;

	private final AtomicLong failures = new AtomicLong();

	private final String staffRole;

	private final DiscordSends sends;

	private final DiscordClaims claims;

	DiscordAdapter(Conversation conversation, DiscordButtonValues buttons, Phrases phrases, String staffRole) {
		this(conversation, buttons, phrases, staffRole, BotActivity.NONE, DiscordClaims.ALL);
	}

	DiscordAdapter(Conversation conversation, DiscordButtonValues buttons, Phrases phrases, String staffRole,
			BotActivity activity, DiscordClaims claims) {
		this.claims = claims;
		this.sends = new DiscordSends(activity);
		this.staffRole = staffRole.strip();
		this.conversation = conversation;
		this.buttons = buttons;
		this.phrases = phrases;
		this.timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "discord-timer");
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Sends a message and counts it; also for the connection's direct messages and the posts. */
	DiscordSends sends() {
		return this.sends;
	}

	/** Defers slow interaction answers; the connection also uses it to check the gateway once. */
	ScheduledExecutorService timer() {
		return this.timer;
	}

	@Override
	public void close() {
		this.timer.shutdownNow();
	}

	/** A button's custom id for its value (short values as they are, long ones behind a Redis key). */
	String customId(String value) {
		return this.buttons.customId(value);
	}

	/** Events that could not be answered since startup. */
	long failures() {
		return this.failures.get();
	}

	void onMessage(MessageReceivedEvent event) {
		Message message = event.getMessage();
		User author = event.getAuthor();
		if (author.isBot() || author.isSystem() || message.isWebhookMessage()) {
			return;
		}
		String text = message.getContentRaw();
		if (event.isFromGuild()) {
			text = addressedText(message, event.getJDA().getSelfUser());
			if (text == null) {
				return;
			}
		}
		String said = text;
		guarded("message " + message.getId(), null, () -> {
			if (!claimed("message", message.getId())) {
				// Another instance's gateway session got it too, and answers it.
				return;
			}
			Response response = this.conversation.handle(IncomingMessage.of(Channel.DISCORD, author.getId(), said)
				.withDisplayName(displayName(author, event.getMember()))
				.asStaff(staff(event.getMember())));
			for (MessageCreateData part : render(response, this.buttons::customId)) {
				this.sends.complete(event.getChannel().sendMessage(part), Kind.REPLY);
			}
		}, apology -> this.sends.complete(event.getChannel().sendMessage(apology), Kind.REPLY));
	}

	/**
	 * Whether this instance answers the event. With Redis away every instance goes on: the
	 * conversation then apologises for the outage, better twice than not at all.
	 */
	private boolean claimed(String kind, String id) {
		try {
			return this.claims.claim(kind, id);
		}
		catch (redis.clients.jedis.exceptions.JedisException ex) {
			return true;
		}
	}

	private static String displayName(User user, net.dv8tion.jda.api.entities.@Nullable Member member) {
		return (member != null) ? member.getEffectiveName() : user.getEffectiveName();
	}

	/** Staff are members of the configured role; in a direct message there is no role to check. */
	boolean staff(net.dv8tion.jda.api.entities.@Nullable Member member) {
		if (member == null || this.staffRole.isEmpty()) {
			return false;
		}
		return member.getRoles().stream().anyMatch(role -> role.getId().equals(this.staffRole)
				|| role.getName().equalsIgnoreCase(this.staffRole));
	}

	/** In a server, the text meant for the bot without the mention, or null when it is not for the bot. */
	static @Nullable String addressedText(Message message, User me) {
		boolean mentioned = message.getMentions().isMentioned(me, Message.MentionType.USER);
		Message repliedTo = message.getReferencedMessage();
		boolean replyToBot = repliedTo != null && repliedTo.getAuthor().getIdLong() == me.getIdLong();
		if (!mentioned && !replyToBot) {
			return null;
		}
		return message.getContentRaw().replace("<@" + me.getId() + ">", "").replace("<@!" + me.getId() + ">", "").strip();
	}

	void onSlashCommand(SlashCommandInteractionEvent event) {
		OptionMapping option = event.getOption(OPTION);
		String argument = (option != null) ? option.getAsString().strip() : "";
		String text = "/" + event.getName() + (argument.isEmpty() ? "" : " " + argument);
		answer(event, "command /" + event.getName(), text);
	}

	void onButton(ButtonInteractionEvent event) {
		Optional<String> value = this.buttons.value(event.getComponentId());
		if (value.isEmpty()) {
			Language language = language(event.getUserLocale()).orElse(Language.EN);
			guarded("button", language,
					() -> this.sends.complete(event.reply(plain(this.phrases.get(language, "discord.button-expired"))),
							Kind.REPLY),
					null);
			return;
		}
		answer(event, "button", value.get());
	}

	/** Answers an interaction: the reply is the callback, unless it is slow, then it is deferred first. */
	private void answer(IReplyCallback event, String what, String text) {
		Language hint = language(event.getUserLocale()).orElse(null);
		if (!claimed("interaction", event.getId())) {
			// Discord takes one callback per interaction: the instance that claimed it gives it.
			return;
		}
		Interaction interaction = new Interaction(event, this.sends);
		ScheduledFuture<?> defer = this.timer.schedule(interaction::defer, DEFER_AFTER_MILLIS, TimeUnit.MILLISECONDS);
		guarded(what, hint, () -> {
			Response response = this.conversation.handle(IncomingMessage.of(Channel.DISCORD, event.getUser().getId(), text)
				.withLanguageHint(hint)
				.withDisplayName(displayName(event.getUser(), event.getMember()))
				.asStaff(staff(event.getMember())));
			defer.cancel(false);
			for (MessageCreateData part : render(response, this.buttons::customId)) {
				interaction.send(part);
			}
			if (response.replies().isEmpty()) {
				// Nothing to say (flood limit): still acknowledge, so Discord does not show a failure.
				interaction.send(plain("\u2026"));
			}
		}, apology -> {
			defer.cancel(false);
			interaction.send(apology);
		});
	}

	/** One interaction's answer: the first message is the callback, the others follow-ups. */
	private static final class Interaction {

		private final IReplyCallback event;

		private final DiscordSends sends;

		private boolean answered;

		Interaction(IReplyCallback event, DiscordSends sends) {
			this.event = event;
			this.sends = sends;
		}

		synchronized void defer() {
			if (!this.answered && !this.event.isAcknowledged()) {
				this.event.deferReply().queue(null, ex -> log.warn("Discord: deferring failed: {}", ex.toString()));
			}
		}

		synchronized void send(MessageCreateData message) {
			if (!this.answered && !this.event.isAcknowledged()) {
				this.sends.complete(this.event.reply(message), Kind.REPLY);
			}
			else {
				this.sends.complete(this.event.getHook().sendMessage(message), Kind.REPLY);
			}
			this.answered = true;
		}

	}

	@FunctionalInterface
	private interface Action {

		void run();

	}

	@FunctionalInterface
	private interface Apology {

		void send(MessageCreateData apology);

	}

	/** Runs an answer; failures are logged (never thrown at JDA) and the person gets an apology. */
	private void guarded(String what, @Nullable Language language, Action action, @Nullable Apology apology) {
		org.slf4j.MDC.put(org.talentbridge.bot.conversation.RequestIds.KEY,
				org.talentbridge.bot.conversation.RequestIds.next("dc"));
		try {
			run(what, language, action, apology);
		}
		finally {
			org.slf4j.MDC.remove(org.talentbridge.bot.conversation.RequestIds.KEY);
		}
	}

	private void run(String what, @Nullable Language language, Action action, @Nullable Apology apology) {
		try {
			action.run();
			return;
		}
		catch (ConversationUnavailable ex) {
			this.failures.incrementAndGet();
			log.error("Discord {} not answered: the conversation store is unreachable", what);
		}
		catch (RuntimeException ex) {
			this.failures.incrementAndGet();
			log.error("Discord {} failed: {}", what, ex.toString());
		}
		if (apology != null) {
			try {
				apology.send(plain(this.phrases.get((language != null) ? language : Language.EN, "error.internal")));
			}
			catch (RuntimeException ex) {
				log.warn("Discord: the apology could not be sent either: {}", ex.toString());
			}
		}
	}

	/** Discord's locale of the person: sv-SE, da and en-* are languages the bot speaks. */
	static Optional<Language> language(@Nullable DiscordLocale locale) {
		if (locale == null || locale == DiscordLocale.UNKNOWN) {
			return Optional.empty();
		}
		return Language.fromCode(locale.getLocale());
	}

	static MessageCreateData plain(String text) {
		return message(DiscordMarkdown.escape(text)).build();
	}

	private static MessageCreateBuilder message(String content) {
		return new MessageCreateBuilder().setContent(content)
			.setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
			.mentionRepliedUser(false)
			.setSuppressEmbeds(true);
	}

	/** The messages for a response: each reply split and escaped; buttons and file on its last part. */
	static List<MessageCreateData> render(Response response, UnaryOperator<String> customId) {
		List<MessageCreateData> messages = new ArrayList<>();
		for (Reply reply : response.replies()) {
			List<String> parts = DiscordMarkdown.render(reply.text(), DiscordMarkdown.MAX_LENGTH);
			for (int i = 0; i < parts.size(); i++) {
				MessageCreateBuilder message = message(parts.get(i));
				if (i == parts.size() - 1) {
					if (!reply.buttons().isEmpty()) {
						message.setComponents(rows(reply.buttons(), customId));
					}
					Reply.Attachment attachment = reply.attachment();
					if (attachment != null) {
						message.addFiles(FileUpload.fromData(attachment.content(), attachment.fileName()));
					}
				}
				messages.add(message.build());
			}
		}
		return messages;
	}

	private static List<ActionRow> rows(List<Reply.Button> buttons, UnaryOperator<String> customId) {
		Set<String> ids = new LinkedHashSet<>();
		List<Button> row = new ArrayList<>();
		List<ActionRow> rows = new ArrayList<>();
		for (Reply.Button button : buttons) {
			String id = customId.apply(button.value());
			// Discord refuses two components with one id; pressing either would do the same.
			if (!ids.add(id)) {
				continue;
			}
			row.add(Button.secondary(id, label(button.label())));
			if (row.size() == BUTTONS_PER_ROW) {
				rows.add(ActionRow.of(row));
				row = new ArrayList<>();
			}
			if (rows.size() == MAX_ROWS) {
				return rows;
			}
		}
		if (!row.isEmpty()) {
			rows.add(ActionRow.of(row));
		}
		return rows;
	}

	private static String label(String label) {
		String text = label.isBlank() ? "\u2026" : label.strip();
		if (text.length() <= Button.LABEL_MAX_LENGTH) {
			return text;
		}
		int end = Button.LABEL_MAX_LENGTH - 1;
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end) + "\u2026";
	}

}
