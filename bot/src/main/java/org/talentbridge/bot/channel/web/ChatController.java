package org.talentbridge.bot.channel.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.talentbridge.bot.channel.web.ChatApi.AnswerJson;
import org.talentbridge.bot.channel.web.ChatApi.AttachmentJson;
import org.talentbridge.bot.channel.web.ChatApi.InboxJson;
import org.talentbridge.bot.channel.web.ChatApi.ButtonJson;
import org.talentbridge.bot.channel.web.ChatApi.ChatRequest;
import org.talentbridge.bot.channel.web.ChatApi.ChatResponse;
import org.talentbridge.bot.channel.web.ChatApi.ReplyJson;
import org.talentbridge.bot.channel.web.ChatApi.HistoryJson;
import org.talentbridge.bot.channel.web.ChatApi.TurnJson;
import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Conversation;
import org.talentbridge.bot.conversation.ConversationHistory;
import org.talentbridge.bot.conversation.IncomingMessage;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Response;

/** The web chat adapter: JSON in, the conversation's response out. */
@RestController
class ChatController {

	static final int MAX_TEXT = 4000;

	private final Conversation conversation;

	private final WebOutbox outbox;

	private final WebIdentities identities;

	private final ConversationHistory history;

	ChatController(Conversation conversation, WebOutbox outbox, WebIdentities identities, ConversationHistory history) {
		this.conversation = conversation;
		this.outbox = outbox;
		this.identities = identities;
		this.history = history;
	}

	/**
	 * The cookie's (or signed identity's) recent conversation, so a reloaded page shows it again;
	 * nobody's for a request without one. The person's commands (a pressed button's value such as
	 * "/article ...", the page's own "/start") are left out: the page showed them as the button's
	 * label, and the bot's reply says what they did.
	 */
	@GetMapping(path = "/api/chat/history", produces = MediaType.APPLICATION_JSON_VALUE)
	HistoryJson history(HttpServletRequest http) {
		return this.identities.existing(http).map(this::historyOf).orElse(new HistoryJson(null, List.of()));
	}

	private HistoryJson historyOf(String platformId) {
		// What still waits in the inbox is among the recent messages below; taken here, the page's next
		// look at the inbox does not show it a second time.
		this.outbox.take(platformId);
		List<ConversationHistory.Line> lines = this.history.recent(Channel.WEB.userId(platformId));
		List<Shown> shown = new ArrayList<>();
		long lastMessage = Long.MIN_VALUE;
		for (ConversationHistory.Line line : lines) {
			long at = line.at().toEpochMilli();
			if (line.fromPerson()) {
				lastMessage = Math.max(lastMessage, at);
				if (line.text().startsWith("/")) {
					continue;
				}
			}
			ConversationHistory.File file = line.file();
			shown.add(new Shown(at, line.fromPerson(), new ReplyJson(line.text(),
					line.buttons().stream().map(b -> new ButtonJson(b.label(), b.value())).toList(),
					(file != null) ? new AttachmentJson(file.fileName(), file.link()) : null)));
		}
		for (WebOutbox.Sent sent : this.outbox.recent(platformId)) {
			shown.add(new Shown(sent.at(), false, sent.reply()));
		}
		// Stable: a message and the replies to it share a time, and keep their order.
		shown.sort(Comparator.comparingLong(Shown::at));
		List<TurnJson> turns = new ArrayList<>();
		for (Shown s : shown) {
			// Buttons answered by a later message are not offered again.
			boolean open = !s.fromPerson() && s.at() >= lastMessage;
			turns.add(new TurnJson(s.fromPerson() ? "person" : "bot", s.reply().text(), Instant.ofEpochMilli(s.at()).toString(),
					open ? s.reply().buttons() : List.of(), open ? s.reply().attachment() : null));
		}
		String language = lines.isEmpty() ? null : lines.get(lines.size() - 1).language().code();
		return new HistoryJson(language, turns);
	}

	private record Shown(long at, boolean fromPerson, ReplyJson reply) {
	}

	/**
	 * What the bot sent on its own (a free seat, a reminder, a staff answer) to the cookie's person;
	 * the page polls it. A {@code userId} parameter, as older pages sent, is ignored.
	 */
	@GetMapping(path = "/api/chat/inbox", produces = MediaType.APPLICATION_JSON_VALUE)
	InboxJson inbox(HttpServletRequest http) {
		return new InboxJson(this.identities.existing(http).map(this.outbox::take).orElse(List.of()));
	}

	@PostMapping(path = "/api/chat", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ChatResponse chat(@RequestBody(required = false) ChatRequest request, HttpServletRequest http,
			HttpServletResponse out) {
		if (request == null) {
			throw new BadRequest("Send a JSON object with text.");
		}
		String text = request.text();
		if (text == null || text.isBlank()) {
			throw new BadRequest("text is required.");
		}
		if (text.codePointCount(0, text.length()) > MAX_TEXT) {
			throw new BadRequest("text is longer than " + MAX_TEXT + " characters; please shorten your message.");
		}
		Language language = null;
		if (request.language() != null && !request.language().isBlank()) {
			language = Language.fromCode(request.language())
				.filter(l -> l.code().equalsIgnoreCase(request.language().trim()))
				.orElseThrow(() -> new BadRequest("language must be en, sv or da."));
		}
		// Only now, so a request refused above starts nobody.
		String person = this.identities.person(http, out);
		Response response = this.conversation
			.handle(IncomingMessage.of(Channel.WEB, person, text).withChosenLanguage(language));
		return toJson(response);
	}

	static ChatResponse toJson(Response response) {
		return new ChatResponse(response.language().code(),
				response.replies()
					.stream()
					.map(ChatController::toJson)
					.toList(),
				(response.citation() != null)
						? new AnswerJson(response.citation().articleId(), response.citation().score()) : null);
	}

	static ReplyJson toJson(Reply reply) {
		Reply.Attachment file = reply.attachment();
		return new ReplyJson(reply.text(), reply.buttons().stream().map(b -> new ButtonJson(b.label(), b.value())).toList(),
				(file != null) ? new AttachmentJson(file.fileName(), file.link()) : null);
	}

	/** Input the person can fix; answered with 400 and the message. */
	static class BadRequest extends RuntimeException {

		BadRequest(String message) {
			super(message, null, false, false);
		}

	}

}
