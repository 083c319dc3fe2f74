package org.talentbridge.bot.channel.discord;

import java.util.EnumSet;
import java.util.List;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import org.talentbridge.bot.conversation.AnnouncementChannel;
import org.talentbridge.bot.conversation.Channel;

/**
 * News for everyone on Discord as one post in the server's announcements channel
 * (DISCORD_ANNOUNCEMENTS_CHANNEL, an id or a name), optionally mentioning a role
 * (DISCORD_ANNOUNCEMENTS_ROLE), which is then the only mention the post may ping.
 */
class DiscordAnnouncements implements AnnouncementChannel {

	private final DiscordConnection connection;

	private final Settings settings;

	DiscordAnnouncements(DiscordConnection connection, Settings settings) {
		this.connection = connection;
		this.settings = settings;
	}

	@Override
	public Channel channel() {
		return Channel.DISCORD;
	}

	@Override
	public String name() {
		JDA jda = this.connection.jda();
		GuildMessageChannel target = (jda != null) ? find(jda) : null;
		return (target != null) ? "#" + target.getName() : "#" + this.settings.channel().strip().replaceFirst("^#", "");
	}

	@Override
	public void post(String text) {
		JDA jda = this.connection.jda();
		if (jda == null || jda.getStatus() != JDA.Status.CONNECTED) {
			throw new IllegalStateException("Discord is not connected");
		}
		GuildMessageChannel target = find(jda);
		if (target == null) {
			throw new IllegalStateException("no channel " + this.settings.channel() + " in the bot's servers");
		}
		Role role = role(target.getGuild());
		String mention = (role != null) ? role.getAsMention() + "\n" : "";
		List<String> parts = DiscordMarkdown.render(text, DiscordMarkdown.MAX_LENGTH - mention.length());
		for (int i = 0; i < parts.size(); i++) {
			MessageCreateBuilder message = new MessageCreateBuilder().setContent((i == 0 ? mention : "") + parts.get(i))
				.setSuppressEmbeds(true);
			if (i == 0 && role != null) {
				message.setAllowedMentions(EnumSet.of(Message.MentionType.ROLE)).mentionRoles(role.getId());
			}
			else {
				message.setAllowedMentions(EnumSet.noneOf(Message.MentionType.class));
			}
			try {
				this.connection.sends().complete(target.sendMessage(message.build()),
						org.talentbridge.bot.conversation.BotActivity.Kind.POST);
			}
			catch (net.dv8tion.jda.api.exceptions.ErrorResponseException ex) {
				if (DiscordSends.uncertain(ex) || i > 0) {
					// Part or all of it may be in the channel already: posting it again would repeat it.
					throw new org.talentbridge.bot.conversation.DeliveryUncertain("Discord's answer to the post did not come", ex);
				}
				if (DiscordSends.refusedForGood(ex)) {
					throw new org.talentbridge.bot.conversation.DeliveryRefused("Discord refused the post: " + ex.getErrorCode());
				}
				throw ex;
			}
		}
	}

	private @Nullable GuildMessageChannel find(JDA jda) {
		String wanted = this.settings.channel().strip();
		if (wanted.matches("\\d{1,20}")) {
			return jda.getChannelById(GuildMessageChannel.class, wanted);
		}
		String name = wanted.replaceFirst("^#", "");
		for (Guild guild : jda.getGuilds()) {
			List<? extends GuildMessageChannel> found = guild.getTextChannelsByName(name, true);
			if (found.isEmpty()) {
				found = guild.getNewsChannelsByName(name, true);
			}
			if (!found.isEmpty()) {
				return found.get(0);
			}
		}
		return null;
	}

	private @Nullable Role role(Guild guild) {
		String wanted = this.settings.role().strip();
		if (wanted.isEmpty()) {
			return null;
		}
		if (wanted.matches("\\d{1,20}")) {
			return guild.getRoleById(wanted);
		}
		List<Role> found = guild.getRolesByName(wanted.replaceFirst("^@", ""), true);
		return found.isEmpty() ? null : found.get(0);
	}

	/**
	 * @param channel the announcements channel (DISCORD_ANNOUNCEMENTS_CHANNEL): its id, or its name
	 * with or without "#"; blank for none
	 * @param role the role the post mentions (DISCORD_ANNOUNCEMENTS_ROLE): its id or name; blank for none
	 */
	@ConfigurationProperties("bot.discord.announcements")
	record Settings(@DefaultValue("") String channel, @DefaultValue("") String role) {
	}

}
