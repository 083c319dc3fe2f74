package org.talentbridge.bot.channel.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.talentbridge.bot.console.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chat page in a real browser (headless Chromium), as a talent meets it on a phone and on a
 * desk: the newest reply whole above the input, a typing indicator, one message at a time, answered
 * buttons retired, the conversation back after a reload, articles formatted, the page's words in
 * the chosen language, and what a screen reader needs. Screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChatPageBrowserTests {

	static WebDriver browser;

	@LocalServerPort
	int port;

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

	/** Each test is a new person: no cookie, no chosen language. */
	@AfterEach
	void forgetThePerson() {
		if (browser != null) {
			browser.manage().deleteAllCookies();
			((JavascriptExecutor) browser).executeScript("localStorage.clear(); sessionStorage.clear();");
			browser.manage().window().setSize(new Dimension(1280, 1000));
		}
	}

	private WebDriverWait waiting() {
		return new WebDriverWait(browser, Duration.ofSeconds(20));
	}

	private JavascriptExecutor js() {
		return (JavascriptExecutor) browser;
	}

	private void openChat() {
		browser.get("http://127.0.0.1:" + this.port + "/");
		waiting().until(d -> !d.findElements(By.cssSelector("#messages li.bot")).isEmpty());
	}

	private int botReplies() {
		return browser.findElements(By.cssSelector("#messages > li.bot")).size();
	}

	private void ask(String text) {
		int before = botReplies();
		WebElement input = browser.findElement(By.id("text"));
		input.sendKeys(text);
		browser.findElement(By.id("send")).click();
		waiting().until(d -> botReplies() > before && d.findElement(By.id("send")).isEnabled());
	}

	private WebElement newest() {
		List<WebElement> all = browser.findElements(By.cssSelector("#messages > li"));
		return all.get(all.size() - 1);
	}

	/** The element's box against the conversation's and the input's, as the browser lays them out. */
	@SuppressWarnings("unchecked")
	private Map<String, Number> layout(WebElement item) {
		return (Map<String, Number>) js().executeScript("""
				const item = arguments[0].getBoundingClientRect();
				const log = document.getElementById('messages').getBoundingClientRect();
				const composer = document.getElementById('composer').getBoundingClientRect();
				return { top: item.top, bottom: item.bottom, logTop: log.top, logBottom: log.bottom,
					composerTop: composer.top, viewport: window.innerHeight,
					pageScroll: document.documentElement.scrollHeight - window.innerHeight,
					sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth };""", item);
	}

	private void assertWhollyAboveTheInput(WebElement item) {
		Map<String, Number> box = layout(item);
		assertThat(box.get("bottom").doubleValue()).as("the reply's end, against the input's top %s", box)
			.isLessThanOrEqualTo(box.get("composerTop").doubleValue() + 0.5);
		assertThat(box.get("bottom").doubleValue()).isLessThanOrEqualTo(box.get("logBottom").doubleValue() + 0.5);
		assertThat(box.get("top").doubleValue()).as("the reply's start %s", box)
			.isGreaterThanOrEqualTo(box.get("logTop").doubleValue() - 0.5);
		assertThat(box.get("composerTop").doubleValue() + 1).isLessThanOrEqualTo(box.get("viewport").doubleValue());
	}

	private void assertWhollyAboveTheInputOrFromItsStart(WebElement reply) {
		Map<String, Number> box = layout(reply);
		if (box.get("bottom").doubleValue() - box.get("top").doubleValue() <= box.get("logBottom").doubleValue()
				- box.get("logTop").doubleValue()) {
			assertWhollyAboveTheInput(reply);
		}
		else {
			// Taller than the conversation: it starts at the top, its buttons a scroll within the conversation away, never behind the input.
			assertThat(box.get("top").doubleValue()).isGreaterThanOrEqualTo(box.get("logTop").doubleValue() - 0.5);
			assertThat(box.get("top").doubleValue()).isLessThanOrEqualTo(box.get("logTop").doubleValue() + 20);
		}
	}

	@Test
	void theNewestReplyAndItsButtonsAreWhollyInViewAboveTheInputOnAPhoneAndADesk() {
		for (Dimension size : List.of(new Dimension(390, 844), new Dimension(1280, 800))) {
			browser.manage().deleteAllCookies();
			browser.manage().window().setSize(size);
			openChat();
			ask("What welcome events are there for newcomers in Copenhagen?");
			ask("How do I get a CPR number?");
			WebElement reply = newest();
			assertThat(reply.getAttribute("class")).isEqualTo("bot");
			List<WebElement> buttons = reply.findElements(By.cssSelector(".buttons button"));
			assertThat(buttons).isNotEmpty();
			assertWhollyAboveTheInputOrFromItsStart(reply);
			Map<String, Number> box = layout(reply);
			for (WebElement button : buttons) {
				assertThat(button.isDisplayed()).isTrue();
			}
			assertThat(box.get("pageScroll").doubleValue()).as("the page itself does not scroll").isLessThanOrEqualTo(1);
			assertThat(box.get("sideways").doubleValue()).as("nor sideways").isLessThanOrEqualTo(0);
			Browser.screenshot(browser, "chat-01-long-reply-from-its-start-" + size.getWidth());
			// A reply that fits is shown whole, its last button just above the input.
			ask("Where can I rent a kayak for my pet llama in Ystad?");
			WebElement fits = newest();
			assertThat(fits.findElements(By.cssSelector(".buttons button"))).isNotEmpty();
			Map<String, Number> short_ = layout(fits);
			assertThat(short_.get("bottom").doubleValue() - short_.get("top").doubleValue())
				.isLessThanOrEqualTo(short_.get("logBottom").doubleValue() - short_.get("logTop").doubleValue());
			assertWhollyAboveTheInput(fits);
			List<WebElement> last = fits.findElements(By.cssSelector(".buttons button"));
			assertWhollyAboveTheInput(last.get(last.size() - 1));
			Browser.screenshot(browser, "chat-01-reply-in-view-" + size.getWidth());
		}
	}

	@Test
	void whileAMessageIsOnItsWaySendIsOffATypingIndicatorShowsAndAnsweredButtonsAreRetired() {
		openChat();
		ask("How do I get a CPR number?");
		WebElement answered = newest();
		List<WebElement> choices = answered.findElements(By.cssSelector(".buttons button"));
		assertThat(choices).isNotEmpty().allMatch(WebElement::isEnabled);
		// The next answer takes 1.5 s to come, as on a slow connection.
		js().executeScript("""
				const real = window.fetch;
				window.fetch = (url, options) => String(url).startsWith('api/chat') && options && options.method === 'POST'
					? new Promise((resolve) => setTimeout(() => resolve(real(url, options)), 1500)) : real(url, options);""");
		int before = botReplies();
		WebElement pressed = choices.get(0);
		String label = pressed.getText();
		pressed.click();
		assertThat(browser.findElement(By.id("send")).isEnabled()).as("Send while the message is on its way").isFalse();
		assertThat(browser.findElement(By.id("typing")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.id("typing")).getText()).isEqualTo("Talent Bridge is writing…");
		assertThat(browser.findElement(By.id("messages")).getAttribute("aria-busy")).isEqualTo("true");
		// Pressing Enter meanwhile sends nothing more.
		browser.findElement(By.id("text")).sendKeys("a second message\n");
		Browser.screenshot(browser, "chat-02-typing");
		waiting().until(d -> botReplies() > before && d.findElement(By.id("send")).isEnabled());
		assertThat(browser.findElement(By.id("typing")).isDisplayed()).isFalse();
		assertThat(browser.findElements(By.cssSelector("#messages > li.me"))).extracting(WebElement::getText)
			.noneMatch(t -> t.contains("a second message"));
		assertThat(browser.findElement(By.id("text")).getAttribute("value")).isEqualTo("a second message");
		// The choice made stays marked; no old button can be pressed again; the new reply's can.
		assertThat(choices).noneMatch(WebElement::isEnabled);
		assertThat(pressed.getAttribute("aria-pressed")).isEqualTo("true");
		assertThat(browser.findElements(By.cssSelector("#messages > li.me"))).extracting(WebElement::getText)
			.anyMatch(t -> t.endsWith(label));
		assertThat(newest().findElements(By.cssSelector(".buttons button"))).allMatch(WebElement::isEnabled);
		// Focus goes back to the input, not lost with the disabled button.
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("text");
		Browser.screenshot(browser, "chat-03-buttons-retired");
	}

	@Test
	void theConversationSurvivesAReload() {
		openChat();
		ask("How do I get a CPR number?");
		ask("What about the tax card?");
		String before = browser.findElement(By.id("messages")).getText();
		int welcomes = count(before, "What would you like to know?");
		browser.navigate().refresh();
		waitShowingThePage(d -> d.findElement(By.id("messages")).getText().contains("What about the tax card?"));
		String after = browser.findElement(By.id("messages")).getText();
		assertThat(after).contains("How do I get a CPR number?", "Getting a CPR number", "What about the tax card?");
		// Restored, not greeted a second time.
		assertThat(count(after, "What would you like to know?")).isEqualTo(welcomes);
		assertThat(after).doesNotContain("/start", "/article");
		// The last answer's buttons are offered again; none of the answered ones.
		List<WebElement> offered = browser.findElements(By.cssSelector("#messages .buttons button"));
		assertThat(offered).isNotEmpty().allMatch(WebElement::isEnabled);
		assertThat(newest().findElements(By.cssSelector(".buttons button"))).hasSameSizeAs(offered);
		assertWhollyAboveTheInputOrFromItsStart(newest());
		Browser.screenshot(browser, "chat-04-after-reload");
		// A stranger with no cookie sees none of it.
		browser.manage().deleteAllCookies();
		browser.navigate().refresh();
		waiting().until(d -> !d.findElements(By.cssSelector("#messages li.bot")).isEmpty());
		assertThat(browser.findElement(By.id("messages")).getText()).doesNotContain("What about the tax card?",
				"Getting a CPR number");
	}

	/** Waits; on a timeout, says what the page showed and what the server had, to tell a slow machine from a bug. */
	private void waitShowingThePage(java.util.function.Function<WebDriver, Boolean> condition) {
		try {
			waiting().until(condition);
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			Object history = js().executeAsyncScript(
					"const done = arguments[0]; fetch('api/chat/history').then(r => r.text()).then(done, (e) => done(String(e)));");
			throw new AssertionError("The page showed: " + browser.findElement(By.id("messages")).getText()
					+ "\nThe history was: " + history, ex);
		}
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			n++;
		}
		return n;
	}

	@Test
	void anArticleIsFormattedTextWithATitleListsAndLinksThatLeaveTheFullStopOut() {
		openChat();
		ask("What welcome events are there for newcomers in Copenhagen?");
		WebElement reply = newest();
		WebElement title = reply.findElement(By.cssSelector("strong.title"));
		assertThat(title.getCssValue("font-weight")).isIn("700", "bold");
		assertThat(title.getAttribute("role")).isEqualTo("heading");
		assertThat(reply.findElements(By.cssSelector("ul > li"))).hasSizeGreaterThanOrEqualTo(2);
		assertThat(reply.getText()).doesNotContain("\n- ");
		List<WebElement> links = reply.findElements(By.tagName("a"));
		assertThat(links).isNotEmpty();
		for (WebElement link : links) {
			// The browser adds "/" to a bare host; the text is the URL as written.
			assertThat(link.getText()).matches("https?://\\S*[^.,;:)]");
			assertThat(link.getAttribute("href").replaceAll("/$", "")).isEqualTo(link.getText().replaceAll("/$", ""));
			assertThat(link.getAttribute("rel")).contains("noopener");
		}
		// The sentence keeps its full stop, outside the link.
		assertThat(reply.getText()).containsPattern("https?://\\S+[^.]\\.(\\s|$)");
		// A person's own markup is text, never HTML.
		ask("<img src=x onerror=alert(1)> **bold** - not a list");
		assertThat(browser.findElements(By.cssSelector("#messages img"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector("#messages > li.me"))).extracting(WebElement::getText)
			.anyMatch(t -> t.contains("<img src=x onerror=alert(1)>"));
		Browser.screenshot(browser, "chat-05-article-formatted");
	}

	@Test
	void thePagesOwnWordsFollowTheChosenLanguage() {
		openChat();
		assertThat(browser.findElement(By.id("send")).getText()).isEqualTo("Send");
		new Select(browser.findElement(By.id("language"))).selectByValue("da");
		assertThat(browser.findElement(By.id("text")).getAttribute("placeholder")).isEqualTo("Stil et spørgsmål…");
		assertThat(browser.findElement(By.cssSelector("label[for=language]")).getText()).isEqualTo("Sprog");
		assertThat(browser.findElement(By.cssSelector("label[for=text]")).getAttribute("textContent")).isEqualTo("Din besked");
		assertThat(browser.findElement(By.id("messages")).getAttribute("aria-label")).isEqualTo("Samtale");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("da");
		waiting().until(d -> d.findElements(By.cssSelector("#menu option")).stream()
			.anyMatch(o -> o.getText().startsWith("/help") && !o.getText().equals("/help – Show what I can do")));
		Browser.screenshot(browser, "chat-06-dansk");
		new Select(browser.findElement(By.id("language"))).selectByValue("sv");
		assertThat(browser.findElement(By.id("send")).getText()).isEqualTo("Skicka");
		assertThat(browser.findElement(By.id("text")).getAttribute("placeholder")).isEqualTo("Ställ en fråga…");
		// Chosen once, it stays after a reload, and the conversation answers in it.
		browser.navigate().refresh();
		waiting().until(d -> !d.findElements(By.cssSelector("#messages li.bot")).isEmpty());
		assertThat(browser.findElement(By.id("send")).getText()).isEqualTo("Skicka");
		ask("Hur får jag ett personnummer?");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
		// Without a choice, the page speaks the language the conversation is held in.
		new Select(browser.findElement(By.id("language"))).selectByValue("");
		browser.manage().deleteAllCookies();
		browser.navigate().refresh();
		waiting().until(d -> !d.findElements(By.cssSelector("#messages li.bot")).isEmpty());
		ask("Hvordan får jeg et CPR-nummer?");
		assertThat(browser.findElement(By.id("send")).getText()).isEqualTo("Send");
		assertThat(browser.findElement(By.id("text")).getAttribute("placeholder")).isEqualTo("Stil et spørgsmål…");
	}

	@Test
	void aScreenReaderHearsNewRepliesAndEveryControlHasALabel() {
		openChat();
		WebElement log = browser.findElement(By.id("messages"));
		assertThat(log.getAttribute("role")).isEqualTo("log");
		assertThat(log.getAttribute("aria-live")).isEqualTo("polite");
		assertThat(browser.findElement(By.id("typing")).getAttribute("role")).isEqualTo("status");
		for (String id : List.of("language", "menu", "text")) {
			assertThat(browser.findElements(By.cssSelector("label[for=" + id + "]"))).as(id).hasSize(1);
		}
		ask("How do I get a CPR number?");
		// Each message says who speaks, for those who do not see the bubbles.
		assertThat(newest().findElement(By.cssSelector(".visually-hidden")).getAttribute("textContent")).isEqualTo("Talent Bridge: ");
		assertThat(browser.findElements(By.cssSelector("#messages > li.me .visually-hidden")))
			.extracting(e -> e.getAttribute("textContent"))
			.contains("You: ");
		// The keyboard reaches the reply's buttons, and focus shows.
		WebElement button = newest().findElement(By.cssSelector(".buttons button"));
		js().executeScript("arguments[0].focus()", button);
		assertThat(browser.switchTo().activeElement()).isEqualTo(button);
		// Text and buttons have at least 4.5:1 contrast.
		for (String selector : List.of("#messages > li.bot", ".buttons button", "#send", "header p")) {
			assertThat(contrast(browser.findElement(By.cssSelector(selector)))).as(selector).isGreaterThanOrEqualTo(4.5);
		}
	}

	/** WCAG contrast of an element's text colour against its background (or the nearest painted one). */
	private double contrast(WebElement element) {
		return ((Number) js().executeScript("""
				const rgb = (c) => c.match(/[\\d.]+/g).map(Number);
				const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
					.reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
				let e = arguments[0];
				const fg = rgb(getComputedStyle(e).color);
				let bg = null;
				while (e) { const c = rgb(getComputedStyle(e).backgroundColor); if (c.length < 4 || c[3] > 0) { bg = c; break; } e = e.parentElement; }
				bg = bg || [255, 255, 255];
				const a = lum(fg), b = lum(bg);
				return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);""", element)).doubleValue();
	}

}
