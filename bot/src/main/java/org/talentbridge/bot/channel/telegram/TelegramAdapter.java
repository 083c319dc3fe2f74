package org.talentbridge.bot.channel.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import org.talentbridge.bot.conversation.BotActivity.Kind;
import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Conversation;
import org.talentbridge.bot.conversation.ConversationUnavailable;
import org.talentbridge.bot.conversation.IncomingMessage;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Outbox;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Response;

/**
 * Telegram update in, conversation, Telegram messages out. Private chats always; in groups only
 * when the bot is mentioned or replied to. Button presses come back as callback queries, which
 * are answered so the button stops spinning.
 */
class TelegramAdapter implements Outbox {

	private static final Logger log = LoggerFactory.getLogger(TelegramAdapter.class);

	/** Telegram's limit for a button's callback data. */
	static final int MAX_CALLBACK_BYTES = 64;

	private final Conversation conversation;

	private final TelegramSender sender;

	private final RedisUpdateLog updates;

	private final RedisButtonValues buttons;

	private final Phrases phrases;

	private volatile @Nullable User bot;

	private final java.util.concurrent.atomic.AtomicLong failures = new java.util.concurrent.atomic.AtomicLong();

	private final java.util.Set<Long> staff;

	TelegramAdapter(Conversation conversation, TelegramSender sender, RedisUpdateLog updates, RedisButtonValues buttons,
			Phrases phrases, java.util.Set<Long> staff) {
		this.staff = java.util.Set.copyOf(staff);
		this.conversation = conversation;
		this.sender = sender;
		this.updates = updates;
		this.buttons = buttons;
		this.phrases = phrases;
	}

	/** Updates that could not be answered since startup. */
	long failures() {
		return this.failures.get();
	}

	void identifiedAs(User bot) {
		this.bot = bot;
	}

	/** Handles one update once, whatever happens; a failure is logged, never thrown at the poller. */
	void handle(Update update) {
		Integer id = update.getUpdateId();
		if (id != null && !this.updates.claim(id)) {
			return;
		}
		org.slf4j.MDC.put(org.talentbridge.bot.conversation.RequestIds.KEY,
				org.talentbridge.bot.conversation.RequestIds.next("tg"));
		try {
			if (update.getCallbackQuery() != null) {
				handleButton(update.getCallbackQuery());
			}
			else if (update.getMessage() != null) {
				handleMessage(update.getMessage());
			}
		}
		catch (ConversationUnavailable ex) {
			this.failures.incrementAndGet();
			log.error("Telegram update {} not answered: the conversation store is unreachable", id);
		}
		catch (TelegramApiException | RuntimeException ex) {
			this.failures.incrementAndGet();
			log.error("Telegram update {} failed: {}", id, ex.toString());
		}
		finally {
			if (id != null) {
				this.updates.handled(id);
			}
			org.slf4j.MDC.remove(org.talentbridge.bot.conversation.RequestIds.KEY);
		}
	}

	private void handleMessage(Message message) throws TelegramApiException {
		String text = message.getText();
		User from = message.getFrom();
		if (text == null || from == null || Boolean.TRUE.equals(from.getIsBot())) {
			return;
		}
		if (!message.isUserMessage()) {
			text = addressedText(message, text);
			if (text == null) {
				return;
			}
		}
		respond(message.getChatId(), from, text);
	}

