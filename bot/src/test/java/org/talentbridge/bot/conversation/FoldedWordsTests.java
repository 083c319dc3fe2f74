package org.talentbridge.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FoldedWordsTests {

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	/** The rule as written out once: fold the whole text, then split it. */
	private static List<String> byTheRule(String text) {
		List<String> words = new ArrayList<>();
		for (String word : NOT_WORD.split(FoldedWords.exactFold(text))) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "  ", "Hej!", "tack så mycket", "Hvordan får jeg et CPR-nummer?", "Malmö–København",
			"ÆBLE, ØRESUND og Århus", "İstanbul ½ ² x³ straße Ǆemal", "CPR nr. 123-456 7,5 %", "naïve café résumé",
			"Привет, как дела?", "これは日本語の文です", "emoji 😀 and 🇩🇰 flags", "e\u0301 combining", "ΣΟΦΟΣ σοφός" })
	void splitsAsTheRule(String text) {
		assertThat(FoldedWords.of(text)).isEqualTo(byTheRule(text));
	}

	@Test
	void foldsEveryLatinCharacterAsTheRule() {
		for (char c = 0; c < FoldedWords.TABLE_END; c++) {
			String text = "a" + c + "b " + c + c + " x" + c;
			assertThat(FoldedWords.of(text)).as("U+%04X", (int) c).isEqualTo(byTheRule(text));
		}
	}

	@Test
	void foldsRandomLatinTextAsTheRule() {
		Random random = new Random(16);
		for (int n = 0; n < 20_000; n++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(40); i > 0; i--) {
				text.append((char) (random.nextBoolean() ? 'a' + random.nextInt(26) : random.nextInt(FoldedWords.TABLE_END)));
			}
			assertThat(FoldedWords.of(text.toString())).as(text.toString()).isEqualTo(byTheRule(text.toString()));
		}
	}

	@Test
	void foldsAccentsAndCase() {
		assertThat(FoldedWords.of("Hej! Malmö, ÆRØ og Göteborg")).containsExactly("hej", "malmo", "aro", "og", "goteborg");
	}

	@Test
	void aTextSplitAgainGivesTheSameWordsWhichNoCallerCanChange() {
		java.util.List<String> first = FoldedWords.of("Hur får jag ett personnummer?");

		assertThat(FoldedWords.of(new String("Hur får jag ett personnummer?"))).isEqualTo(first);
		assertThat(FoldedWords.of("Hvad med i Sverige?")).containsExactly("hvad", "med", "i", "sverige");
		assertThat(FoldedWords.of("Hur får jag ett personnummer?")).containsExactly("hur", "far", "jag", "ett", "personnummer");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> first.add("x"))
			.isInstanceOf(UnsupportedOperationException.class);
	}

}
