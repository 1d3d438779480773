package org.leernet.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver with the paths given, so that
 * Selenium Manager never looks for (or downloads) a driver or a browser. It behaves as a Flemish
 * user's browser whatever the machine: Dutch date formats, Brussels time; or, for the tests of
 * date input, as a browser set to another language and zone ({@link #Browser(Path, String, String)}).
 */
final class Browser implements AutoCloseable {

	// generous: on a busy 2-core machine completing a registration (accounts, trajectories) took over 20 s
	static final Duration TIMEOUT = Duration.ofSeconds(45);

	private final ChromeDriver driver;

	private final Path profile;

	private final Path screenshots;

	private final List<Path> taken = new ArrayList<>();

	Browser(Path screenshots) throws IOException {
		this(screenshots, "nl-BE", "Europe/Brussels");
	}

	/** A browser whose language (e.g. en-US: --lang, Accept-Language and Intl) and time zone are these. */
	Browser(Path screenshots, String language, String timeZone) throws IOException {
		this.screenshots = emptied(screenshots);
		this.profile = Files.createTempDirectory("leernet-chromium-");
		// with the driver given, Selenium Manager is never asked for one
		System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, ChromiumInstalled.CHROMEDRIVER.toString());
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(ChromiumInstalled.CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(ChromiumInstalled.CHROMIUM.toFile());
		// without the networking flags Chromium keeps calling Google's hosts, which a CI machine refuses
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--user-data-dir=" + profile, "--window-size=1400,1100", "--lang=" + language);
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
		// the console (errors of scripts and of failed requests), read by severeConsoleEntries()
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
		driver = new ChromeDriver(service, options);
		// form-js formats dates by the browser's locale, which headless Chromium takes from no flag
		driver.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", language));
		driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", timeZone));
		// a headless browser saves nothing unless told where
		driver.executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", profile.resolve("downloads").toString()));
	}

	/** Clicks a download link and waits until the browser has saved the whole file with this name. */
	Path download(WebElement link, String fileName) {
		Path file = profile.resolve("downloads").resolve(fileName);
		click(link);
		new FluentWait<>(file).withTimeout(Duration.ofSeconds(20))
			.pollingEvery(Duration.ofMillis(100))
			.withMessage(() -> "download of " + fileName)
			.until(f -> Files.isRegularFile(f) && !Files.exists(f.resolveSibling(fileName + ".crdownload")));
		return file;
	}

	private static Path emptied(Path directory) throws IOException {
		Files.createDirectories(directory);
		try (Stream<Path> old = Files.list(directory)) {
			for (Path file : old.filter(f -> f.toString().endsWith(".png")).toList()) {
				Files.delete(file);
			}
		}
		return directory;
	}

	WebDriver driver() {
		return driver;
	}

	void open(String url) {
		driver.get(url);
	}

	/** Waits (never longer than {@link #TIMEOUT}) until the condition answers something else than null or false. */
	<T> T waitUntil(String what, Function<WebDriver, T> condition) {
		return waitUntil(what, TIMEOUT, condition);
	}

	<T> T waitUntil(String what, Duration timeout, Function<WebDriver, T> condition) {
		return new FluentWait<WebDriver>(driver).withTimeout(timeout)
			.pollingEvery(Duration.ofMillis(200))
			.ignoring(StaleElementReferenceException.class)
			.ignoring(NoSuchElementException.class)
			.withMessage(what)
			.until(condition);
	}

	WebElement waitFor(By by) {
		return new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	void waitUntilGone(By by) {
		new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.invisibilityOfElementLocated(by));
	}

	/** Whether the element is gone within the time, without failing when it is not. */
	boolean goneWithin(By by, Duration time) {
		try {
			new WebDriverWait(driver, time).until(ExpectedConditions.invisibilityOfElementLocated(by));
			return true;
		}
		catch (org.openqa.selenium.TimeoutException stillThere) {
			return false;
		}
	}

	void scrollTo(WebElement element) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
	}

	/** Clicks like a user: scrolled to the middle of the window, clear of the fixed footer. */
	void click(WebElement element) {
		scrollTo(element);
		waitUntil("to click " + element, d -> {
			if (!element.isDisplayed() || !element.isEnabled()) {
				return false;
			}
			try {
				element.click();
				return true;
			}
			catch (ElementClickInterceptedException ex) {
				// the tooltip of the element clicked before covers it until the mouse moves away
				new Actions(d).moveToElement(element).perform();
				return false;
			}
		});
	}

	void click(By by) {
		click(waitFor(by));
	}

	/**
	 * Waits until the page has painted twice and run what it scheduled after that: a form that
	 * has just appeared has run its first effects and takes input without losing it.
	 */
	void settle() {
		((JavascriptExecutor) driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)));""");
	}

	/** Replaces the value of an input, as select-all and typing do. */
	void type(WebElement input, CharSequence... keys) {
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
		input.sendKeys(keys);
	}

	/** What a user reads: the visible text and the placeholders of visible inputs, one per line. */
	String visibleText() {
		String text = driver.findElement(By.tagName("body")).getText();
		Object placeholders = ((JavascriptExecutor) driver).executeScript("""
				return Array.from(document.querySelectorAll('[placeholder]'))
				  .filter(e => e.offsetParent !== null)
				  .map(e => e.getAttribute('placeholder'))
				  .join('\\n');""");
		return text + "\n" + placeholders;
	}

	/** The console's SEVERE entries since the last call (reading empties Chromium's buffer). */
	List<String> severeConsoleEntries() {
		return driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	/** A numbered screenshot of the window in the screenshot folder. */
	Path screenshot(String name) {
		Path file = screenshots.resolve("%02d-%s.png".formatted(taken.size() + 1, name));
		try {
			Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		taken.add(file);
		return file;
	}

	List<Path> screenshots() {
		return List.copyOf(taken);
	}

	/** Signs in on the login form of a Camunda webapp (password = user name, as for the demo users). */
	void signIn(String url, String user) {
		signOut();
		open(url);
		type(waitFor(By.cssSelector("input[ng-model='username']")), user);
		type(waitFor(By.cssSelector("input[ng-model='password']")), user);
		click(By.cssSelector("form[name='signinForm'] button[type='submit']"));
		waitUntilGone(By.cssSelector("form[name='signinForm']"));
	}

	/** Waits until the page shows this text. */
	void waitForText(String text) {
		waitUntil("the page to show '" + text + "'", d -> visibleText().contains(text));
	}

	/** Forgets the login: the next page asks for a user again. */
	void signOut() {
		driver.manage().deleteAllCookies();
		driver.get("about:blank");
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			FileSystemUtils.deleteRecursively(profile.toFile());
		}
	}

}
