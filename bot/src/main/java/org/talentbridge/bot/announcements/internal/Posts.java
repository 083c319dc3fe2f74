package org.talentbridge.bot.announcements.internal;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import org.talentbridge.bot.conversation.AnnouncementChannel;
import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Language;

/**
 * The platforms' announcements channels, and what a post in one says. A post is a delivery like a
 * direct message, with the recipient {@code post:<channel>}, so it is counted, resumed after a
 * restart and sent once the same way.
 */
@Component
class Posts {

	static final String PREFIX = "post:";

	// Looked up on first use: the channels depend on the conversation, which holds the announce command.
	private final ObjectProvider<AnnouncementChannel> channels;

	Posts(ObjectProvider<AnnouncementChannel> channels) {
		this.channels = channels;
	}

	static String recipient(Channel channel) {
		return PREFIX + channel.prefix();
	}

	/** The channel of a post's recipient, or empty for a person. */
	static Optional<Channel> channelOf(String recipient) {
		if (!recipient.startsWith(PREFIX)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Channel.valueOf(recipient.substring(PREFIX.length()).toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	Optional<AnnouncementChannel> find(Channel channel) {
		return this.channels.stream().filter(c -> c.channel() == channel).findFirst();
	}

	Map<Channel, String> names() {
		Map<Channel, String> names = new EnumMap<>(Channel.class);
		this.channels.forEach(c -> names.put(c.channel(), c.name()));
		return names;
	}

	/**
	 * One post for readers of every language: each different text once, English first. People in a
	 * channel read whichever is theirs; a text written in English only is posted as it is.
	 */
	static String text(Map<Language, String> texts) {
		Set<String> distinct = new LinkedHashSet<>();
		for (Language language : Language.values()) {
			String text = texts.get(language);
			if (text != null && !text.isBlank()) {
				distinct.add(text.strip());
			}
		}
		return String.join("\n\n—\n\n", distinct);
	}

}
