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
 * 75% in any set.
 *
 * <p>{@code blind.tsv} and {@code blind-conversations.tsv} were written by someone who had seen only a
 * list of topic names, never the articles or the other sets, and are never tuned on: single questions
 * must reach 90% right in scope and 93% declined out of scope, and the second message of a two-turn
 * conversation ("what about in Sweden?") 85% right.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GoldenConversationTests {

	/**
	 * The floors the test enforces. For the blind sets they are the issue's targets: 90% in scope,
	 * 93% out of scope declined, 85% of follow-ups.
	 */
	static final Map<String, double[]> TARGETS = Map.of("questions.tsv", new double[] { 0.85, 0.80 }, "holdout.tsv",
			new double[] { 0.90, 0.90 }, "blind.tsv", new double[] { 0.90, 0.93 });

	static final Map<String, double[]> ISSUE_TARGETS = Map.of("blind.tsv", new double[] { 0.90, 0.93 });

	/** Share of two-turn conversations whose second message gets the right article. */
	static final Map<String, Double> FOLLOW_UP_FLOOR = Map.of("conversations.tsv", 0.90, "blind-conversations.tsv", 0.85);

	static final double FOLLOW_UP_ISSUE_TARGET = 0.85;

	static final double PER_LANGUAGE_FLOOR = 0.75;

	@Autowired
	Conversation conversation;

	@Autowired
	org.talentbridge.bot.conversation.Phrases phrases;

	@ParameterizedTest
	@ValueSource(strings = { "questions.tsv", "holdout.tsv", "blind.tsv" })
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
			if (!right && !c.expected.equals("unknown") && got.equals("unknown")) {
				boolean honest = !response.replies().isEmpty()
						&& response.replies().get(0).text().startsWith(this.phrases.get(response.language(), "knowledge.unknown"));
				tally.declined += honest ? 1 : 0;
				tally.elsewhere += honest ? 0 : 1;
			}
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
		double[] issue = ISSUE_TARGETS.get(file);
		if (issue != null) {
			report.append(String.format("Issue targets %.0f%% in scope, %.0f%% out of scope: %s%n", 100 * issue[0], 100 * issue[1],
					(all.inScopeRate() >= issue[0] && all.outOfScopeRate() >= issue[1]) ? "met" : "not met"));
		}
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

	@ParameterizedTest
	@ValueSource(strings = { "conversations.tsv", "blind-conversations.tsv" })
	void followsUpOnTheLastAnswerInEveryLanguage(String file) throws IOException {
		List<String[]> conversations = rows(file, 5);
		assertThat(conversations).hasSizeGreaterThanOrEqualTo(24);
		Map<Language, int[]> tallies = new EnumMap<>(Language.class);
		List<String> misses = new ArrayList<>();
		for (String[] c : conversations) {
			Language language = Language.fromCode(c[0]).orElseThrow();
			String user = "golden-" + UUID.randomUUID();
			Response first = this.conversation.handle(IncomingMessage.of(Channel.WEB, user, c[1]));
			Response second = this.conversation.handle(IncomingMessage.of(Channel.WEB, user, c[3]));
			String gotFirst = (first.citation() != null) ? first.citation().articleId() : "unknown";
			String gotSecond = (second.citation() != null) ? second.citation().articleId() : "unknown";
			int[] tally = tallies.computeIfAbsent(language, l -> new int[4]);
			tally[0]++;
			tally[1] += gotSecond.equals(c[4].trim()) ? 1 : 0;
			tally[2] += gotFirst.equals(c[2].trim()) ? 1 : 0;
			tally[3] += (second.language() == language) ? 1 : 0;
			if (!gotSecond.equals(c[4].trim())) {
				misses.add(String.format("  %s %s -> %s | expected %s got %s (first: expected %s got %s)", c[0], c[1], c[3],
						c[4].trim(), gotSecond, c[2].trim(), gotFirst));
			}
		}
		int all = 0;
		int right = 0;
		StringBuilder report = new StringBuilder("\nGolden follow-ups " + file + " (" + conversations.size() + ")\n");
		report.append(String.format("  %-4s %18s %18s %14s%n", "lang", "follow-up right", "first turn right", "reply language"));
		for (Map.Entry<Language, int[]> entry : tallies.entrySet()) {
			int[] t = entry.getValue();
			report.append(String.format("  %-4s %8d/%-3d %5.1f%% %8d/%-3d %5.1f%% %6d/%-3d %5.1f%%%n", entry.getKey().code(), t[1],
					t[0], 100.0 * t[1] / t[0], t[2], t[0], 100.0 * t[2] / t[0], t[3], t[0], 100.0 * t[3] / t[0]));
			all += t[0];
			right += t[1];
		}
		report.append(String.format("  %-4s %8d/%-3d %5.1f%%%n", "all", right, all, 100.0 * right / all));
		report.append("Misses:\n").append(String.join("\n", misses)).append('\n');
		report.append(String.format("  issue target %.0f%%: %s%n", 100 * FOLLOW_UP_ISSUE_TARGET,
				((double) right / all >= FOLLOW_UP_ISSUE_TARGET) ? "met" : "not met"));
		System.out.println(report);
		assertThat((double) right / all).as("follow-ups answered with the right article")
			.isGreaterThanOrEqualTo(FOLLOW_UP_FLOOR.get(file));
	}

	static List<String[]> rows(String file, int columns) throws IOException {
		List<String[]> rows = new ArrayList<>();
		try (InputStream in = GoldenConversationTests.class.getResourceAsStream("/golden/" + file)) {
			assertThat(in).as("golden/" + file).isNotNull();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] row = line.split("\t", columns);
				assertThat(row).as(columns + " tab-separated columns: " + line).hasSize(columns);
				rows.add(row);
			}
		}
		return rows;
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

		/** In-scope questions answered with "I don't know" rather than a wrong article. */
		int declined;

		/** In-scope questions another feature took (small talk, events, a person). */
		int elsewhere;

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
			this.declined += other.declined;
			this.elsewhere += other.elsewhere;
		}

		double inScopeRate() {
			return (this.inScope == 0) ? 1 : (double) this.inScopeRight / this.inScope;
		}

		double outOfScopeRate() {
			return (this.outOfScope == 0) ? 1 : (double) this.outOfScopeRight / this.outOfScope;
		}

		String line(String name) {
			return String.format(
					"  %-4s %8d/%-3d %5.1f%% %8d/%-3d %5.1f%% %6d/%-3d %5.1f%%   %3d declined, %3d elsewhere, %3d wrong%n", name,
					this.inScopeRight, this.inScope, 100 * inScopeRate(), this.outOfScopeRight, this.outOfScope,
					100 * outOfScopeRate(), this.languageRight, this.total, 100.0 * this.languageRight / this.total,
					this.declined, this.elsewhere, this.inScope - this.inScopeRight - this.declined - this.elsewhere);
		}

	}

}
