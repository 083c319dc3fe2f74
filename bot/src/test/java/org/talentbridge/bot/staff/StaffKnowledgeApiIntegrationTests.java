package org.talentbridge.bot.staff;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.talentbridge.bot.knowledge.KnowledgeFolders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Curating the knowledge base over the staff API: an example question added is answered at once,
 * articles are read, changed, made and exported in the repository's format, every mistake is named
 * as the loader names it, and a file changed on disk under a staff edit shows as a conflict.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bot.staff.api-token=test-staff-token", "bot.knowledge.retrain-after=1h" })
class StaffKnowledgeApiIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Path FOLDER = KnowledgeFolders.copy("staff-knowledge-api");

	@DynamicPropertySource
	static void knowledgeBase(DynamicPropertyRegistry registry) {
		registry.add("bot.knowledge.path", FOLDER::toString);
	}

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> call(String method, String path, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.method(method, (body == null) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer test-staff-token");
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** What the web chat answers a new person: the article's id, or null for "I don't know". */
	String answered(String question) throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/chat"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("text", question, "language", "en"))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode answer = JSON.readTree(response.body()).path("answer");
		return answer.isNull() || answer.isMissingNode() ? null : answer.path("articleId").asString();
	}

	@Test
	void anUnansweredQuestionAddedAsAnExampleIsAnsweredWithThatArticleAtOnce() throws Exception {
		String question = "Where can I rent a canoe for the weekend?";
		assertThat(answered(question)).as("not answered before").isNull();
		JsonNode listed = JSON.readTree(call("GET", "/api/staff/knowledge/unanswered", null).body());
		JsonNode entry = null;
		for (JsonNode node : listed) {
			if (node.path("text").asString().equals(question)) {
				entry = node;
			}
		}
		assertThat(entry).as("on the unanswered list").isNotNull();
		assertThat(entry.path("language").asString()).isEqualTo("en");
		assertThat(entry.path("guesses").size()).as("the bot's best guesses").isBetween(1, 3);

		HttpResponse<String> added = call("POST", "/api/staff/knowledge/articles/region-culture-and-leisure/questions",
				"{\"language\": \"en\", \"question\": \"" + question + "\"}");
		assertThat(added.statusCode()).isEqualTo(201);
		JsonNode article = JSON.readTree(added.body());
		assertThat(article.path("languages").path("en").path("questions").toString()).contains(question);
		assertThat(article.path("state").asString()).isEqualTo("edited");
		assertThat(article.path("versions").get(article.path("versions").size() - 1).path("what").asString())
			.contains("added the example question (en)");

		assertThat(answered(question)).isEqualTo("region-culture-and-leisure");
		assertThat(answered("where can i rent a CANOE for the weekend")).as("the same words").isEqualTo("region-culture-and-leisure");
		assertThat(answered("What is a CPR number and why does everyone ask for it?")).as("others as before")
			.isEqualTo("dk-cpr-registration");

		HttpResponse<String> markdown = call("GET", "/api/staff/knowledge/articles/region-culture-and-leisure.md", null);
		assertThat(markdown.statusCode()).isEqualTo(200);
		assertThat(markdown.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
		assertThat(markdown.body()).startsWith("---\nid: region-culture-and-leisure\n").contains("    - " + question + "\n");
	}

	@Test
	void everyMistakeIsNamedAsTheLoaderNamesIt() throws Exception {
		ObjectNode article = (ObjectNode) JSON.readTree(call("GET", "/api/staff/knowledge/articles/dk-mitid", null).body());
		Map<String, String> wrong = new LinkedHashMap<>();
		wrong.put("country", "field 'country' must be one of [DK, SE, cross-border, region] (was 'NO')");
		wrong.put("validUntil", "field 'valid-until' must be after 'checked' and at most a year later");
		wrong.put("checked", "field 'checked' must be a date YYYY-MM-DD (was 'yesterday')");
		wrong.put("sources", "field 'sources' must hold https:// URLs (was 'http://example.org')");
		wrong.put("counterpart", "field 'counterpart' names 'dk-no-such-article', which is no article");
		Map<String, Object> values = Map.of("country", "NO", "validUntil", "2030-01-01", "checked", "yesterday", "sources",
				java.util.List.of("http://example.org"), "counterpart", "dk-no-such-article");
		for (Map.Entry<String, String> mistake : wrong.entrySet()) {
			ObjectNode changed = article.deepCopy();
			changed.set(mistake.getKey(), JSON.valueToTree(values.get(mistake.getKey())));
			HttpResponse<String> response = call("PUT", "/api/staff/knowledge/articles/dk-mitid", changed.toString());
			assertThat(response.statusCode()).as(mistake.getKey()).isEqualTo(400);
			assertThat(JSON.readTree(response.body()).path("error").asString()).as(mistake.getKey())
				.isEqualTo("Knowledge base: articles/dk-mitid.md: " + mistake.getValue()
						+ (mistake.getKey().equals("validUntil") ? " (checked " + article.path("checked").asString() + ", valid-until 2030-01-01)" : ""));
		}
		ObjectNode untitled = article.deepCopy();
		((ObjectNode) untitled.path("languages").path("en")).put("title", "");
		((ObjectNode) untitled.path("languages").path("en")).put("answer", "");
		assertThat(JSON.readTree(call("PUT", "/api/staff/knowledge/articles/dk-mitid", untitled.toString()).body()).path("error").asString())
			.isEqualTo("Knowledge base: articles/dk-mitid.md: needs an English section starting with '## en: <title>'");
		ObjectNode renamed = article.deepCopy();
		renamed.put("id", "dk-mitid-2");
		assertThat(call("PUT", "/api/staff/knowledge/articles/dk-mitid", renamed.toString()).statusCode()).isEqualTo(400);
		ObjectNode elsewhere = article.deepCopy();
		elsewhere.set("languages", JSON.readTree("{\"fi\": {\"title\": \"x\", \"answer\": \"y\", \"questions\": [\"z\"]}}"));
		assertThat(JSON.readTree(call("PUT", "/api/staff/knowledge/articles/dk-mitid", elsewhere.toString()).body()).path("error").asString())
			.isEqualTo("languages must be en, sv or da (was 'fi').");
		assertThat(call("POST", "/api/staff/knowledge/articles/dk-mitid/questions", "{\"language\": \"fi\", \"question\": \"moi\"}")
			.statusCode()).isEqualTo(400);
		assertThat(call("POST", "/api/staff/knowledge/articles/dk-mitid/questions", "{\"language\": \"en\"}").statusCode()).isEqualTo(400);
		// Nothing was kept by any of these.
		assertThat(JSON.readTree(call("GET", "/api/staff/knowledge/articles/dk-mitid", null).body()).path("state").asString())
			.isEqualTo("file");
	}

	@Test
	void anUnknownArticleIsNotFound() throws Exception {
		assertThat(call("GET", "/api/staff/knowledge/articles/dk-no-such-thing", null).statusCode()).isEqualTo(404);
		assertThat(call("GET", "/api/staff/knowledge/articles/dk-no-such-thing.md", null).statusCode()).isEqualTo(404);
		assertThat(call("POST", "/api/staff/knowledge/articles/dk-no-such-thing/questions",
				"{\"language\": \"en\", \"question\": \"Why?\"}").statusCode()).isEqualTo(404);
		HttpResponse<String> put = call("PUT", "/api/staff/knowledge/articles/dk-no-such-thing",
				call("GET", "/api/staff/knowledge/articles/dk-mitid", null).body().replace("\"dk-mitid\"", "\"dk-no-such-thing\""));
		assertThat(put.statusCode()).isEqualTo(404);
		assertThat(JSON.readTree(put.body()).path("error").asString()).isEqualTo("There is no article dk-no-such-thing.");
	}

	@Test
	void aNewArticleIsAnsweredExportedAndMadeOnlyOnce() throws Exception {
		String body = """
				{"id": "dk-cat-adoption-test", "country": "DK", "topics": ["pets"],
				 "sources": ["https://www.dyrenes-beskyttelse.dk"], "checked": "2026-11-30", "validUntil": "2027-06-30",
				 "languages": {"en": {"title": "Adopting a cat in Denmark", "answer": "Animal shelters such as Dyrenes Beskyttelse place cats: https://www.dyrenes-beskyttelse.dk.",
				   "questions": ["Where can I adopt a kitten in Copenhagen?", "kitten adoption denmark", "can i get a shelter cat in dk"]}}}
				""";
		HttpResponse<String> made = call("POST", "/api/staff/knowledge/articles", body);
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		assertThat(JSON.readTree(made.body()).path("state").asString()).isEqualTo("new");
		assertThat(call("POST", "/api/staff/knowledge/articles", body).statusCode()).isEqualTo(409);
		assertThat(answered("Where can I adopt a kitten in Copenhagen?")).isEqualTo("dk-cat-adoption-test");

		String markdown = call("GET", "/api/staff/knowledge/articles/dk-cat-adoption-test.md", null).body();
		assertThat(markdown).isEqualTo("""
				---
				id: dk-cat-adoption-test
				country: DK
				topics: [pets]
				sources:
				  - https://www.dyrenes-beskyttelse.dk
				checked: 2026-11-30
				valid-until: 2027-06-30
				questions:
				  en:
				    - Where can I adopt a kitten in Copenhagen?
				    - kitten adoption denmark
				    - can i get a shelter cat in dk
				---
				## en: Adopting a cat in Denmark
				Animal shelters such as Dyrenes Beskyttelse place cats: https://www.dyrenes-beskyttelse.dk.
				""");
		HttpResponse<byte[]> zip = this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/staff/knowledge/changes.zip"))
			.header("Authorization", "Bearer test-staff-token").build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(zip.statusCode()).isEqualTo(200);
		Map<String, String> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		assertThat(entries).containsEntry("knowledge-base/articles/dk-cat-adoption-test.md", markdown);
	}

	@Test
	void aFileChangedOnDiskUnderAStaffEditIsAConflict() throws Exception {
		String question = "Does MitID work on a second-hand iPhone?";
		assertThat(call("POST", "/api/staff/knowledge/articles/dk-mitid/questions",
				"{\"language\": \"en\", \"question\": \"" + question + "\"}").statusCode()).isEqualTo(201);
		assertThat(state("dk-mitid")).isEqualTo("edited");
		Path file = FOLDER.resolve("articles/dk-mitid.md");
		String before = Files.readString(file);
		Files.writeString(file, before.replaceFirst("(?m)^## en: (.*)$", "## en: $1 (changed in the repository)"));
		try {
			assertThat(state("dk-mitid")).isEqualTo("conflict");
			JsonNode changes = JSON.readTree(call("GET", "/api/staff/knowledge/changes", null).body());
			assertThat(changes.path("articles").toString()).contains("\"id\":\"dk-mitid\"", "\"state\":\"conflict\"");
			// The staff version stays in use until someone merges the two.
			assertThat(answered(question)).isEqualTo("dk-mitid");
		}
		finally {
			Files.writeString(file, before);
		}
		assertThat(state("dk-mitid")).isEqualTo("edited");
	}

	@Test
	void theOpenApiDocumentDescribesTheKnowledgeCalls() throws Exception {
		String document = call("GET", "/v3/api-docs", null).body();
		assertThat(document).contains("\"/api/staff/knowledge/unanswered\"", "\"/api/staff/knowledge/articles/{id}/questions\"",
				"\"/api/staff/knowledge/articles/{id}\"", "\"/api/staff/knowledge/articles\"", "\"/api/staff/knowledge/articles/{id}.md\"");
	}

	@Test
	void withoutTheTokenNothingHappens() throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port
				+ "/api/staff/knowledge/articles/dk-mitid/questions"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"language\": \"en\", \"question\": \"x y z?\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(401);
	}

	String state(String id) throws Exception {
		return JSON.readTree(call("GET", "/api/staff/knowledge/articles/" + id, null).body()).path("state").asString();
	}

}
