package org.talentbridge.bot.console;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import org.talentbridge.bot.channel.web.WebChat;
import org.talentbridge.bot.knowledge.KnowledgeFolders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff member fixes unanswered questions in a real browser (headless Chromium), and the bot
 * answers them at once: one added as an example of an article chosen in the picker, one marked not
 * for us, one turned into a new article in the editor (refused first with the field named, then
 * previewed as each channel shows it, then saved); the changes listed against the files, a conflict
 * with a file changed on disk. Screenshots go to target/screenshots/curation-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bot.console.admin-username=anna", "bot.console.admin-password=a long console password",
				"bot.knowledge.retrain-after=1h" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CurationBrowserTests {

	static final Path FOLDER = KnowledgeFolders.copy("curation-browser");

	static final String KAYAK = "Where can I hire a kayak in Malmö at the weekend?";

	static final String TICKETS = "Do you sell tickets for the Roskilde festival?";

	static final String FISHING = "Do I need a licence to go fishing in Skåne?";

	static WebDriver browser;

	@DynamicPropertySource
	static void knowledgeBase(DynamicPropertyRegistry registry) {
		registry.add("bot.knowledge.path", FOLDER::toString);
	}

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void startBrowser() {
		var missing = Browser.missing();
		if (missing.isPresent()) {
			String message = "Browser tests skipped: " + missing.get();
			System.out.println(message);
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException(message);
			}
			Assumptions.abort(message);
		}
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private WebDriverWait waiting() {
		return new WebDriverWait(browser, Duration.ofSeconds(15));
	}

	private void submit(WebElement element) {
		WebElement page = browser.findElement(By.tagName("html"));
		element.click();
		waiting().until(d -> {
			try {
				page.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.WebDriverException gone) {
				return true;
			}
		});
	}

	/** The article a new person in the web chat is answered with, or null for "I don't know". */
	private String answered(String question) throws Exception {
		JsonNode reply = new WebChat(this.http, url("")).person().say(question, "en");
		JsonNode answer = reply.path("answer");
		return (answer.isNull() || answer.isMissingNode()) ? null : answer.path("articleId").asString();
	}

	private WebElement row(String question) {
		return browser.findElements(By.cssSelector("main table tbody tr"))
			.stream()
			.filter(r -> r.getText().contains(question))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row for " + question));
	}

	@Test
	@Order(1)
	void staffAddAQuestionAsAnExampleWithThePicker() throws Exception {
		for (String question : List.of(KAYAK, TICKETS, FISHING)) {
			assertThat(answered(question)).as(question).isNull();
		}
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys("anna");
		browser.findElement(By.id("password")).sendKeys("a long console password");
		submit(browser.findElement(By.cssSelector("button[type=submit]")));
		browser.get(url("/console/questions"));
		Browser.screenshot(browser, "curation-01-unanswered");

		WebElement row = row(KAYAK);
		Select picker = new Select(row.findElement(By.cssSelector(".picker select")));
		List<WebElement> guesses = row.findElements(By.cssSelector("optgroup[label=\"The bot's best guesses\"] option"));
		assertThat(guesses).as("the bot's best guesses come first").isNotEmpty();
		assertThat(picker.getOptions().get(0).getAttribute("value")).isEqualTo(guesses.get(0).getAttribute("value"));
		row.findElement(By.cssSelector(".picker input[type=search]")).sendKeys("culture and leis");
		List<WebElement> shown = picker.getOptions().stream().filter(option -> "false".equals(option.getDomProperty("hidden"))).toList();
		assertThat(shown).isNotEmpty()
			.allSatisfy(option -> assertThat(option.getText().toLowerCase()).contains("culture and leis"));
		picker.selectByValue("region-culture-and-leisure");
		Browser.screenshot(browser, "curation-02-picker");
		submit(row.findElement(By.cssSelector("button.add-example")));
		assertThat(browser.findElement(By.cssSelector(".notice")).getText())
			.isEqualTo("Added as an example question of region-culture-and-leisure. The bot answers it with that article now.");
		assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(KAYAK);
		assertThat(answered(KAYAK)).isEqualTo("region-culture-and-leisure");
	}

	@Test
	@Order(2)
	void staffMarkAQuestionNotForUs() throws Exception {
		browser.get(url("/console/questions"));
		submit(row(TICKETS).findElement(By.cssSelector("button.not-for-us")));
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).startsWith("Marked as not for us");
		assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(TICKETS);
		assertThat(answered(TICKETS)).isNull();
	}

	@Test
	@Order(3)
	void staffWriteANewArticleFromAQuestionPreviewItAndSaveIt() throws Exception {
		browser.get(url("/console/questions"));
		submit(row(FISHING).findElement(By.cssSelector("a.new-article")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("New article");
		assertThat(browser.findElement(By.id("questions-en")).getAttribute("value")).isEqualTo(FISHING);
		browser.findElement(By.id("id")).sendKeys("se-fishing-licence");
		new Select(browser.findElement(By.id("country"))).selectByValue("SE");
		browser.findElement(By.id("topics")).sendKeys("fishing, leisure");
		browser.findElement(By.id("sources")).sendKeys("http://www.havochvatten.se");
		browser.findElement(By.id("title-en")).sendKeys("Fishing in Skåne");
		browser.findElement(By.id("answer-en")).sendKeys("Fishing with a hand-held rod is free along the coast of Skåne. "
				+ "Lakes and rivers need a fishing licence (fiskekort) from whoever owns the water.\n\n"
				+ "- Read the rules at https://www.havochvatten.se.\n- Buy a licence at https://www.ifiske.se.");
		browser.findElement(By.id("questions-en")).sendKeys("\nfishing licence sweden\ncan i fish in the sea in malmö for free");
		submit(browser.findElement(By.id("save-article")));
		assertThat(browser.findElement(By.cssSelector(".error")).getText())
			.isEqualTo("Not saved: Knowledge base: articles/se-fishing-licence.md: field 'sources' must hold https:// URLs (was 'http://www.havochvatten.se')");
		assertThat(browser.findElement(By.id("sources")).getAttribute("class")).contains("invalid");
		assertThat(browser.findElement(By.id("title-en")).getAttribute("value")).as("nothing typed is lost").isEqualTo("Fishing in Skåne");
		Browser.screenshot(browser, "curation-03-editor-refused");

		browser.findElement(By.id("sources")).clear();
		browser.findElement(By.id("sources")).sendKeys("https://www.havochvatten.se\nhttps://www.ifiske.se");
		submit(browser.findElement(By.id("preview-article")));
		List<WebElement> channels = browser.findElements(By.cssSelector("#preview .channel"));
		assertThat(channels).extracting(c -> c.getAttribute("data-channel")).containsExactly("Web chat", "Telegram", "Discord");
		assertThat(channels).allSatisfy(channel -> assertThat(channel.findElement(By.cssSelector(".bubble")).getText())
			.startsWith("Fishing in Skåne").contains("fiskekort", "Checked", "https://www.havochvatten.se"));
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('preview').scrollIntoView()");
		Browser.screenshot(browser, "curation-04-preview");

		submit(browser.findElement(By.id("save-article")));
		waiting().until(d -> d.getCurrentUrl().endsWith("/console/knowledge/se-fishing-licence"));
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).startsWith("Saved se-fishing-licence");
		assertThat(browser.findElement(By.id("article-state")).getText()).isEqualTo("State: new, no file yet");
		assertThat(browser.findElement(By.id("history")).getText()).contains("anna", "made the article")
			// In the programme's local time, as every console time, not UTC.
			.containsPattern("\\d{1,2} [A-Z][a-z]{2} 20\\d\\d, \\d\\d:\\d\\d CES?T")
			.doesNotContain("UTC");
		Browser.screenshot(browser, "curation-05-saved");
		assertThat(answered(FISHING)).isEqualTo("se-fishing-licence");
		browser.get(url("/console/questions"));
		assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(FISHING);
	}

	@Test
	@Order(4)
	void theChangesAreListedAgainstTheFilesWithAConflictAndExported() throws Exception {
		browser.get(url("/console/knowledge"));
		String changed = browser.findElement(By.id("changed-list")).getText();
		assertThat(changed).contains("region-culture-and-leisure", "changed by staff", "se-fishing-licence", "new, no file yet", "anna");
		assertThat(browser.findElement(By.id("out-of-scope-added")).getText()).contains(TICKETS);

		Path file = FOLDER.resolve("articles/region-culture-and-leisure.md");
		Files.writeString(file, Files.readString(file).replaceFirst("(?m)^## en: (.*)$", "## en: $1, changed in the repository"));
		browser.navigate().refresh();
		WebElement conflict = browser.findElement(By.cssSelector("#changed-list tr.conflict"));
		assertThat(conflict.getText()).contains("region-culture-and-leisure", "conflict: the file changed too");
		Browser.screenshot(browser, "curation-06-changes-with-conflict");

		Cookie session = browser.manage().getCookieNamed("SESSION");
		HttpResponse<byte[]> zip = this.http.send(HttpRequest.newBuilder(URI.create(browser.findElement(By.id("download-zip")).getAttribute("href")))
			.header("Cookie", "SESSION=" + session.getValue())
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(zip.statusCode()).isEqualTo(200);
		List<String> names = new java.util.ArrayList<>();
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
			for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				names.add(e.getName());
			}
		}
		assertThat(names).contains("knowledge-base/articles/region-culture-and-leisure.md", "knowledge-base/articles/se-fishing-licence.md",
				"knowledge-base/out-of-scope/en.txt");
	}

}
