package org.talentbridge.bot.announcements.internal;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Language;

import static org.assertj.core.api.Assertions.assertThat;

/** One post carries each language's text once, English first; a post is a recipient like a person. */
class PostsTests {

	@Test
	void everyLanguageOnceEnglishFirst() {
		assertThat(Posts.text(Map.of(Language.DA, "Hej alle", Language.EN, "Hello all", Language.SV, "Hej alla")))
			.isEqualTo("Hello all\n\n—\n\nHej alla\n\n—\n\nHej alle");
		assertThat(Posts.text(Map.of(Language.EN, "Hello all"))).isEqualTo("Hello all");
		assertThat(Posts.text(Map.of(Language.EN, "Same", Language.SV, "Same"))).isEqualTo("Same");
	}

	@Test
	void aPostsRecipientNamesItsPlatform() {
		assertThat(Posts.recipient(Channel.DISCORD)).isEqualTo("post:discord");
		assertThat(Posts.channelOf("post:telegram")).contains(Channel.TELEGRAM);
		assertThat(Posts.channelOf("discord:123")).isEmpty();
		assertThat(Posts.channelOf("post:nowhere")).isEmpty();
	}

}
