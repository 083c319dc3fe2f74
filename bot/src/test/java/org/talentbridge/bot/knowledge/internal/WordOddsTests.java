package org.talentbridge.bot.knowledge.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class WordOddsTests {

	private static WordOdds counted() {
		WordOdds odds = new WordOdds();
		odds.add("cpr number copenhagen", true);
		odds.add("tax card denmark", true);
		odds.add("cpr appointment", true);
		odds.add("weather copenhagen", false);
		odds.add("football", false);
		return odds;
	}

	@Test
	void theOddsAreNaiveBayesWithAddOneSmoothingAndThePrior() {
		// Features: in scope cpr x2, number, copenhagen, tax, card, denmark, appointment, and the stems
		// "numbe~", "copen~", "denma~", "appoi~" (12); out of scope weather, copenhagen, football,
		// "weath~", "copen~", "footb~" (6). 15 distinct features, so a vocabulary of 16.
		double vocabulary = 16;
		double prior = Math.log((3 + 1.0) / (2 + 1.0));
		double cpr = Math.log((2 + 1.0) / (12 + vocabulary)) - Math.log((0 + 1.0) / (6 + vocabulary));
		double copenhagen = Math.log((1 + 1.0) / (12 + vocabulary)) - Math.log((1 + 1.0) / (6 + vocabulary));
		double stem = copenhagen;

		assertThat(counted().logOdds("CPR in Copenhagen")).isCloseTo(prior + cpr + copenhagen + stem, within(1e-12));
	}

	@Test
	void wordsNeverCountedLeaveThePrior() {
		assertThat(counted().logOdds("zz qq")).isCloseTo(Math.log(4.0 / 3.0), within(1e-12));
		assertThat(counted().logOdds("football weather")).isLessThan(0);
		assertThat(counted().logOdds("cpr appointment")).isGreaterThan(Math.log(4.0 / 3.0));
	}

	@Test
	void countingAfterTheFirstQuestionIsRefused() {
		WordOdds odds = counted();
		odds.logOdds("cpr");

		assertThatThrownBy(() -> odds.add("more", true)).isInstanceOf(IllegalStateException.class);
	}

}
