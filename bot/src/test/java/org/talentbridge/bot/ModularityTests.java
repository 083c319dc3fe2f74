package org.talentbridge.bot;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** Modules use only each other's API packages and the dependencies their package-info allows. */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(BotApplication.class);

	@Test
	void modulesUseOnlyEachOthersApi() {
		modules.verify();
		assertThat(modules.stream().map(m -> m.getBasePackage().getName()))
			.contains("org.talentbridge.bot.conversation", "org.talentbridge.bot.knowledge",
					"org.talentbridge.bot.channel", "org.talentbridge.bot.store");
	}

	@Test
	void writesModuleDiagram() {
		new Documenter(modules).writeModulesAsPlantUml();
		assertThat(new java.io.File("target/spring-modulith-docs/components.puml")).exists();
	}

}
