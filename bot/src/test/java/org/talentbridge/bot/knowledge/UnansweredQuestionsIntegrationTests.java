package org.talentbridge.bot.knowledge;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import org.talentbridge.bot.conversation.Language;

import static org.assertj.core.api.Assertions.assertThat;

/** What staff will read: unanswered questions, the same words counted together, most asked first. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnansweredQuestionsIntegrationTests {

	@Autowired
	UnansweredQuestions unanswered;

	@Test
	void countsTheSameWordsTogetherAndListsTheMostAskedFirst() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String often = "Where can I park my bike " + tag + "?";
		for (int i = 0; i < 50; i++) {
			this.unanswered.record(i % 2 == 0 ? often : often.toUpperCase().replace("?", "!!"), Language.EN);
		}
		this.unanswered.record("Var kan jag parkera cykeln " + tag + "?", Language.SV);

		assertThat(this.unanswered.mostAsked(1)).singleElement().satisfies(entry -> {
			assertThat(entry.text()).isEqualTo(often);
			assertThat(entry.language()).isEqualTo(Language.EN);
			assertThat(entry.count()).isEqualTo(50);
			assertThat(entry.lastAsked()).isAfter(java.time.Instant.now().minusSeconds(60));
		});
		assertThat(this.unanswered.mostAsked(1000)).anySatisfy(entry -> {
			assertThat(entry.text()).contains("parkera");
			assertThat(entry.count()).isEqualTo(1);
		});
	}

}
