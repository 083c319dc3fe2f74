package org.talentbridge.bot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Conversation;
import org.talentbridge.bot.conversation.IncomingMessage;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The held-out questions in {@code golden/questions.tsv}, written without looking at the articles'
 * example questions, through the whole conversation (language detection, intent, search). Prints
 * accuracy per language and fails below the targets.
 *
 * <p>{@code questions.tsv} is the development set: the search was tuned while looking at its misses,
 * so it only has to stay above 85% right articles and 80% "I don't know" for out-of-scope questions.
 * {@code holdout.tsv} was written later by someone who saw neither the articles nor the first set,
 * and was not tuned on: it must reach the issue's targets, 90% and 90%. No language may fall below
 * 75% in either set.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GoldenConversationTests {

	static final Map<String, double[]> TARGETS = Map.of("questions.tsv", new double[] { 0.85, 0.80 }, "holdout.tsv",
			new double[] { 0.90, 0.90 });

	static final double PER_LANGUAGE_FLOOR = 0.75;

	@Autowired
	Conversation conversation;

	@ParameterizedTest
	@ValueSource(strings = { "questions.tsv", "holdout.tsv" })
	void answersHeldOutQuestionsInEveryLanguage(String file) throws IOException {
		List<Case> cases = load(file);
		Map<Language, Tally> tallies = new EnumMap<>(Language.class);
		List<String> misses = new ArrayList<>();
		for (Case c : cases) {
			String user = "golden-" + UUID.randomUUID();
			Response response = this.conversation.handle(IncomingMessage.of(Channel.WEB, user, c.question));
			String got = (response.citation() != null) ? response.citation().articleId() : "unknown";
			Tally tally = tallies.computeIfAbsent(c.language, l -> new Tally());
			boolean right = got.equals(c.expected);
			boolean rightLanguage = response.language() == c.language;
			tally.count(c.expected.equals("unknown"), right, rightLanguage);
			if (!right || !rightLanguage) {
				misses.add(String.format("  %s expected %-34s got %-34s reply-language %s  | %s", c.language.code(),
						c.expected, got, response.language().code(), c.question));
			}
		}
		Tally all = new Tally();
		StringBuilder report = new StringBuilder("\nGolden questions " + file + " (" + cases.size() + ")\n");
		report.append(String.format("  %-4s %18s %18s %14s%n", "lang", "in-scope right", "out-of-scope", "reply language"));
		for (Map.Entry<Language, Tally> entry : tallies.entrySet()) {
			report.append(entry.getValue().line(entry.getKey().code()));
			all.add(entry.getValue());
		}
		report.append(all.line("all"));
		report.append("Misses:\n").append(String.join("\n", misses)).append('\n');
		System.out.println(report);

		double[] target = TARGETS.get(file);
		assertThat(all.inScopeRate()).as("in-scope accuracy overall").isGreaterThanOrEqualTo(target[0]);
		assertThat(all.outOfScopeRate()).as("out-of-scope rejection overall").isGreaterThanOrEqualTo(target[1]);
		tallies.forEach((language, tally) -> {
			assertThat(tally.inScopeRate()).as("in-scope accuracy " + language).isGreaterThanOrEqualTo(PER_LANGUAGE_FLOOR);
			assertThat(tally.outOfScopeRate()).as("out-of-scope rejection " + language)
				.isGreaterThanOrEqualTo(PER_LANGUAGE_FLOOR);
		});
	}

	static List<Case> load(String file) throws IOException {
		List<Case> cases = new ArrayList<>();
		try (InputStream in = GoldenConversationTests.class.getResourceAsStream("/golden/" + file)) {
			assertThat(in).as("golden/" + file).isNotNull();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] columns = line.split("\t", 3);
				assertThat(columns).as("three tab-separated columns: " + line).hasSize(3);
				cases.add(new Case(Language.fromCode(columns[0]).orElseThrow(), columns[1].trim(), columns[2].trim()));
			}
		}
		assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
		return cases;
	}

	record Case(Language language, String expected, String question) {
	}

	static final class Tally {

		int inScope;

		int inScopeRight;

		int outOfScope;

		int outOfScopeRight;

		int total;

		int languageRight;

		void count(boolean outOfScopeCase, boolean right, boolean rightLanguage) {
			this.total++;
			if (rightLanguage) {
				this.languageRight++;
			}
			if (outOfScopeCase) {
				this.outOfScope++;
				this.outOfScopeRight += right ? 1 : 0;
			}
			else {
				this.inScope++;
				this.inScopeRight += right ? 1 : 0;
			}
		}

		void add(Tally other) {
			this.inScope += other.inScope;
			this.inScopeRight += other.inScopeRight;
			this.outOfScope += other.outOfScope;
			this.outOfScopeRight += other.outOfScopeRight;
			this.total += other.total;
			this.languageRight += other.languageRight;
		}

		double inScopeRate() {
			return (this.inScope == 0) ? 1 : (double) this.inScopeRight / this.inScope;
		}

		double outOfScopeRate() {
			return (this.outOfScope == 0) ? 1 : (double) this.outOfScopeRight / this.outOfScope;
		}

		String line(String name) {
			return String.format("  %-4s %8d/%-3d %5.1f%% %8d/%-3d %5.1f%% %6d/%-3d %5.1f%%%n", name, this.inScopeRight,
					this.inScope, 100 * inScopeRate(), this.outOfScopeRight, this.outOfScope, 100 * outOfScopeRate(),
					this.languageRight, this.total, 100.0 * this.languageRight / this.total);
		}

	}

}
