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
		assertThat(browser.findElements(By.id("id"))).as("staff do not invent ids").isEmpty();
		browser.findElement(By.id("titleEn")).sendKeys("Browser mingle");
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
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Browser mingle");
		assertThat(browser.findElement(By.id("when")).getText()).isEqualTo("Tue 15 Dec 2026, 17:00–19:00 CET");

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
		// ISO with the programme's offset, as spreadsheets read it.
		assertThat(csv.body()).containsPattern("saga@example.com,2026-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+01:00,");

		// At the door, on a phone.
		browser.manage().window().setSize(new Dimension(390, 844));
		open("/console/events/browser-mingle/checkin");
		submit(By.cssSelector("button[aria-label='Check in Saga Student']"));
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Saga Student checked in.");
		assertThat(browser.findElement(By.cssSelector(".checkin li")).getText()).contains("Checked in");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Check-in: Browser mingle");
		Browser.screenshot(browser, "07-checkin-phone");
		browser.manage().window().setSize(new Dimension(1280, 1000));

		open("/console/events/browser-mingle/poster");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Browser mingle", "/event browser-mingle",
				"Tue 15 Dec 2026, 17:00–19:00 CET").doesNotContain("2026-12-15T17:00");
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
		assertThat(browser.findElement(By.id("value")).isDisplayed()).as("no id to type").isFalse();
		Select event = new Select(browser.findElement(By.id("event")));
		assertThat(event.getOptions()).extracting(WebElement::getText).contains("Browser mingle – Tue 15 Dec 2026, 17:00 CET");
		event.selectByValue("browser-mingle");
		browser.findElement(By.cssSelector("input[name=channels][value=web]")).click();
		waiting().until(d -> "12".equals(d.findElement(By.id("recipients")).getText()));
		Browser.screenshot(browser, "09-announcement-compose");
		submit(By.id("preview"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Minglet flyttar till stora salen.", "12 recipients now");
		assertThat(browser.findElement(By.id("segment")).getText())
			.isEqualTo("Who gets it: signed up for Browser mingle (Tue 15 Dec 2026, 17:00 CET); 12 recipients now.");
		Browser.screenshot(browser, "10-announcement-preview");
		// Twelve people: not on one click.
		browser.findElement(By.id("send-now")).click();
		assertThat(browser.findElements(By.cssSelector("[data-progress-url]"))).isEmpty();
		assertThat(browser.findElement(By.id("confirm-send")).getAttribute("validationMessage")).isNotEmpty();
		browser.findElement(By.id("confirm-send")).click();
		submit(By.id("send-now"));
		waiting().until(d -> "100%".equals(d.findElement(By.cssSelector("[data-field=percent]")).getText()));
		assertThat(browser.findElement(By.cssSelector("[data-field=sent]")).getText()).isEqualTo("12");
		Browser.screenshot(browser, "11-announcement-done");
		// The history says who it went to in words, not by the event's id.
		open("/console/announcements");
		assertThat(browser.findElement(By.tagName("main")).getText())
			.contains("signed up for Browser mingle (Tue 15 Dec 2026, 17:00 CET)")
			.doesNotContain("event:browser-mingle");
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

		// Staff answer in the console, signed with the name they chose, never their login name.
		browser.switchTo().window(consoleTab);
		open("/console/profile");
		browser.findElement(By.id("displayName")).sendKeys("anna");
		submit(By.id("save-profile"));
		assertThat(browser.findElement(By.cssSelector(".error")).getText()).contains("not your login name");
		browser.findElement(By.id("displayName")).clear();
		browser.findElement(By.id("displayName")).sendKeys("Lena");
		submit(By.id("save-profile"));
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("“Lena”");
		Browser.screenshot(browser, "13-profile");
		open("/console/inbox");
		WebElement row = browser.findElement(By.xpath("//td[contains(., 'dog')]/.."));
		// Named by person and first question, with the time labelled in the programme's zone.
		assertThat(row.findElement(By.tagName("a")).getText()).matches("Web chat talent [0-9a-f]{4}: Can I bring my dog.*");
		assertThat(browser.findElement(By.tagName("thead")).getText()).contains("Last message (Copenhagen time)");
		assertThat(row.getText()).containsPattern("(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{1,2} [A-Z][a-z]{2} 20\\d\\d, \\d\\d:\\d\\d");
		Browser.screenshot(browser, "13-inbox");
		submit(row.findElement(By.tagName("a")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).matches("Web chat talent [0-9a-f]{4}: Can I bring my dog.*");
		assertThat(browser.findElement(By.id("signature")).getText()).contains("Lena from the Talent Bridge team");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Can I bring my dog to the HELLOpenhagen fair?");
		browser.findElement(By.id("answer")).sendKeys("Dogs are welcome on a leash, except in the main hall.");
		submit(By.cssSelector("form[action$='/answer'] button"));
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Sent to the talent.");
		Browser.screenshot(browser, "14-thread-answered");

		// The answer appears in the talent's chat without them doing anything.
		browser.switchTo().window(chatTab);
		new WebDriverWait(browser, Duration.ofSeconds(25))
			.until(d -> d.findElement(By.id("messages")).getText().contains("Dogs are welcome on a leash"));
		assertThat(browser.findElement(By.id("messages")).getText()).contains("Lena from the Talent Bridge team answers")
			.doesNotContain("anna");
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

	@Test
	@Order(7)
	void eventIdsComeFromTitlesAndCancellingAnEventAsksFirst() {
		logIn("anna", "a long console password");
		open("/console/events/new");
		browser.findElement(By.id("titleEn")).sendKeys("Browser mingle");
		setDateTime("start", "2027-06-03T17:30");
		setDateTime("end", "2027-06-03T19:00");
		browser.findElement(By.id("venue")).sendKeys("Bella Center");
		browser.findElement(By.id("city")).sendKeys("Copenhagen");
		browser.findElement(By.id("capacity")).sendKeys("10");
		submit(By.id("save-event"));
		// The same title again: the next free number.
		waiting().until(d -> d.getCurrentUrl().endsWith("/console/events/browser-mingle-2"));
		// Summer time is named as such.
		assertThat(browser.findElement(By.id("when")).getText()).isEqualTo("Thu 3 Jun 2027, 17:30\u201319:00 CEST");
		browser.findElement(By.id("cancel")).click();
		assertThat(browser.getCurrentUrl()).endsWith("/console/events/browser-mingle-2");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("open").doesNotContain("cancelled");
		assertThat(browser.findElement(By.id("confirm-cancel")).getAttribute("validationMessage")).isNotEmpty();
		// Without the tick, the server refuses too.
		((JavascriptExecutor) browser).executeScript("document.getElementById('confirm-cancel').required = false;");
		submit(By.id("cancel"));
		assertThat(browser.findElement(By.cssSelector(".error")).getText()).startsWith("Tick the box");
		assertThat(browser.findElements(By.id("cancel"))).hasSize(1);
		Browser.screenshot(browser, "21-cancel-confirm");
		browser.findElement(By.id("confirm-cancel")).click();
		submit(By.id("cancel"));
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).startsWith("Event cancelled;");
		open("/console/events");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Thu 3 Jun 2027, 17:30 CEST")
			.doesNotContain("2027-06-03T17:30");
	}

	@Test
	@Order(8)
	void onAPhoneTheUnansweredPageFitsAndTheDashboardTrendShowsTheShare() throws Exception {
		chat("browser-phone", "Where can I rent a kayak for my pet llama in Ystad?");
		// A waiting thread, so the inbox shows its table (on its own this test would find the inbox empty).
		chat("browser-phone-handoff", "/human My residence card expired yesterday, what do I do now?");
		browser.manage().window().setSize(new Dimension(390, 844));
		try {
			for (String page : List.of("/console/questions", "/console/inbox", "/console/events", "/console",
					"/console/events/browser-mingle", "/console/announcements")) {
				open(page);
				Number overflow = (Number) ((JavascriptExecutor) browser)
					.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
				Object widest = ((JavascriptExecutor) browser).executeScript("""
						const width = document.documentElement.clientWidth;
						return [...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > width + 1)
							.slice(0, 3).map((e) => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ');""");
				assertThat(overflow.intValue()).as(page + " overflows sideways: " + widest).isLessThanOrEqualTo(0);
			}
			open("/console/questions");
			assertThat(browser.findElement(By.tagName("main")).getText()).contains("llama");
			Browser.screenshot(browser, "22-unanswered-phone");
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 1000));
		}
		open("/console");
		List<WebElement> days = browser.findElements(By.cssSelector("main table:first-of-type tbody tr"));
		assertThat(days).hasSize(7);
		WebElement today = days.get(6);
		List<WebElement> cells = today.findElements(By.tagName("td"));
		long unanswered = Long.parseLong(cells.get(1).getText());
		long answered = Long.parseLong(cells.get(2).getText());
		assertThat(unanswered).isPositive();
		String share = Math.round(100.0 * unanswered / (unanswered + answered)) + "%";
		assertThat(cells.get(3).getText()).isEqualTo(share);
		assertThat(cells.get(3).findElement(By.cssSelector(".bar span")).getAttribute("style")).contains("width: " + share);
		assertThat(cells.get(3).findElement(By.cssSelector(".bar")).getAttribute("aria-label")).contains("percent of");
		assertThat(cells.get(0).getText()).matches("(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{1,2} [A-Z][a-z]{2} 20\\d\\d");
		Browser.screenshot(browser, "23-dashboard-share");
	}

}
