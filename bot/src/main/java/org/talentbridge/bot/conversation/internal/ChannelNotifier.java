package org.talentbridge.bot.conversation.internal;

import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Notifier;
import org.talentbridge.bot.conversation.Outbox;
import org.talentbridge.bot.conversation.Response;

/** Picks the outbox by the channel in the user id. */
@Component
class ChannelNotifier implements Notifier {

	private static final Logger log = LoggerFactory.getLogger(ChannelNotifier.class);

	// Looked up on first use: the channels themselves depend on the conversation.
	private final ObjectProvider<Outbox> provider;

	private volatile @Nullable Map<Channel, Outbox> outboxes;

	ChannelNotifier(ObjectProvider<Outbox> provider) {
		this.provider = provider;
	}

	private Map<Channel, Outbox> outboxes() {
		Map<Channel, Outbox> known = this.outboxes;
		if (known == null) {
			known = new EnumMap<>(Channel.class);
			for (Outbox outbox : this.provider) {
				known.put(outbox.channel(), outbox);
			}
			this.outboxes = known;
		}
		return known;
	}

	@Override
	public boolean send(String userId, Response response) {
		Channel channel = Channel.of(userId).orElse(null);
		Outbox outbox = (channel != null) ? outboxes().get(channel) : null;
		if (outbox == null) {
			log.warn("No {} channel to send a message through", (channel != null) ? channel : "known");
			return false;
		}
		try {
			outbox.deliver(Channel.platformId(userId), response);
			return true;
		}
		catch (RuntimeException ex) {
			log.warn("Sending a {} message failed: {}", channel, ex.getClass().getSimpleName());
			return false;
		}
	}

}
