package org.talentbridge.bot.knowledge.internal;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.talentbridge.bot.knowledge.Article;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An amount in kroner or euro that changes every year reads as today's long after it stopped being
 * so: every sentence that states one names the year it is from, and every article that states one
 * cites a page of an authority where the current figure can be looked up. Runs over the copy packaged
 * in the jar, which is what users are answered from.
 */
class YearlyFiguresTests {

	private static final String NUMBER = "\\d(?:[\\d.,\\u00a0 ]*\\d)?";

	/** "DKK 514,000", "514 000 danska kronor", "514.000 kr.", "SEK 35.5 million", "10.000 euro". */
	static final Pattern AMOUNT = Pattern.compile("\\b(?:DKK|SEK|EUR)\\s?" + NUMBER + "|" + NUMBER
			+ "\\s?(?:(?:million|millioner|miljoner|mio\\.?)\\s)?(?:(?:danska|svenska|danske|svenske)\\s)?"
			+ "(?:DKK|SEK|EUR|kr\\.?|kronor|kroner|euro)(?!\\p{L})");

	private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])(?:19|20)\\d{2}(?!\\d)");

	private static final Pattern URL = Pattern.compile("https?://\\S+");

	/** A full stop, question or exclamation mark before the next capital or digit ends a sentence. */
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\d])");

	/**
	 * Authorities (and the public information services of the Nordic Council and the Öresund
	 * region) whose pages state a figure as it applies; a source on one of these, or a subdomain,
	 * counts as official.
	 */
	static final List<String> OFFICIAL = List.of(
			// Denmark: agencies, ministries, municipalities and regions
			"nyidanmark.dk", "skat.dk", "skm.dk", "bm.dk", "star.dk", "borger.dk", "fstyr.dk", "erhvervsstyrelsen.dk",
			"virk.dk", "jobnet.dk", "workindenmark.dk", "cpr.dk", "uvm.dk", "politi.dk", "um.dk", "retsinformation.dk",
			"ft.dk", "kk.dk", "aarhus.dk", "odense.dk", "esbjerg.dk", "sonderborgkommune.dk", "regionh.dk",
			// Sweden
			"skatteverket.se", "migrationsverket.se", "forskarskattenamnden.se", "forsakringskassan.se",
			"transportstyrelsen.se", "trafikverket.se", "arbetsformedlingen.se", "verksamt.se", "skolverket.se",
			"1177.se", "riksdagen.se", "regeringen.se", "gov.se", "lund.se", "malmo.se",
			// across the border
			"oresunddirekt.dk", "oresunddirekt.se", "norden.org", "europa.eu");

	/**
	 * Amounts fixed in law rather than set again each year, allowed without a year. Each names its
	 * article and the amount in digits; anything else in the same sentence is still checked.
	 */
	static final List<FixedAmount> FIXED = List.of(
			// The VAT Act's registration limit (momsloven § 48) is a set sum, not indexed: skm.dk lists
			// DKK 50,000 for 2024 and for 2025 alike, so a year next to it would suggest it changes.
			new FixedAmount("dk-start-up-denmark", "50000"));

	@Test
	void everyAmountInAnArticleSaysWhichYearItIsFrom() {
		List<String> undated = new ArrayList<>();
		for (Article article : packagedArticles()) {
			article.sections().forEach((language, section) -> undatedAmounts(article.id(), section.body())
				.forEach(sentence -> undated.add(article.file() + " (" + language.code() + "): " + sentence)));
		}
		assertThat(undated).as("sentences stating an amount without the year it applies to; add the year ("
				+ "\"DKK 514,000 a year in 2025\"), or list a fixed sum set by law in FIXED with the reason")
			.isEmpty();
	}

	@Test
	void everyAmountInTheGuideAndTheNudgesSaysWhichYearItIsFrom() {
		List<String> undated = new ArrayList<>();
		for (String folder : List.of("guide", "nudges")) {
			KnowledgeSource.packaged().files(folder + "/*.yml").forEach((file, content) -> undatedAmounts("", content)
				.forEach(sentence -> undated.add(folder + "/" + file + ": " + sentence)));
		}
		assertThat(undated).as("guide steps and nudges stating an amount without its year").isEmpty();
	}

	@Test
	void everyArticleStatingAnAmountCitesAnOfficialPage() {
		List<String> unofficial = new ArrayList<>();
		for (Article article : packagedArticles()) {
			boolean statesAmount = article.sections().values().stream().anyMatch(s -> AMOUNT.matcher(s.body()).find());
			if (statesAmount && article.sources().stream().noneMatch(YearlyFiguresTests::official)) {
				unofficial.add(article.file() + " " + article.sources());
			}
		}
		assertThat(unofficial).as("articles with amounts but no source on an authority's site (see OFFICIAL)").isEmpty();
	}

	@Test
	void aSentenceWithAnAmountAndNoYearIsFound() {
		assertThat(undatedAmounts("dk-x", "The fee is DKK 6,290. It changes every year.")).containsExactly("The fee is DKK 6,290.");
		assertThat(undatedAmounts("dk-x", "The fee was DKK 6,290 in 2024. It changes every year.")).isEmpty();
		assertThat(undatedAmounts("se-x", "Kortet kostar 400 kronor.\n- gränsen var 393.000 kr. om året i 2024"))
			.containsExactly("Kortet kostar 400 kronor.");
		assertThat(undatedAmounts("se-x", "- minst 200 000 svenske kroner, plus 100.000 til ægtefælle")).hasSize(1);
		assertThat(undatedAmounts("xb-x", "Fradraget er 50 kr. pr. passage (2025-2026).")).isEmpty();
		assertThat(undatedAmounts("dk-x", "Capped at DKK 21,092 a month: https://bm.dk/satser/satser-for-2025/dagpenge")).hasSize(1);
		// the amount itself is no year, however it is written
		assertThat(undatedAmounts("se-x", "The test costs SEK 2000.")).containsExactly("The test costs SEK 2000.");
		assertThat(undatedAmounts("se-x", "It was 2 025 kronor.")).hasSize(1);
		// no amount, no demand: percentages, distances, phone numbers, currency names alone
		assertThat(undatedAmounts("dk-x", "Call 1813. Up to 90% of your pay, paid in DKK to a Danish account, within 15 km."))
			.isEmpty();
		assertThat(undatedAmounts("dk-x", "It is 55 krav.")).isEmpty();
	}

	@Test
	void aFixedAmountIsAllowedOnlyInItsOwnArticle() {
		String sentence = "It is required once sales pass DKK 50,000 a year.";
		assertThat(undatedAmounts("dk-start-up-denmark", sentence)).isEmpty();
		assertThat(undatedAmounts("dk-tax-card", sentence)).containsExactly(sentence);
		assertThat(undatedAmounts("dk-start-up-denmark", "Sales over DKK 50,000 a year and a fee of DKK 1,300.")).hasSize(1);
	}

	@Test
	void onlyAnAuthoritysOwnSiteIsOfficial() {
		assertThat(official("https://www.nyidanmark.dk/en-GB/You-want-to-apply/Work/Pay-limit-scheme")).isTrue();
		assertThat(official("https://lifeindenmark.borger.dk/working-in-denmark")).isTrue();
		assertThat(official("https://skat.dk/skat.aspx?oid=2244504&vid=0&lang=us")).isTrue();
		assertThat(official("https://notskat.dk/forskerskatteordningen")).isFalse();
		assertThat(official("https://skat.dk.example.org/rates")).isFalse();
		assertThat(official("https://www.alfakassan.se/new-rules")).isFalse();
		assertThat(official("not a url")).isFalse();
	}

	/** The sentences of {@code text} that state an amount but no year, apart from the article's fixed amounts. */
	static List<String> undatedAmounts(String articleId, String text) {
		Set<String> fixed = Set.copyOf(FIXED.stream().filter(f -> f.article().equals(articleId)).map(FixedAmount::digits).toList());
		List<String> undated = new ArrayList<>();
		for (String line : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
			for (String sentence : SENTENCE_END.split(line)) {
				// a link's path is no part of what the reader is told ("satser-for-2025")
				String told = URL.matcher(sentence).replaceAll(" ");
				Matcher amounts = AMOUNT.matcher(told);
				boolean unlisted = false;
				while (amounts.find()) {
					unlisted |= !fixed.contains(amounts.group().replaceAll("\\D", ""));
				}
				// the amounts come out before looking for a year, so "SEK 2000" is not the year 2000
				if (unlisted && !YEAR.matcher(AMOUNT.matcher(told).replaceAll(" ")).find()) {
					undated.add(sentence);
				}
			}
		}
		return undated;
	}

	static boolean official(String source) {
		String host;
		try {
			host = URI.create(source).getHost();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return host != null && OFFICIAL.stream().anyMatch(domain -> host.equals(domain) || host.endsWith("." + domain));
	}

	private static List<Article> packagedArticles() {
		List<Article> articles = KnowledgeSource.packaged().load(LocalDate.now(ZoneId.of("Europe/Copenhagen"))).articles();
		assertThat(articles).hasSizeGreaterThan(50);
		return articles;
	}

	record FixedAmount(String article, String digits) {
	}

}
