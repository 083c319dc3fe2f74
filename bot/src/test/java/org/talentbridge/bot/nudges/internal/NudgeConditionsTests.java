package org.talentbridge.bot.nudges.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.nudges.GraduateProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The campaign files as they are: who gets which message, timed from which day, saying what. A
 * nudge that could mislead (the cross-border message to a non-EU graduate, a Swedish permit
 * deadline counted from the wrong day, the Establishment Card to a degree that does not qualify)
 * fails here.
 */
class NudgeConditionsTests {

	static final List<Nudge> NUDGES = load();

	static final LocalDate GRADUATION = LocalDate.of(2027, 6, 15);

	static final LocalDate PERMIT_EXPIRES = LocalDate.of(2027, 9, 30);

	static List<Nudge> load() {
		Set<String> ids = new java.util.HashSet<>();
		for (var file : new java.io.File("../knowledge-base/articles").listFiles((d, n) -> n.endsWith(".md"))) {
			ids.add(file.getName().replace(".md", ""));
		}
		try (var files = java.nio.file.Files.list(java.nio.file.Path.of("../knowledge-base/nudges"))) {
			return files.filter(p -> p.toString().endsWith(".yml")).sorted().map(p -> {
				try {
					return NudgeFiles.parse(p.getFileName().toString(), java.nio.file.Files.readString(p), ids);
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}).toList();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	static GraduateProfile graduate(String country, boolean eu, String degree, LocalDate permitExpires) {
		return new GraduateProfile("web:g", "a university", degree, GRADUATION, country, eu, permitExpires,
				java.time.Instant.EPOCH, null);
	}

	static Set<String> applying(GraduateProfile profile) {
		return NUDGES.stream().filter(n -> n.appliesTo(profile)).map(Nudge::id).collect(Collectors.toSet());
	}

	static Nudge nudge(String id) {
		return NUDGES.stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
	}

	static LocalDate day(GraduateProfile profile, Nudge nudge) {
		return NudgeSender.due(profile, nudge).atZone(ZoneId.of("Europe/Copenhagen")).toLocalDate();
	}

	@Test
	void aNudgeForEuCitizensNamesSwissCitizensTooAsTheProfileQuestionCountsThem() {
		// "Are you a citizen of an EU/EEA country, Switzerland or a Nordic country?": yes covers the Swiss.
		Map<Language, String> swiss = Map.of(Language.EN, "Swiss", Language.SV, "schweizisk", Language.DA, "schweizisk");
		List<Nudge> forEu = NUDGES.stream().filter(n -> Boolean.TRUE.equals(n.eu())).toList();
		assertThat(forEu).isNotEmpty();
		for (Nudge n : forEu) {
			for (Language language : Language.values()) {
				if (n.text(language).contains("EU")) {
					assertThat(n.text(language)).as(n.id() + " " + language).contains(swiss.get(language));
				}
			}
		}
	}

	@Test
	void theCrossBorderLivingAndWorkingMessageGoesOnlyToEuEeaAndNordicGraduates() {
		for (String country : List.of("DK", "SE")) {
			Set<String> eu = applying(graduate(country, true, "master", null));
			Set<String> nonEu = applying(graduate(country, false, "master", null));
			assertThat(eu).contains("graduation-day-options", "eu-cross-border-work").doesNotContain("graduation-day-options-permit");
			assertThat(nonEu).contains("graduation-day-options-permit").doesNotContain("graduation-day-options", "eu-cross-border-work");
		}
		Map<Language, String> otherSide = Map.of(Language.EN, "work on the other", Language.SV, "arbeta på den andra",
				Language.DA, "arbejde på den anden");
		for (Nudge n : NUDGES) {
			if (n.appliesTo(graduate("DK", false, "master", null)) || n.appliesTo(graduate("SE", false, "master", null))) {
				for (Language language : Language.values()) {
					assertThat(n.text(language)).as(n.id() + " " + language).doesNotContain(otherSide.get(language));
				}
			}
		}
		assertThat(nudge("graduation-day-options").text(Language.EN)).contains("live on one side of the Öresund and work on the other");
	}

	@Test
	void nonEuGraduatesAreToldTheirPermitIsForTheCountryThatIssuedIt() {
		Nudge rule = nudge("graduation-day-options-permit");
		assertThat(rule.offsetDays()).isZero();
		assertThat(rule.text(Language.EN)).contains("for the country that issued it", "lose it", "does not let you work in Denmark");
		assertThat(rule.text(Language.SV)).contains("gäller i landet som utfärdade det", "förlorar du det");
		assertThat(rule.text(Language.DA)).contains("gælder i det land, der har udstedt den", "mister du den");
	}

	@Test
	void swedishPostStudyNudgesCountFromTheStudyPermitsExpiryWhenTheGraduateGaveIt() {
		GraduateProfile known = graduate("SE", false, "master", PERMIT_EXPIRES);
		GraduateProfile unknown = graduate("SE", false, "master", null);
		for (String id : List.of("se-apply-before-permit-ends", "se-permit-deadline-close", "se-job-seeking-permit-ending")) {
			Nudge n = nudge(id);
			assertThat(n.from()).as(id).isEqualTo(Nudge.From.STUDY_PERMIT_EXPIRY);
			assertThat(day(known, n)).as(id).isEqualTo(PERMIT_EXPIRES.plusDays(n.offsetDays()));
			assertThat(day(unknown, n)).as(id + " without the date").isEqualTo(GRADUATION.plusDays(n.offsetDays()));
			assertThat(n.text(Language.EN, known)).as(id).isEqualTo(n.text(Language.EN));
			assertThat(n.text(Language.EN, unknown)).as(id).isEqualTo(n.textWithoutDate().get(Language.EN));
			assertThat(n.text(Language.EN, unknown)).as(id).containsPattern("permit card");
			assertThat(n.text(Language.SV, unknown)).as(id).contains("tillståndskort");
			assertThat(n.text(Language.DA, unknown)).as(id).contains("opholdskort");
		}
		// The Danish and EU graduates are never counted from a Swedish permit.
		assertThat(applying(graduate("DK", false, "master", PERMIT_EXPIRES))).doesNotContain("se-apply-before-permit-ends");
		assertThat(applying(graduate("SE", true, "master", PERMIT_EXPIRES))).doesNotContain("se-apply-before-permit-ends",
				"se-permit-deadline-close", "se-job-seeking-permit-ending");
	}

	@Test
	void theSwedishApplicationNudgesSayAllCoursesMustBePassedFirst() {
		GraduateProfile known = graduate("SE", false, "master", PERMIT_EXPIRES);
		GraduateProfile unknown = graduate("SE", false, "master", null);
		for (String id : List.of("se-apply-before-permit-ends", "se-permit-deadline-close")) {
			for (GraduateProfile p : List.of(known, unknown)) {
				assertThat(nudge(id).text(Language.EN, p)).as(id).contains("all your courses", "before your study permit expires");
				assertThat(nudge(id).text(Language.SV, p)).as(id).contains("kurser är godkända");
				assertThat(nudge(id).text(Language.DA, p)).as(id).contains("kurser er bestået");
			}
		}
	}

	@Test
	void aReminderComesBeforeTheTwelveMonthPermitToLookForWorkEnds() {
		Nudge ending = nudge("se-job-seeking-permit-ending");
		assertThat(ending.offsetDays()).isBetween(240, 364);
		assertThat(applying(graduate("SE", false, "master", PERMIT_EXPIRES))).contains(ending.id());
		for (Language language : Language.values()) {
			assertThat(ending.text(language)).contains("12");
		}
		assertThat(ending.text(Language.EN)).contains("work permit", "before it expires");
	}

	@Test
	void theEstablishmentCardNudgesGoOnlyToNonEuGraduatesWhoseDanishDegreeQualifies() {
		for (String id : List.of("dk-establishment-card-window", "dk-establishment-card-deadline")) {
			for (String degree : List.of("bachelor", "master", "phd")) {
				assertThat(applying(graduate("DK", false, degree, null))).as(id + " " + degree).contains(id);
			}
			assertThat(applying(graduate("DK", false, "other", null))).as(id + " academy profession").doesNotContain(id);
			assertThat(applying(graduate("DK", true, "master", null))).as(id + " EU").doesNotContain(id);
			assertThat(applying(graduate("SE", false, "master", null))).as(id + " Swedish degree").doesNotContain(id);
		}
		Nudge window = nudge("dk-establishment-card-window");
		assertThat(window.text(Language.EN)).contains("extended by one more year if you then work in a job relevant to your degree");
		assertThat(window.text(Language.SV)).contains("relevant för din utbildning");
		assertThat(window.text(Language.DA)).contains("relevant for din uddannelse");
	}

	@Test
	void aReminderComesBeforeTheOneYearEstablishmentCardDeadline() {
		Nudge deadline = nudge("dk-establishment-card-deadline");
		assertThat(deadline.offsetDays()).isBetween(nudge("dk-establishment-card-window").offsetDays() + 1, 364);
		assertThat(deadline.text(Language.EN)).contains("no later than one year after you completed");
		assertThat(deadline.text(Language.SV)).contains("senast ett år efter");
		assertThat(deadline.text(Language.DA)).contains("senest et år efter");
	}

	@Test
	void aNudgeFromTheStudyPermitsExpiryNeedsTheSwedishNonEuConditionsAndATextWithoutTheDate() {
		String base = """
				id: x
				offset-days: -30
				from: study-permit-expiry
				conditions:
				  country: SE
				  eu: false
				text: {en: a, sv: b, da: c}
				""";
		String withoutDate = "text-without-date: {en: d, sv: e, da: f}\n";
		assertThat(NudgeFiles.parse("x.yml", base + withoutDate, Set.of()).from()).isEqualTo(Nudge.From.STUDY_PERMIT_EXPIRY);
		assertThatThrownBy(() -> NudgeFiles.parse("x.yml", base, Set.of())).hasMessageContaining("text-without-date");
		assertThatThrownBy(() -> NudgeFiles.parse("x.yml", base.replace("country: SE", "country: DK") + withoutDate, Set.of()))
			.hasMessageContaining("needs conditions country: SE and eu: false");
		assertThatThrownBy(() -> NudgeFiles.parse("x.yml", base.replace("study-permit-expiry", "permit") + withoutDate, Set.of()))
			.hasMessageContaining("field 'from' must be graduation or study-permit-expiry");
		assertThatThrownBy(() -> NudgeFiles.parse("x.yml", base.replace("from: study-permit-expiry\n", "") + withoutDate, Set.of()))
			.hasMessageContaining("only for nudges from: study-permit-expiry");
	}

}
