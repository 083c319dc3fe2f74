package org.talentbridge.bot.knowledge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import org.talentbridge.bot.conversation.IntentTraining;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.knowledge.internal.ArticleMarkdown;
import org.talentbridge.bot.knowledge.internal.StaffEdits;
import org.talentbridge.bot.knowledge.internal.TrainedDecisions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff versions over the files, on a small knowledge base: applied at once with the decision
 * trained on the files judging; a staff-added example always answered with its article; the
 * decision retrained on the edits after the pause and swapped in; a version that no longer loads is
 * left out, never stopping the bot.
 */
class StaffEditsOverlayTests {

	static final String QUESTION = "Can my grandmother visit me on a tourist visa?";

	KnowledgeBase knowledgeBase;

	@AfterEach
	void close() {
		if (this.knowledgeBase != null) {
			this.knowledgeBase.destroy();
		}
	}

	/** Staff edits in memory, as Redis keeps them. */
	static final class Edits implements StaffEdits {

		final Map<String, List<Version>> versions = new LinkedHashMap<>();

		final List<Phrase> phrases = new ArrayList<>();

		long revision;

		@Override
		public synchronized long revision() {
			return this.revision;
		}

		@Override
		public synchronized Map<String, Version> latest() {
			Map<String, Version> latest = new LinkedHashMap<>();
			this.versions.forEach((id, list) -> latest.put(id, list.get(list.size() - 1)));
			return latest;
		}

		@Override
		public synchronized List<Version> history(String articleId) {
			return List.copyOf(this.versions.getOrDefault(articleId, List.of()));
		}

		@Override
		public synchronized Version append(String articleId, String who, Instant at, String what, String markdown,
				@Nullable String base) {
			List<Version> list = this.versions.computeIfAbsent(articleId, id -> new ArrayList<>());
			Version version = new Version(articleId, list.size() + 1, who, at, what, markdown, base);
			list.add(version);
			this.revision++;
			return version;
		}

		@Override
		public synchronized void addOutOfScope(Phrase phrase) {
			this.phrases.add(phrase);
			this.revision++;
		}

		@Override
		public synchronized List<Phrase> outOfScope() {
			return List.copyOf(this.phrases);
		}

	}

	@Test
	void anEditIsAnsweredAtOnceAndTheDecisionIsRetrainedOnItLater(@TempDir Path folder) throws Exception {
		Path articles = Files.createDirectories(folder.resolve("articles"));
		for (String id : List.of("dk-mitid", "se-bankid", "dk-housing")) {
			TestKnowledgeBases.copyAlone(id, articles);
		}
		TestKnowledgeBases.copyOutOfScope(folder);
		Edits edits = new Edits();
		this.knowledgeBase = new KnowledgeBase(new KnowledgeProperties(folder.toString(), 3, 3, false, Duration.ofMillis(500),
				Duration.ofMillis(200)), Clock.systemUTC(), new StaticListableBeanFactory().getBeanProvider(IntentTraining.class),
				TrainedDecisions.NONE, edits);
		this.knowledgeBase.afterSingletonsInstantiated();
		assertThat(this.knowledgeBase.search(QUESTION, Language.EN).answered()).isFalse();
		assertThat(this.knowledgeBase.applyEdits()).as("nothing to apply").isFalse();

		Article housing = this.knowledgeBase.find("dk-housing").orElseThrow();
		edits.append("dk-housing", "anna", Instant.now(), "added", ArticleMarkdown.write(ArticleDraft.of(housing).withQuestion(Language.EN, QUESTION)), null);
		// A version that no longer loads is left out with a warning.
		edits.append("dk-broken", "anna", Instant.now(), "made", "---\nid: dk-broken\n---\n", null);
		assertThat(this.knowledgeBase.applyEdits()).isTrue();
		assertThat(this.knowledgeBase.find("dk-broken")).isEmpty();

		SearchResult result = this.knowledgeBase.search(QUESTION, Language.EN);
		assertThat(result.answer()).map(m -> m.article().id()).contains("dk-housing");
		assertThat(this.knowledgeBase.search("can my GRANDMOTHER visit me on a tourist visa", Language.EN).answer())
			.map(m -> m.article().id()).contains("dk-housing");
		assertThat(this.knowledgeBase.find("dk-housing").orElseThrow().questions().get(Language.EN)).endsWith(QUESTION);

		long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (!this.knowledgeBase.decisionTrained() && System.nanoTime() < until) {
			Thread.sleep(100);
		}
		assertThat(this.knowledgeBase.decisionTrained()).as("retrained on the edits in the background").isTrue();
		assertThat(this.knowledgeBase.search(QUESTION, Language.EN).answer()).map(m -> m.article().id()).contains("dk-housing");

		// "Not for us" takes it back.
		edits.addOutOfScope(new StaffEdits.Phrase(Language.EN, QUESTION, "anna", Instant.now()));
		assertThat(this.knowledgeBase.applyEdits()).isTrue();
		assertThat(this.knowledgeBase.search(QUESTION, Language.EN).probability()).isLessThan(1.0);
	}

}
