package org.talentbridge.bot.knowledge.internal;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.knowledge.Article;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Facts a check against the official pages found wrong stay right, in every language: the DK-SE
 * home-working exemption is applied for and limited, the Establishment Card takes a bachelor, the
 * coordination number is never the employer's to request, an authority is linked at the page that
 * answers rather than at its homepage, International House Copenhagen's old address is gone, and
 * the articles that filled the gaps carry questions, sources and dates in all three languages.
 * Runs over the copy packaged in the jar, which is what users are answered from.
 */
class CorrectedFactsTests {

	static final Map<String, Article> ARTICLES = KnowledgeSource.packaged()
		.load(LocalDate.now(ZoneId.of("Europe/Copenhagen")))
		.articles()
		.stream()
		.collect(Collectors.toMap(Article::id, Function.identity()));

	/**
	 * Authorities whose homepage never answers a question on its own: each has a page of the
	 * permit, number, card or scheme, and that page is the one to link.
	 */
	static final List<String> DEEP_LINKED = List.of("migrationsverket.se", "skatteverket.se", "nyidanmark.dk", "skat.dk",
			"skm.dk", "forsakringskassan.se", "borger.dk", "star.dk", "bm.dk", "forskarskattenamnden.se",
			"transportstyrelsen.se", "fstyr.dk", "uhr.se", "ufm.dk", "pensionsmyndigheten.se", "skolverket.se",
			"arbetsformedlingen.se", "cpr.dk", "1177.se");

	/** The articles written for the topics newcomers asked about and got "I don't know". */
	static final List<String> NEW_TOPICS = List.of("dk-family-reunification", "se-family-reunification",
			"dk-daycare-and-school", "se-preschool-and-school", "se-health-care", "dk-doctor-change-and-1813",
			"se-bank-account-and-swish", "se-income-tax-return", "dk-partner-job-search", "se-partner-job-search",
			"xb-unemployment-commuters", "dk-driving-licence", "se-driving-licence", "dk-start-up-denmark",
			"se-self-employment-permit", "dk-pension-when-leaving", "se-pension-when-leaving", "xb-child-benefit",
			"dk-recognition-of-qualifications", "se-recognition-of-qualifications", "xb-non-eu-commuting",
			"region-culture-and-leisure");

	private static final Pattern URL = Pattern.compile("https?://[^\\s)]+");

	static String body(String id, Language language) {
		assertThat(ARTICLES).as(id).containsKey(id);
		return ARTICLES.get(id).section(language).orElseThrow(() -> new AssertionError(id + " has no " + language)).body();
	}

	@Test
	void theDanishSwedishHomeWorkingExemptionIsAppliedForThroughTheA1AndLastsAtMostThreeYears() {
		String id = "xb-social-security-a1";
		assertThat(body(id, Language.EN)).contains("not automatic", "apply for an exemption", "A1 certificate",
				"at most three years");
		assertThat(body(id, Language.SV)).contains("inte automatiskt", "ansöka om dispens", "A1-intyget", "högst tre år");
		assertThat(body(id, Language.DA)).contains("ikke automatisk", "søge om dispensation", "A1-attesten", "højst tre år");
	}

	@Test
	void theEstablishmentCardTakesAProfessionalBachelorAndABachelorInEveryLanguage() {
		String id = "dk-establishment-card";
		assertThat(body(id, Language.EN)).contains("professional bachelor, bachelor, master's or PhD");
		assertThat(body(id, Language.SV)).contains("professionsbachelor-, bachelor-");
		assertThat(body(id, Language.DA)).contains("professionsbachelor-, bachelor-");
	}

	@Test
	void theCoordinationNumberIsRequestedByAnAuthorityAnEducationProviderOrThePersonNeverAnEmployer() {
		String id = "se-coordination-number";
		assertThat(body(id, Language.EN)).contains("authority", "education provider", "apply yourself",
				"An employer cannot request it");
		assertThat(body(id, Language.SV)).contains("myndighet", "utbildningsanordnare", "ansöker du själv",
				"En arbetsgivare kan inte begära det");
		assertThat(body(id, Language.DA)).contains("myndighed", "uddannelsesinstitution", "selv ansøge",
				"En arbejdsgiver kan ikke anmode om det");
	}

