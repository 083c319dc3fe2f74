package org.talentbridge.bot.channel.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The JSON of {@code POST /api/chat}, the web chat's contract. */
final class ChatApi {

	private ChatApi() {
	}

	/**
	 * @param userId ignored: the person is the chat cookie's (or a partner's signed identity), never
	 * what the body says; accepted so older pages keep working
	 * @param text what they wrote, or a button's value
	 * @param language en, sv or da when the person picked a language; optional
	 */
	record ChatRequest(@Nullable String userId, @Nullable String text, @Nullable String language) {
	}

	record ChatResponse(String language, List<ReplyJson> replies, @Nullable AnswerJson answer) {
	}

	record ReplyJson(String text, List<ButtonJson> buttons, @Nullable AttachmentJson attachment) {
	}

	/** A file that goes with a reply, such as an event's calendar entry, to download from {@code url}. */
	record AttachmentJson(String fileName, String url) {
	}

	/** Messages the bot sent on its own since the last look, oldest first. */
	record InboxJson(List<ReplyJson> replies) {
	}

	/**
	 * The recent conversation, for a page that was reloaded: oldest first, the person's own lines and
	 * the bot's replies, with the language it was held in (null for nobody yet).
	 */
	record HistoryJson(@Nullable String language, List<TurnJson> turns) {
	}

	/**
	 * @param from "person" or "bot"
	 * @param at when, ISO-8601 with offset UTC
	 * @param buttons the buttons still to be answered: only on the replies since the person's last
	 * message
	 */
	record TurnJson(String from, String text, String at, List<ButtonJson> buttons, @Nullable AttachmentJson attachment) {
	}

	record ButtonJson(String label, String value) {
	}

	/** The knowledge-base article the answer came from and the match confidence (0 to 1). */
	record AnswerJson(String articleId, double score) {
	}

	record ErrorJson(String error) {
	}

}
