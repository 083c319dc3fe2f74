package org.talentbridge.bot.console;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.talentbridge.bot.events.Event;

import static org.assertj.core.api.Assertions.assertThat;

class EventIdsTests {

	@Test
	void aTitleBecomesLowercaseWordsJoinedByHyphens() {
		assertThat(EventIds.slug("Welcome reception, Lund!")).isEqualTo("welcome-reception-lund");
		assertThat(EventIds.slug("Välkommen till Malmö – fika")).isEqualTo("valkommen-till-malmo-fika");
		assertThat(EventIds.slug("Kærlig hilsen fra Øresund")).isEqualTo("kaerlig-hilsen-fra-oresund");
		assertThat(EventIds.slug("  ---  ")).isEqualTo("event");
		assertThat(EventIds.slug("日本語")).isEqualTo("event");
	}

	@Test
	void aLongTitleIsCutBetweenWordsAndStaysAValidId() {
		String slug = EventIds.slug("The very long annual international talent and career fair of Greater Copenhagen and Skåne");
		assertThat(slug).hasSizeLessThanOrEqualTo(EventIds.MAX).matches(Event.ID_PATTERN).doesNotEndWith("-");
		assertThat(slug).isEqualTo("the-very-long-annual-international-talent-and");
	}

	@Test
	void aTakenIdGetsTheNextFreeNumber() {
		Set<String> taken = Set.of("mingle", "mingle-2");
		assertThat(EventIds.unique("Mingle", taken::contains)).isEqualTo("mingle-3");
		assertThat(EventIds.unique("Other", taken::contains)).isEqualTo("other");
		String longTitle = "x".repeat(60);
		String first = EventIds.unique(longTitle, id -> false);
		String second = EventIds.unique(longTitle, first::equals);
		assertThat(second).hasSize(EventIds.MAX).endsWith("-2").matches(Event.ID_PATTERN);
	}

}
