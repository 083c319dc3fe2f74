package org.talentbridge.bot.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

import org.talentbridge.bot.BotApplication;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A broken article stops startup, and the message names the file and the field. */
class MalformedKnowledgeBaseTests {

	@Test
	void startupFailsNamingFileAndField(@TempDir Path folder) throws IOException {
		Path articles = Files.createDirectories(folder.resolve("articles"));
		TestKnowledgeBases.copyAlone("dk-mitid", articles);
		Files.writeString(articles.resolve("se-broken.md"), Files.readString(articles.resolve("dk-mitid.md"))
			.replace("id: dk-mitid", "id: se-broken")
			.replace("country: DK", "country: Sweden"));
		assertThatThrownBy(() -> new SpringApplicationBuilder(BotApplication.class)
			.run("--server.port=0", "--bot.knowledge.path=" + folder, "--bot.store.data-dir=" + folder.resolve("data"))
			.close()).hasStackTraceContaining("Knowledge base: articles/se-broken.md: field 'country'");
	}

}
