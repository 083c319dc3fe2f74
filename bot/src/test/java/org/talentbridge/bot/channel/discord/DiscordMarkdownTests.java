package org.talentbridge.bot.channel.discord;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DiscordMarkdownTests {

	@Test
	void escapesMarkdownAndMentionsButNotLinks() {
		assertThat(DiscordMarkdown.escape("*a* _b_ ~~c~~ `d` ||e|| [f](g) <@1> <@&2> @everyone @here"))
			.isEqualTo("\\*a\\* \\_b\\_ \\~\\~c\\~\\~ \\`d\\` \\|\\|e\\|\\| \\[f\\](g) \\<@1\\> \\<@&2\\> \\@everyone \\@here");
		assertThat(DiscordMarkdown.escape("See https://www.skatteverket.se/privat/folkbokforing_och_id.html, or "
				+ "(https://ihcph.kk.dk)."))
			.isEqualTo("See https://www.skatteverket.se/privat/folkbokforing_och_id.html, or (https://ihcph.kk.dk).");
		assertThat(DiscordMarkdown.escape("# Title\n> quote\n- item\n1. first\nnot-a-list 2. x"))
			.isEqualTo("\\# Title\n\\> quote\n\\- item\n1\\. first\nnot-a-list 2\\. x");
		assertThat(DiscordMarkdown.escape("a\\b")).isEqualTo("a\\\\b");
		// Discord finds @here even inside words; only whole words of other names are left alone.
		assertThat(DiscordMarkdown.escape("mail me@here.dk or @heretic")).isEqualTo("mail me\\@here.dk or @heretic");
	}

	@Test
	void splitsAtParagraphsThenLinesThenWords() {
		String paragraph = "word ".repeat(150).strip();
		List<String> parts = DiscordMarkdown.render(paragraph + "\n\n" + paragraph + "\n\n" + paragraph, 2000);
		assertThat(parts).hasSize(2);
		assertThat(parts.get(0)).isEqualTo(paragraph + "\n\n" + paragraph);
		List<String> words = DiscordMarkdown.render("word ".repeat(1000), 2000);
		assertThat(words).hasSize(3).allSatisfy(part -> assertThat(part).startsWith("word").endsWith("word"));
	}

	@Test
	void neverBreaksAnEscapeASurrogatePairOrALink() {
		String text = "*".repeat(1500) + "😀".repeat(700) + " https://example.org/" + "a".repeat(900) + " end";
		List<String> parts = DiscordMarkdown.render(text, 2000);
		for (String part : parts) {
			assertThat(part.length()).isLessThanOrEqualTo(2000);
			assertThat(trailingBackslashes(part) % 2).as("no dangling escape").isZero();
			assertThat(Character.isHighSurrogate(part.charAt(part.length() - 1))).isFalse();
			assertThat(Character.isLowSurrogate(part.charAt(0))).isFalse();
		}
		assertThat(parts).anySatisfy(part -> assertThat(part).contains("https://example.org/" + "a".repeat(900)));
		assertThat(unescape(String.join("", parts)).replace(" ", "")).isEqualTo(text.replace(" ", ""));
	}

	@Test
	void randomTextSurvivesEscapingAndSplitting() {
		Random random = new Random(42);
		String alphabet = "ab *_~`|<>[]#-\\@\n\n\t😀é1.";
		for (int round = 0; round < 300; round++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(6000);
			for (int i = 0; i < length; i++) {
				int at = random.nextInt(alphabet.length());
				char c = alphabet.charAt(at);
				if (Character.isSurrogate(c)) {
					text.append("😀");
				}
				else {
					text.append(c);
				}
			}
			if (random.nextInt(5) == 0) {
				text.append(" @everyone ").append("x".repeat(random.nextInt(3000)));
			}
			List<String> parts = DiscordMarkdown.render(text.toString(), 2000);
			assertThat(parts).isNotEmpty();
			for (String part : parts) {
				assertThat(part.length()).isBetween(1, 2000);
				assertThat(trailingBackslashes(part) % 2).isZero();
			}
			String joined = String.join("", parts);
			assertThat(unescape(joined).replaceAll("\\s", "")).isEqualTo(text.toString().replaceAll("\\s", ""));
			assertThat(joined).doesNotContainPattern("(?<!\\\\)@everyone");
		}
	}

	private static int trailingBackslashes(String text) {
		int count = 0;
		for (int i = text.length() - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
			count++;
		}
		return count;
	}

	/** What Discord shows: a backslash before punctuation is dropped. */
	static String unescape(String markdown) {
		return markdown.replaceAll("\\\\(\\p{Punct})", "$1");
	}

}
