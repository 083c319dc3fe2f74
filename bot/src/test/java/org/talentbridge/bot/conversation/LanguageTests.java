package org.talentbridge.bot.conversation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTests {

	@Test
	void readsCodesAndRegionalForms() {
		assertThat(Language.fromCode("sv")).contains(Language.SV);
		assertThat(Language.fromCode("da-DK")).contains(Language.DA);
		assertThat(Language.fromCode("en_GB")).contains(Language.EN);
		assertThat(Language.fromCode(" DA ")).contains(Language.DA);
	}

	@Test
	void rejectsEverythingElse() {
		assertThat(Language.fromCode("no")).isEmpty();
		assertThat(Language.fromCode("")).isEmpty();
		assertThat(Language.fromCode(null)).isEmpty();
		assertThat(Language.fromCode("swedish")).isEmpty();
	}

}