	/** In a group, the text meant for the bot, or null when the message is not for it. */
	private @Nullable String addressedText(Message message, String text) {
		User me = this.bot;
		if (me == null) {
			return null;
		}
		String mention = "@" + me.getUserName();
		boolean mentioned = me.getUserName() != null
				&& text.toLowerCase(Locale.ROOT).contains(mention.toLowerCase(Locale.ROOT));
		Message repliedTo = message.getReplyToMessage();
		boolean replyToBot = repliedTo != null && repliedTo.getFrom() != null
				&& me.getId().equals(repliedTo.getFrom().getId());
		boolean command = text.startsWith("/") && text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT)
			.endsWith(mention.toLowerCase(Locale.ROOT));
		if (!mentioned && !replyToBot && !command) {
			return null;
		}
		return command ? text : text.replaceAll("(?i)" + java.util.regex.Pattern.quote(mention), "").strip();
	}

	private void handleButton(CallbackQuery query) throws TelegramApiException {
		this.sender.execute(AnswerCallbackQuery.builder().callbackQueryId(query.getId()).build());
		if (query.getData() == null || query.getMessage() == null || query.getFrom() == null) {
			return;
		}
		Optional<String> value = this.buttons.value(query.getData());
		if (value.isEmpty()) {
			Language language = Language.fromCode(query.getFrom().getLanguageCode()).orElse(Language.EN);
			this.sender.send(SendMessage.builder()
				.chatId(query.getMessage().getChatId())
				.text(TelegramHtml.escape(this.phrases.get(language, "telegram.button-expired")))
				.parseMode(ParseMode.HTML)
				.build(), Kind.REPLY);
			return;
		}
		respond(query.getMessage().getChatId(), query.getFrom(), value.get());
	}

	private void respond(Long chatId, User from, String text) throws TelegramApiException {
		Language hint = Language.fromCode(from.getLanguageCode()).orElse(null);
		String name = (from.getLastName() != null) ? from.getFirstName() + " " + from.getLastName() : from.getFirstName();
		Response response = this.conversation.handle(IncomingMessage.of(Channel.TELEGRAM, Long.toString(from.getId()), text)
			.withLanguageHint(hint)
			.withDisplayName(name)
			.asStaff(this.staff.contains(from.getId())));
		send(chatId, response, Kind.REPLY);
	}

	private void send(Long chatId, Response response, Kind kind) throws TelegramApiException {
		send(chatId, response, kind, new int[1]);
	}

	/** Counts in {@code sent} the pieces Telegram took, so a failure after the first is known to be partial. */
	private void send(Long chatId, Response response, Kind kind, int[] sent) throws TelegramApiException {
		for (SendMessage message : render(chatId, response, this.buttons::callbackData)) {
			this.sender.send(message, kind);
			sent[0]++;
		}
		for (Reply reply : response.replies()) {
			Reply.Attachment file = reply.attachment();
			if (file != null) {
				this.sender.send(() -> SendDocument.builder()
					.chatId(chatId)
					.document(new InputFile(new java.io.ByteArrayInputStream(file.content()), file.fileName()))
					.build(), kind);
				sent[0]++;
			}
		}
	}

	@Override
	public Channel channel() {
		return Channel.TELEGRAM;
	}

	@Override
	public Optional<String> deepLink(String payload) {
		User me = this.bot;
		return (me != null && me.getUserName() != null)
				? Optional.of("https://t.me/" + me.getUserName() + "?start=" + payload) : Optional.empty();
	}

	/** The bot's own messages go to the person's private chat, whose id is their user id. */
	@Override
	public void deliver(String platformId, Response response) {
		int[] sent = new int[1];
		try {
			send(Long.parseLong(platformId), response, Kind.MESSAGE, sent);
		}
		catch (TelegramApiException ex) {
			if (TelegramSender.uncertain(ex)) {
				throw new org.talentbridge.bot.conversation.DeliveryUncertain("Telegram gave no answer in time", ex);
			}
			if (sent[0] > 0) {
				// Sending it all again would repeat the pieces that went.
				throw new org.talentbridge.bot.conversation.DeliveryUncertain("Telegram took part of the message", ex);
			}
			failed(ex);
		}
	}

	private static void failed(TelegramApiException failure) {
		if (failure instanceof org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException ex) {
			if (Integer.valueOf(403).equals(ex.getErrorCode())) {
				throw new org.talentbridge.bot.conversation.RecipientBlocked("Telegram: 403");
			}
			if (TelegramSender.refusedForGood(ex)) {
				throw new org.talentbridge.bot.conversation.DeliveryRefused("Telegram: " + ex.getErrorCode());
			}
			throw new IllegalStateException("Telegram refused the message: " + ex.getErrorCode(), ex);
		}
		throw new IllegalStateException("Telegram could not be reached: " + failure.getClass().getSimpleName(), failure);
	}

	static List<SendMessage> render(Long chatId, Response response, UnaryOperator<String> callbackData) {
		List<SendMessage> messages = new ArrayList<>();
		for (Reply reply : response.replies()) {
			List<String> parts = TelegramHtml.split(reply.text(), TelegramHtml.MAX_LENGTH);
			for (int i = 0; i < parts.size(); i++) {
				SendMessage message = SendMessage.builder()
					.chatId(chatId)
					.text(TelegramHtml.escape(parts.get(i)))
					.parseMode(ParseMode.HTML)
					.disableWebPagePreview(true)
					.build();
				if (i == parts.size() - 1 && !reply.buttons().isEmpty()) {
					message.setReplyMarkup(keyboard(reply.buttons(), callbackData));
				}
				messages.add(message);
			}
		}
		return messages;
	}

	private static InlineKeyboardMarkup keyboard(List<Reply.Button> buttons, UnaryOperator<String> callbackData) {
		List<InlineKeyboardRow> rows = new ArrayList<>();
		for (Reply.Button button : buttons) {
			rows.add(new InlineKeyboardRow(InlineKeyboardButton.builder()
				.text(button.label())
				.callbackData(callbackData.apply(button.value()))
				.build()));
		}
		return InlineKeyboardMarkup.builder().keyboard(rows).build();
	}

}