	@Test
	void noArticleLinksTheBareHomepageOfAnAuthorityWhoseOwnPageAnswers() {
		List<String> bare = new ArrayList<>();
		for (Article article : ARTICLES.values()) {
			List<String> links = new ArrayList<>(article.sources());
			article.sections().values().forEach(section -> links.addAll(links(section.body())));
			links.stream().filter(CorrectedFactsTests::bareAuthorityHomepage).distinct()
				.forEach(link -> bare.add(article.file() + ": " + link));
		}
		assertThat(bare).as("link the authority's page of the permit, number or scheme instead of its homepage").isEmpty();
	}

	@Test
	void aBareHomepageIsToldFromADeepPage() {
		assertThat(bareAuthorityHomepage("https://www.migrationsverket.se")).isTrue();
		assertThat(bareAuthorityHomepage("https://skatteverket.se/")).isTrue();
		assertThat(bareAuthorityHomepage("https://lifeindenmark.borger.dk")).isTrue();
		assertThat(bareAuthorityHomepage("https://www.migrationsverket.se/en/you-want-to-apply/work.html")).isFalse();
		assertThat(bareAuthorityHomepage("https://www.skat.dk/skat.aspx?oid=2244911")).isFalse();
		assertThat(bareAuthorityHomepage("https://www.mediconvillage.se")).isFalse();
		assertThat(links("Apply at https://skatteverket.se. Or (https://www.nyidanmark.dk/en-GB), then"))
			.containsExactly("https://skatteverket.se", "https://www.nyidanmark.dk/en-GB");
	}

	@Test
	void theArticlesForTheTopicsNewcomersMissedHaveQuestionsSourcesAndDatesInEveryLanguage() {
		assertThat(NEW_TOPICS).hasSizeGreaterThanOrEqualTo(20).doesNotHaveDuplicates();
		for (String id : NEW_TOPICS) {
			Article article = ARTICLES.get(id);
			assertThat(article).as(id).isNotNull();
			assertThat(article.sections().keySet()).as(id + " sections").containsExactlyInAnyOrder(Language.values());
			for (Language language : Language.values()) {
				assertThat(article.questions().getOrDefault(language, List.of())).as(id + " questions " + language)
					.hasSizeGreaterThanOrEqualTo(3);
			}
			assertThat(article.sources()).as(id + " sources").isNotEmpty().allMatch(source -> source.startsWith("https://"));
			assertThat(article.validUntil()).as(id + " valid-until").isAfter(article.checked())
				.isBeforeOrEqualTo(article.checked().plusYears(1));
		}
	}

	@Test
	void noEventOrArticleGivesInternationalHouseCopenhagensOldAddress() {
		Map<String, String> events = KnowledgeSource.packaged().files("events/*.yml");
		assertThat(events).isNotEmpty();
		List<String> old = new ArrayList<>();
		events.forEach((file, content) -> {
			if (content.contains("Gyldenløvesgade")) {
				old.add("events/" + file);
			}
		});
		ARTICLES.values().forEach(article -> article.sections().forEach((language, section) -> {
			if (section.body().contains("Gyldenløvesgade")) {
				old.add(article.file() + " (" + language.code() + ")");
			}
		}));
		assertThat(old).as("International House Copenhagen left Gyldenløvesgade 11 in 2022").isEmpty();
		for (Language language : Language.values()) {
			assertThat(body("dk-international-house-copenhagen", language)).contains("Nyropsgade 1, 1602 København V");
		}
		assertThat(events.values()).anyMatch(content -> content.contains("International House Copenhagen, Nyropsgade 1"));
	}

	static List<String> links(String text) {
		List<String> links = new ArrayList<>();
		Matcher matcher = URL.matcher(text);
		while (matcher.find()) {
			links.add(matcher.group().replaceAll("[.,;:]+$", ""));
		}
		return links;
	}

	static boolean bareAuthorityHomepage(String link) {
		URI uri;
		try {
			uri = URI.create(link);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		String host = uri.getHost();
		String path = uri.getRawPath() == null ? "" : uri.getRawPath();
		boolean authority = host != null
				&& DEEP_LINKED.stream().anyMatch(domain -> host.equals(domain) || host.endsWith("." + domain));
		return authority && (path.isEmpty() || path.equals("/")) && uri.getRawQuery() == null;
	}

}
