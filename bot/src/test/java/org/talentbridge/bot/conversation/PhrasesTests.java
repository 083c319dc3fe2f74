package org.talentbridge.bot.conversation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The English, Swedish and Danish phrase bundles stay in sync, placeholders included. */
class PhrasesTests {

	private final Phrases phrases = new Phrases();

	@Test
	void everyLanguageHasEveryPhrase() {
		Set<String> english = this.phrases.keys(Language.EN);
		assertThat(english).isNotEmpty();
		for (Language language : Language.values()) {
			assertThat(new TreeSet<>(this.phrases.keys(language))).as(language + " phrases").isEqualTo(new TreeSet<>(english));
		}
	}

	@Test
	void placeholdersMatchAcrossLanguages() {
		for (String key : this.phrases.keys(Language.EN)) {
			Set<String> expected = placeholders(this.phrases.get(Language.EN, key));
			for (Language language : Language.values()) {
				assertThat(placeholders(this.phrases.get(language, key))).as(language + " " + key).isEqualTo(expected);
			}
		}
	}

	@Test
	void fillsPlaceholdersAndFailsOnUnknownKeys() {
		assertThat(this.phrases.get(Language.SV, "command.unknown", "/foo")).contains("/foo").doesNotContain("{0}");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> this.phrases.get(Language.EN, "no.such.phrase"));
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = Pattern.compile("\\{\\d+}").matcher(text);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}

}
