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
		String tag = UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "q");
		String often = "Where can I park my bike " + tag + "?";
		for (int i = 0; i < 50; i++) {
			this.unanswered.record("web:often-" + i, i % 2 == 0 ? often : often.toUpperCase().replace("?", "!!"), Language.EN);
		}
		this.unanswered.record("web:cyklist", "Var kan jag parkera cykeln " + tag + "?", Language.SV);

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


	@Test
	void aFloodFromOnePersonNeverFillsTheList() {
		String tag = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
		for (int i = 0; i < 10; i++) {
			this.unanswered.record("web:repeater-" + tag, "Is there a padel court " + tag + "?", Language.EN);
		}
		assertThat(this.unanswered.mostAsked(10_000)).filteredOn(e -> e.text().contains(tag)).singleElement()
			.satisfies(entry -> assertThat(entry.count()).as("the same person asking again counts once").isEqualTo(1));
		for (int i = 0; i < 100; i++) {
			this.unanswered.record("web:flooder-" + tag, "flood line " + i + " " + tag, Language.EN);
		}
		assertThat(this.unanswered.mostAsked(10_000)).filteredOn(e -> e.text().startsWith("flood line") && e.text().contains(tag))
			.hasSize(20);
	}

	@Test
	void whoAskedAndTheDaysShareHoldAcrossBatchesToo() {
		String tag = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
		this.unanswered.record("web:again-" + tag, "Is there a padel court " + tag + "?", Language.EN);
		// Reading writes what waits: what follows is another batch.
		assertThat(this.unanswered.mostAsked(10_000)).filteredOn(e -> e.text().contains(tag)).hasSize(1);
		this.unanswered.record("web:again-" + tag, "IS THERE A PADEL COURT " + tag + "!", Language.EN);
		assertThat(this.unanswered.mostAsked(10_000)).filteredOn(e -> e.text().contains(tag)).singleElement()
			.satisfies(entry -> assertThat(entry.count()).as("asked again in a later batch").isEqualTo(1));

		for (int batch = 0; batch < 2; batch++) {
			for (int i = 0; i < 15; i++) {
				this.unanswered.record("web:steady-" + tag, "steady line " + batch + " " + i + " " + tag, Language.EN);
			}
			this.unanswered.mostAsked(1);
		}
		assertThat(this.unanswered.mostAsked(10_000)).filteredOn(e -> e.text().startsWith("steady line") && e.text().contains(tag))
			.hasSize(20);
	}

	@Test
	void keepsQuestionsMaskedAndForgetsThemWithWhoAsked(@Autowired redis.clients.jedis.JedisPooled redis) {
		String tag = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
		this.unanswered.record("web:asker-" + tag, "Can I write to anna.berg@example.org or call +46 70 123 45 67 about "
				+ "personnummer 199001011234 and " + tag + "?", Language.EN);
		assertThat(this.unanswered.mostAsked(10_000)).filteredOn(e -> e.text().contains(tag)).singleElement().satisfies(entry ->
			assertThat(entry.text()).isEqualTo("Can I write to [e-mail] or call [phone] about personnummer [number] and " + tag + "?"));
		assertThat(org.talentbridge.bot.RedisScan.mentions(redis, "anna.berg")).isEmpty();
		assertThat(org.talentbridge.bot.RedisScan.mentions(redis, "asker-" + tag)).as("who asked is a hash").isEmpty();

		String shared = "Is there a chess club " + tag + "?";
		this.unanswered.record("web:asker-" + tag, shared, Language.EN);
		this.unanswered.record("web:other-" + tag, shared, Language.EN);
		((org.talentbridge.bot.conversation.PersonalData) this.unanswered).forget("web:asker-" + tag);
		assertThat(this.unanswered.mostAsked(10_000)).filteredOn(e -> e.text().contains(tag)).singleElement().satisfies(entry -> {
			assertThat(entry.text()).isEqualTo(shared);
			assertThat(entry.count()).as("asked by someone else too").isEqualTo(1);
		});
		((org.talentbridge.bot.conversation.PersonalData) this.unanswered).forget("web:other-" + tag);
		assertThat(org.talentbridge.bot.RedisScan.mentions(redis, tag)).isEmpty();
	}

}
