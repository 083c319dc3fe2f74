package org.talentbridge.bot.announcements.internal;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.IntentHandler;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.MenuCommand;
import org.talentbridge.bot.conversation.PersonalData;
import org.talentbridge.bot.conversation.Phrases;
import org.talentbridge.bot.conversation.Readable;
import org.talentbridge.bot.conversation.Reply;
import org.talentbridge.bot.conversation.Reply.Button;
import org.talentbridge.bot.conversation.Response;
import org.talentbridge.bot.conversation.StopListener;
import org.talentbridge.bot.conversation.Turn;

/** "/news": opting in to the programme's news, and out again; also for /stop, /mydata and /forget. */
@Component
class NewsHandler implements IntentHandler, StopListener, PersonalData {

	private final RedisNewsSubscriptions subscriptions;

	private final RedisAnnouncements store;

	private final DeliveryQueue queue;

	private final Phrases phrases;

	NewsHandler(RedisNewsSubscriptions subscriptions, RedisAnnouncements store, DeliveryQueue queue, Phrases phrases) {
		this.subscriptions = subscriptions;
		this.store = store;
		this.queue = queue;
		this.phrases = phrases;
	}

	@Override
	public Set<String> intents() {
		return Set.of();
	}

	@Override
	public Set<String> commands() {
		return Set.of("/news");
	}

	@Override
	public List<MenuCommand> menu() {
		return List.of(new MenuCommand("news", "menu.news", null));
	}

	@Override
	public Response handle(Turn turn) {
		Language language = turn.language();
		switch (turn.argument().strip().toLowerCase(java.util.Locale.ROOT)) {
			case "on", "yes", "ja" -> {
				this.subscriptions.subscribe(turn.userId());
				return Response.of(language, Reply.text(this.phrases.get(language, "news.on")));
			}
			case "off", "no", "nej" -> {
				this.subscriptions.unsubscribe(turn.userId());
				return Response.of(language, Reply.text(this.phrases.get(language, "news.off")));
			}
			default -> {
				boolean on = this.subscriptions.subscribed(turn.userId());
				return Response.of(language, new Reply(this.phrases.get(language, on ? "news.status.on" : "news.offer"),
						List.of(on ? new Button(this.phrases.get(language, "news.off.button"), "/news off")
								: new Button(this.phrases.get(language, "news.on.button"), "/news on"))));
			}
		}
	}

	@Override
	public void stop(String userId) {
		this.subscriptions.unsubscribe(userId);
	}

	@Override
	public List<String> describe(String userId, Language language) {
		return this.subscriptions.since(userId)
			.map(at -> List.of(this.phrases.get(language, "mydata.news", Readable.dateTime(at, language))))
			.orElse(List.of());
	}

	@Override
	public void forget(String userId) {
		this.subscriptions.unsubscribe(userId);
		this.store.forget(userId);
		this.queue.forget(userId);
	}

}
