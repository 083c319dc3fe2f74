package org.talentbridge.bot.knowledge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where an answer links a source: the address itself, not the start of a longer one. */
class ArticleSourceTests {

	@Test
	void anAddressCountsWhereItEndsNotWhereALongerOneGoesOn() {
		String body = "See https://skatteverket.se/privat and https://skatteverket.se. Or (https://skatteverket.se)";
		assertThat(Article.link(body, "https://skatteverket.se")).isEqualTo(body.indexOf("https://skatteverket.se."));
		assertThat(Article.link(body, "https://skatteverket.se/privat")).isEqualTo(4);
		assertThat(Article.link("Apply at https://a.example", "https://a.example")).isEqualTo(9);
		assertThat(Article.link("Apply at https://a.example/more", "https://a.example")).isEqualTo(-1);
		assertThat(Article.link("nothing here", "https://a.example")).isEqualTo(-1);
	}

}
