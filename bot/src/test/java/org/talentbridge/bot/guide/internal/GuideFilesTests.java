package org.talentbridge.bot.guide.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

import org.talentbridge.bot.BotApplication;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.knowledge.TestKnowledgeBases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The guide's step files are read as strictly as the articles: a broken one names the file, the step and the field. */
class GuideFilesTests {

	static final Set<String> ARTICLES = Set.of("dk-cpr-registration", "se-personnummer");

	static final String GOOD = """
			- id: dk-cpr
			  phase: first-weeks
			  when: {live: [DK]}
			  article: dk-cpr-registration
			  text:
			    en: Register for CPR.
			    sv: Registrera dig för CPR.
			    da: Bliv registreret med CPR.
			- id: warn-both
			  phase: before-arrival
			  kind: warning
			  when:
			    - {live: [SE], work: [DK]}
			    - {live: [DK], work: [SE]}
			  article: se-personnummer
			  text: {en: Careful., sv: Akta., da: Pas på.}
			""";

	@Test
	void readsStepsWarningsAndAlternatives() {
		List<GuideStep> steps = GuideFiles.parse("steps.yml", GOOD, ARTICLES);
		assertThat(steps).extracting(GuideStep::id).containsExactly("dk-cpr", "warn-both");
		GuideStep warning = steps.get(1);
		assertThat(warning.warning()).isTrue();
		assertThat(warning.phase()).isEqualTo(GuideStep.Phase.BEFORE_ARRIVAL);
		assertThat(warning.text(Language.DA)).isEqualTo("Pas på.");
		assertThat(warning.appliesTo(new Situation("SE", "DK", "eu", "none", "none"))).isTrue();
		assertThat(warning.appliesTo(new Situation("DK", "SE", "eu", "none", "none"))).isTrue();
		assertThat(warning.appliesTo(new Situation("SE", "SE", "eu", "none", "none"))).isFalse();
	}

	@Nested
	class Refuses {

		private void refused(String yaml, String message) {
			assertThatIllegalStateException().isThrownBy(() -> GuideFiles.parse("steps.yml", yaml, ARTICLES))
				.withMessageContaining(message);
		}

		@Test
		void anUnknownArticle() {
			refused(GOOD.replace("article: dk-cpr-registration", "article: dk-no-such"),
					"Guide file guide/steps.yml, step 'dk-cpr', field 'article' names 'dk-no-such', which is no article");
		}

		@Test
		void aMissingLanguage() {
			refused(GOOD.replace("    da: Bliv registreret med CPR.\n", ""),
					"Guide file guide/steps.yml, step 'dk-cpr', field 'text' needs a da text");
			refused(GOOD.replace("da: Bliv registreret med CPR.", "de: Anmelden."), "step 'dk-cpr', field 'text' has the language 'de'");
		}

		@Test
		void aBadCondition() {
			refused(GOOD.replace("when: {live: [DK]}", "when: {live: [Denmark]}"),
					"step 'dk-cpr', field 'when.live' has 'Denmark'; use DK, SE, undecided");
			refused(GOOD.replace("when: {live: [DK]}", "when: {age: [30]}"), "step 'dk-cpr', field 'when' asks about 'age'");
			refused(GOOD.replace("when: {live: [DK]}", "when: []"), "step 'dk-cpr', field 'when' is an empty list");
			refused(GOOD.replace("when: {live: [DK]}", "when: DK"), "step 'dk-cpr', field 'when' must be a mapping");
		}

		@Test
		void aBadPhaseKindIdOrField() {
			refused(GOOD.replace("phase: first-weeks", "phase: later"), "step 'dk-cpr', field 'phase' must be before-arrival");
			refused(GOOD.replace("kind: warning", "kind: tip"), "step 'warn-both', field 'kind' must be step or warning");
			refused(GOOD.replace("id: dk-cpr", "id: DK CPR"), "step '#1', field 'id' must be");
			refused(GOOD.replace("  phase: first-weeks", "  phase: first-weeks\n  order: 3"), "step 'dk-cpr', has an unknown field 'order'");
			refused(GOOD.replace("en: Register for CPR.", "en: " + "x".repeat(301)), "field 'text.en' is longer than 300");
			refused("id: dk-cpr", "Guide file guide/steps.yml must be a YAML list of steps");
			refused("- [unclosed", "Guide file guide/steps.yml is not valid YAML");
		}

	}

	/** Every step in the knowledge base links an article that exists and has its three texts. */
	@Test
	void theCuratedStepsAreValid() throws IOException {
		Set<String> articles;
		try (Stream<Path> files = Files.list(Path.of("../knowledge-base/articles"))) {
			articles = files.map(p -> p.getFileName().toString().replace(".md", "")).collect(Collectors.toSet());
		}
		Set<String> ids = new HashSet<>();
		try (Stream<Path> files = Files.list(Path.of("../knowledge-base/guide"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
				for (GuideStep step : GuideFiles.parse(file.getFileName().toString(), Files.readString(file), articles)) {
					assertThat(ids.add(step.id())).as("unique id " + step.id()).isTrue();
				}
			}
		}
		assertThat(ids).hasSizeGreaterThan(40).contains("warn-non-eu-other-side", "warn-se-after-studies",
				"warn-establishment-card");
	}

	@Test
	void startupFailsNamingTheFileTheStepAndTheField(@TempDir Path folder) throws IOException {
		Path articles = Files.createDirectories(folder.resolve("articles"));
		TestKnowledgeBases.copyAlone("dk-mitid", articles);
		Path guide = Files.createDirectories(folder.resolve("guide"));
		Files.writeString(guide.resolve("broken.yml"), GOOD.replace("article: dk-cpr-registration", "article: dk-mitid"));
		assertThatThrownBy(() -> new SpringApplicationBuilder(BotApplication.class)
			.run("--server.port=0", "--bot.knowledge.path=" + folder, "--bot.store.data-dir=" + folder.resolve("data"))
			.close()).hasStackTraceContaining(
					"Guide file guide/broken.yml, step 'warn-both', field 'article' names 'se-personnummer', which is no article");
	}

}
