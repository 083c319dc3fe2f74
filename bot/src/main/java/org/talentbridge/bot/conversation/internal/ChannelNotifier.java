package org.talentbridge.bot.conversation.internal;

import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;

import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Notifier;
import org.talentbridge.bot.conversation.Outbox;
import org.talentbridge.bot.conversation.RecipientBlocked;
import org.talentbridge.bot.conversation.Response;
import org.talentbridge.bot.conversation.SendThrottled;

/** Picks the outbox by the channel in the user id. */
@Component
class ChannelNotifier implements Notifier, org.talentbridge.bot.conversation.DeepLinks {

	private static final Logger log = LoggerFactory.getLogger(ChannelNotifier.class);

	// Looked up on first use: the channels themselves depend on the conversation.
	private final ObjectProvider<Outbox> provider;

	private volatile @Nullable Map<Channel, Outbox> outboxes;

	/** People who blocked the bot; they leave the set when they write to it again. */
	static final String BLOCKED_KEY = org.talentbridge.bot.store.Keys.of("conversation", "blocked");

	private final JedisPooled redis;

	ChannelNotifier(ObjectProvider<Outbox> provider, JedisPooled redis) {
		this.provider = provider;
		this.redis = redis;
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
	public java.util.Optional<String> telegram(String payload) {
		Outbox telegram = outboxes().get(Channel.TELEGRAM);
		return (telegram != null) ? telegram.deepLink(payload) : java.util.Optional.empty();
	}

	@Override
	public Delivery send(String userId, Response response) {
		Channel channel = Channel.of(userId).orElse(null);
		Outbox outbox = (channel != null) ? outboxes().get(channel) : null;
		if (outbox == null) {
			log.warn("No {} channel to send a message through", (channel != null) ? channel : "known");
			return Delivery.FAILED;
		}
		try {
			if (this.redis.sismember(BLOCKED_KEY, userId)) {
				return Delivery.BLOCKED;
			}
			outbox.deliver(Channel.platformId(userId), response);
			return Delivery.SENT;
		}
		catch (SendThrottled ex) {
			log.info("{} asks to slow down ({}); the message waits", channel, ex.getMessage());
			return Delivery.THROTTLED;
		}
		catch (org.talentbridge.bot.conversation.DeliveryUncertain ex) {
			log.warn("A {} message may or may not have arrived ({}); it is not sent again", channel, ex.getMessage());
			return Delivery.UNKNOWN;
		}
		catch (org.talentbridge.bot.conversation.DeliveryRefused ex) {
			log.warn("{} refused a message for good ({}); it is not sent again", channel, ex.getMessage());
			return Delivery.REFUSED;
		}
		catch (RecipientBlocked ex) {
			this.redis.sadd(BLOCKED_KEY, userId);
			log.info("A {} user blocked the bot; skipping them until they write again", channel);
			return Delivery.BLOCKED;
		}
		catch (RuntimeException ex) {
			log.warn("Sending a {} message failed: {}", channel, ex.getClass().getSimpleName());
			return Delivery.FAILED;
		}
	}

}
