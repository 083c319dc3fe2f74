package org.talentbridge.bot.console;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.talentbridge.bot.MutableClock;
import org.talentbridge.bot.TestNames;
import org.talentbridge.bot.console.internal.StaffAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff member's day in a real browser (headless Chromium): log in, create an event, see a chat
 * signup in its attendee list, export the CSV, check someone in on a phone, send an announcement to
 * a test segment and watch it reach 100%, and answer an inbox thread whose reply arrives in the web
 * chat. Screenshots of every page go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bot.console.admin-username=anna", "bot.console.admin-password=a long console password",
				"bot.announcements.per-second.web=500", "bot.announcements.check=PT1S" })
@Import(MutableClock.Config.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	MutableClock clock;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void startBrowser() {
		var missing = Browser.missing();
		if (missing.isPresent()) {
			String message = "Browser tests skipped: " + missing.get();
			System.out.println(message);
			// CI installs Chromium; there a missing browser is a failure, not a skip.
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

	private void open(String path) {
		browser.get(url(path));
	}

	/** Clicks something that loads a new page, and waits until it has. */
	private void submit(By by) {
		submit(browser.findElement(by));
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
				// Stale, or in the middle of the navigation Chrome's "Node ... does not belong to the document".
				return true;
			}
		});
	}

	/** Each name is one person with their own chat cookie, as their browser would keep it. */
	private final Map<String, org.talentbridge.bot.channel.web.WebChat.Person> people = new java.util.HashMap<>();

	private JsonNode chat(String user, String text) throws Exception {
		return this.people.computeIfAbsent(user, u -> new org.talentbridge.bot.channel.web.WebChat(this.http, url("")).person())
			.say(text);
	}

	private void logIn(String username, String password) {
		open("/login");
		browser.findElement(By.id("username")).clear();
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		submit(By.cssSelector("button[type=submit]"));
	}

	@Test
	@Order(1)
	void wrongPasswordsAreRefusedAndThenLockedOut() {
		this.accounts.create("locky", "the right password", StaffAccounts.Role.STAFF);
		for (int i = 0; i < 5; i++) {
			logIn("locky", "not the password");
			assertThat(browser.findElement(By.cssSelector(".error")).getText()).contains("Wrong username or password");
		}
		logIn("locky", "the right password");
		assertThat(browser.findElement(By.cssSelector(".error")).getText()).contains("Too many wrong passwords");
		Browser.screenshot(browser, "01-login-locked");
	}

	@Test
	@Order(2)
	void logInAndSeeTheDashboard() {
		open("/console");
		assertThat(browser.getCurrentUrl()).endsWith("/login");
		Browser.screenshot(browser, "02-login");
		logIn("anna", "a long console password");
		waiting().until(d -> d.getCurrentUrl().endsWith("/console"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("questions today", "Upcoming events");
		Browser.screenshot(browser, "03-dashboard");
	}

	@Test
	@Order(3)
	void createAnEventSeeAChatSignupExportAndCheckInOnAPhone() throws Exception {
		open("/console/events");
		Browser.screenshot(browser, "04-events");
		submit(By.id("new-event"));
		browser.findElement(By.id("id")).sendKeys("browser-mingle");
		browser.findElement(By.id("titleEn")).sendKeys("Browser test mingle");
		browser.findElement(By.id("titleSv")).sendKeys("Webbläsarmingel");
		setDateTime("start", "2026-12-15T17:00");
		setDateTime("end", "2026-12-15T19:00");
		browser.findElement(By.id("venue")).sendKeys("Ideon Science Park");
		browser.findElement(By.id("city")).sendKeys("Lund");
		new Select(browser.findElement(By.id("zone"))).selectByValue("Europe/Stockholm");
		new Select(browser.findElement(By.id("country"))).selectByValue("SE");
		browser.findElement(By.id("capacity")).sendKeys("30");
		Browser.screenshot(browser, "05-event-form");
		submit(By.id("save-event"));
		waiting().until(d -> d.getCurrentUrl().endsWith("/console/events/browser-mingle"));
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Event created.");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Browser test mingle");

		// A student signs up in the web chat.
		chat("browser-student", "/signup browser-mingle");
		JsonNode consent = chat("browser-student", "Saga Student saga@example.com");
		JsonNode done = chat("browser-student", consent.get("replies").get(0).get("buttons").get(0).get("value").asString());
		assertThat(done.get("replies").get(0).get("text").asString()).startsWith("You're signed up");
		browser.navigate().refresh();
		assertThat(browser.findElement(By.id("attendees")).getText()).contains("Saga Student", "saga@example.com");
		Browser.screenshot(browser, "06-event-attendees");

		// The CSV link, fetched with the browser's session.
		String csvUrl = browser.findElement(By.id("csv")).getAttribute("href");
		Cookie session = browser.manage().getCookieNamed("SESSION");
		HttpResponse<String> csv = this.http.send(HttpRequest.newBuilder(URI.create(csvUrl))
			.header("Cookie", "SESSION=" + session.getValue())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).startsWith("status,position,name,email").contains("confirmed,1,Saga Student,saga@example.com");

		// At the door, on a phone.
		browser.manage().window().setSize(new Dimension(390, 844));
		open("/console/events/browser-mingle/checkin");
		submit(By.cssSelector("button[aria-label='Check in Saga Student']"));
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Saga Student checked in.");
		assertThat(browser.findElement(By.cssSelector(".checkin li")).getText()).contains("Checked in");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Check-in: Browser test mingle");
		Browser.screenshot(browser, "07-checkin-phone");
		browser.manage().window().setSize(new Dimension(1280, 1000));

		open("/console/events/browser-mingle/poster");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Browser test mingle", "/event browser-mingle");
		Browser.screenshot(browser, "08-poster");
	}

	private void setDateTime(String id, String value) {
		((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
	}

	@Test
	@Order(4)
	void anAnnouncementToATestSegmentReachesEveryone() throws Exception {
		List<String> readers = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			String reader = "browser-reader-" + i;
			chat(reader, "/news on");
			chat(reader, "/signup browser-mingle");
			JsonNode consent = chat(reader, TestNames.person(reader));
			chat(reader, consent.get("replies").get(0).get("buttons").get(0).get("value").asString());
			readers.add(reader);
		}
		open("/console/announcements");
		browser.findElement(By.id("textEn")).sendKeys("The mingle moves to the big hall.");
		browser.findElement(By.id("textSv")).sendKeys("Minglet flyttar till stora salen.");
		new Select(browser.findElement(By.id("kind"))).selectByValue("event");
		browser.findElement(By.id("value")).sendKeys("browser-mingle");
		browser.findElement(By.cssSelector("input[name=channels][value=web]")).click();
		waiting().until(d -> "12".equals(d.findElement(By.id("recipients")).getText()));
		Browser.screenshot(browser, "09-announcement-compose");
		submit(By.id("preview"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Minglet flyttar till stora salen.", "12 recipients now");
		Browser.screenshot(browser, "10-announcement-preview");
		submit(By.id("send-now"));
		waiting().until(d -> "100%".equals(d.findElement(By.cssSelector("[data-field=percent]")).getText()));
		assertThat(browser.findElement(By.cssSelector("[data-field=sent]")).getText()).isEqualTo("12");
		Browser.screenshot(browser, "11-announcement-done");
		for (String reader : readers) {
			assertThat(this.people.get(reader).inbox().toString()).contains("The mingle moves to the big hall.");
		}
	}

	@Test
	@Order(5)
	void anInboxAnswerArrivesInTheTalentsWebChat() {
		// The talent, in the web chat page.
		String consoleTab = browser.getWindowHandle();
		browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
		String chatTab = browser.getWindowHandle();
		open("/");
		browser.navigate().refresh();
		waiting().until(d -> !d.findElements(By.cssSelector("#messages li.bot")).isEmpty());
		browser.findElement(By.id("text")).sendKeys("Can I bring my dog to the HELLOpenhagen fair?");
		browser.findElement(By.cssSelector("#composer button[type=submit]")).click();
		waiting().until(d -> d.findElements(By.cssSelector("#messages li.bot")).size() >= 2);
		browser.findElement(By.id("text")).sendKeys("I want to talk to a person");
		browser.findElement(By.cssSelector("#composer button[type=submit]")).click();
		waiting().until(d -> d.findElement(By.id("messages")).getText().contains("passed your question to our staff"));
		Browser.screenshot(browser, "12-chat-handoff");

		// Staff answer in the console.
		browser.switchTo().window(consoleTab);
		open("/console/inbox");
		WebElement row = browser.findElement(By.xpath("//td[contains(., 'dog')]/.."));
		Browser.screenshot(browser, "13-inbox");
		submit(row.findElement(By.tagName("a")));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Can I bring my dog to the HELLOpenhagen fair?");
		browser.findElement(By.id("answer")).sendKeys("Dogs are welcome on a leash, except in the main hall.");
		submit(By.cssSelector("form[action$='/answer'] button"));
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Sent to the talent.");
		Browser.screenshot(browser, "14-thread-answered");

		// The answer appears in the talent's chat without them doing anything.
		browser.switchTo().window(chatTab);
		new WebDriverWait(browser, Duration.ofSeconds(25))
			.until(d -> d.findElement(By.id("messages")).getText().contains("Dogs are welcome on a leash"));
		Browser.screenshot(browser, "15-chat-staff-answer");
		// And the talent's reply goes back into the thread.
		browser.findElement(By.id("text")).sendKeys("Thank you, that helps!");
		browser.findElement(By.cssSelector("#composer button[type=submit]")).click();
		waiting().until(d -> d.findElement(By.id("messages")).getText().contains("Added to your question"));
		browser.close();
		browser.switchTo().window(consoleTab);
		browser.navigate().refresh();
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Thank you, that helps!");
	}

	@Test
	@Order(6)
	void theOtherPagesShowTheirFigures() throws Exception {
		chat("browser-asker", "How do I register my pet alpaca in Malmö?");
		open("/console/questions");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("alpaca");
		assertThat(browser.findElement(By.id("review-none")).getText()).isEqualTo("No article is due for review.");
		java.time.Instant now = this.clock.instant();
		try {
			// A year on, every article checked in late 2026 reaches its review date.
			this.clock.set(java.time.Instant.parse("2027-11-10T09:00:00Z"));
			browser.navigate().refresh();
			assertThat(browser.findElement(By.id("review-list")).getText()).contains("dk-cpr-registration", "due soon",
					"knowledge-base/articles/dk-cpr-registration.md");
			this.clock.set(java.time.Instant.parse("2027-12-02T09:00:00Z"));
			browser.navigate().refresh();
			assertThat(browser.findElement(By.id("review-list")).getText()).contains("dk-cpr-registration", "overdue");
			Browser.screenshot(browser, "16-review-due");
		}
		finally {
			this.clock.set(now);
		}
		browser.navigate().refresh();
		Browser.screenshot(browser, "16-unanswered");
		submit(By.xpath("//button[starts-with(@aria-label, 'Mark handled') and contains(@aria-label, 'alpaca')]"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Marked as handled.").doesNotContain("alpaca");
		submit(By.xpath("//button[text()='Reload the knowledge base']"));
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).startsWith("Reloaded: ");

		open("/console/nudges");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Graduate nudges");
		Browser.screenshot(browser, "17-graduates");
		open("/console/mentorship");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mentorship");
		Browser.screenshot(browser, "18-mentorship");
		open("/console/accounts");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("anna", "locky");
		Browser.screenshot(browser, "19-accounts");
		open("/console");
		assertThat(browser.findElement(By.id("messages-today")).getText()).isNotEqualTo("0");
		Browser.screenshot(browser, "20-dashboard-after");
		submit(By.cssSelector("header form button"));
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("You are logged out.");
		open("/console/events");
		assertThat(browser.getCurrentUrl()).endsWith("/login");
	}

}
