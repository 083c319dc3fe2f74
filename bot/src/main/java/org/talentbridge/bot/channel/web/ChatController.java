package org.talentbridge.bot.channel.web;

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
import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Conversation;
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

	ChatController(Conversation conversation, WebOutbox outbox, WebIdentities identities) {
		this.conversation = conversation;
		this.outbox = outbox;
		this.identities = identities;
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
