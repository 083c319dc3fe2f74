package org.talentbridge.bot.announcements;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.talentbridge.bot.conversation.Channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A post in an announcements channel reaches everyone there, so it goes with the segment everyone only. */
class SegmentTests {

	@Test
	void aPostReplacesTheDirectMessagesOnItsPlatform() {
		Segment segment = Segment.everyone().withPosts(EnumSet.of(Channel.DISCORD));
		assertThat(segment.messages(Channel.DISCORD)).isFalse();
		assertThat(segment.messages(Channel.TELEGRAM)).isTrue();
		assertThat(segment.messages(Channel.WEB)).isTrue();
		assertThat(new Segment(Segment.Kind.EVERYONE, null, Set.of(Channel.WEB)).messages(Channel.TELEGRAM)).isFalse();
	}

	@Test
	void targetedSegmentsAndLeftOutChannelsTakeNoPost() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Segment(Segment.Kind.GRADUATES, null, Set.of(), Set.of(Channel.DISCORD)))
			.withMessageContaining("only with the segment everyone");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Segment(Segment.Kind.EVERYONE, null, Set.of(Channel.TELEGRAM), Set.of(Channel.DISCORD)))
			.withMessageContaining("leaves out");
	}

}
