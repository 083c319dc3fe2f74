package org.talentbridge.bot.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven by Selenium, from Debian's chromium and chromium-driver packages (which
 * .ci/run installs). Without them the browser tests are skipped with a clear message, except in CI,
 * where they must run.
 */
public final class Browser {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private Browser() {
	}

	public static Optional<String> missing() {
		for (String path : new String[] { chromium(), chromedriver() }) {
			if (!new File(path).canExecute()) {
				return Optional.of(path + " is not installed (apt-get install chromium chromium-driver)");
			}
		}
		return Optional.empty();
	}

	static String chromium() {
		return System.getProperty("chromium.binary", "/usr/bin/chromium");
	}

	static String chromedriver() {
		return System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");
	}

	public static WebDriver start() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--window-size=1280,1000", "--lang=en-GB");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(chromedriver()))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofMillis(0));
		return driver;
	}

	/** Writes target/screenshots/{name}.png, for people to look at. */
	public static Path screenshot(WebDriver driver, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
