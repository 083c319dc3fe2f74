package org.talentbridge.bot;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Conventions Modulith does not check: who may talk to Redis, and who may speak to users. */
class ConventionTests {

	static final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.talentbridge.bot");

	@Test
	void onlyTheStoreAndModuleInternalsUseJedis() {
		noClasses().that()
			.resideOutsideOfPackages("org.talentbridge.bot.store..", "org.talentbridge.bot.*.internal..",
					"org.talentbridge.bot.channel.*..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("redis.clients..")
			.because("Redis sits behind each module's small store interface, in its internal packages")
			.check(classes);
	}

	@Test
	void featuresDoNotKnowTheChannels() {
		noClasses().that()
			.resideOutsideOfPackage("org.talentbridge.bot.channel..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.talentbridge.bot.channel..")
			.because("features answer with channel-neutral replies")
			.check(classes);
	}

	@Test
	void nothingPrintsToTheConsole() {
		noClasses().should()
			.accessField(System.class, "out")
			.orShould()
			.accessField(System.class, "err")
			.because("logs go through SLF4J, without personal data")
			.check(classes);
	}

}
