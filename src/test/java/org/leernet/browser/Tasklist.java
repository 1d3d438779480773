package org.leernet.browser;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Camunda Tasklist as a user works with it: sign in, pick a filter, open a task, claim it, fill in
 * its form and complete it; start a process from its start form. Selectors are Tasklist's own
 * classes and AngularJS attributes (the login inputs have no name).
 */
final class Tasklist {

	/** A task made by an asynchronous step (after a mail job) may take a while to appear. */
	private static final Duration NEW_TASK_TIMEOUT = Duration.ofSeconds(60);

	private static final By TASK_FORM = By.cssSelector(".task-details .fjs-form");

	private static final By COMPLETE = By.cssSelector(".task-details .form-actions button.btn-primary");

	private static final Pattern TASK_ID = Pattern.compile("task=([0-9a-f-]+)");

	private final Browser browser;

	private final String url;

	Tasklist(Browser browser, String baseUrl) {
		this.browser = browser;
		this.url = baseUrl + "/camunda/app/tasklist/default/";
	}

	/** Signs in (password = user name, as for the demo users) and waits for the filters. */
	Tasklist signIn(String user) {
		browser.signIn(url, user);
		browser.waitFor(By.cssSelector(".task-filters .task-filter"));
		// dropped, not checked: the login page asks who is signed in before anyone is (a 401, which
		// Chromium logs as a failed request); the forms are checked from here on
		browser.severeConsoleEntries();
		return this;
	}

	/** Clicks a filter (again, to refresh it) and returns the names of its tasks once loaded. */
	List<String> filter(String name) {
		browser.click(By.xpath(
				"//div[contains(@class,'task-filter')]//h4/a[starts-with(normalize-space(.),'" + name + "')]"));
		browser.waitUntil("filter " + name + " to be active", d -> activeFilter(d).startsWith(name));
		return tasks();
	}

	/** The filters this user may use, as the sidebar shows them (a name, maybe with its counter). */
	List<String> filterNames() {
		return browser.driver()
			.findElements(By.cssSelector(".task-filters .task-filter h4 a"))
			.stream()
			.map(link -> link.getText().trim())
			.toList();
	}

	private static String activeFilter(WebDriver driver) {
		List<WebElement> active = driver.findElements(By.cssSelector(".task-filter.active h4 a"));
		return active.isEmpty() ? "" : active.get(0).getText().trim();
	}

	/** The task names in the list, once the list agrees with the active filter's counter. */
	List<String> tasks() {
		return browser.waitUntil("the task list to load", d -> {
			List<WebElement> loading = d.findElements(By.cssSelector(".tasks-list .loader-state.loading"));
			if (loading.stream().anyMatch(WebElement::isDisplayed)) {
				return null;
			}
			List<WebElement> counter = d.findElements(By.cssSelector(".task-filter.active .counter"));
			if (counter.isEmpty() || !counter.get(0).getText().matches("\\D*\\d+\\D*")) {
				return null;
			}
			int count = Integer.parseInt(counter.get(0).getText().replaceAll("\\D", ""));
			List<String> names = d.findElements(By.cssSelector("ol.tasks-list li.task h4.task a"))
				.stream()
				.map(a -> a.getText().trim())
				.toList();
			return names.size() == count ? names : null;
		});
	}

	/** Refreshes the filter until exactly one task has this name, then opens it. */
	CamundaForm openTask(String filter, String name) {
		browser.waitUntil("one task '" + name + "' in " + filter, NEW_TASK_TIMEOUT,
				d -> filter(filter).stream().filter(name::equals).count() == 1);
		browser.click(By.xpath("//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a[normalize-space()='"
				+ name + "']"));
		browser.waitFor(By.xpath("//*[contains(@class,'task-details')]//h2[contains(@class,'task')][normalize-space()='"
				+ name + "']"));
		return new CamundaForm(browser, ".task-details");
	}

	/** Opens a task by its link, as a link in a mail would. */
	void openTaskById(String taskId) {
		browser.open("about:blank");
		browser.open(url + "#/?task=" + taskId);
	}

	/** Opens a task by its link and waits for its form, as a user following a link would see it. */
	CamundaForm openTaskById(String taskId, String name) {
		openTaskById(taskId);
		browser.waitFor(By.xpath("//*[contains(@class,'task-details')]//h2[contains(@class,'task')][normalize-space()='"
				+ name + "']"));
		return new CamundaForm(browser, ".task-details");
	}

	/** The name of the first filter, where a user lands (without its counter). */
	String firstFilter() {
		return browser.waitFor(By.cssSelector(".task-filters .task-filter h4 a"))
			.getText()
			.replaceAll("\\s*\\(?\\d+\\)?\\s*$", "")
			.trim();
	}

	String openTaskId() {
		Matcher matcher = TASK_ID.matcher(browser.driver().getCurrentUrl());
		return matcher.find() ? matcher.group(1) : null;
	}

	boolean canClaim() {
		return !browser.driver().findElements(By.cssSelector(".task-details button.claim")).isEmpty();
	}

	void claim() {
		browser.click(By.cssSelector(".task-details button.claim"));
		browser.waitUntilGone(By.cssSelector(".task-details button.claim"));
	}

	boolean canComplete() {
		return browser.waitFor(COMPLETE).isEnabled();
	}

	/**
	 * Clicks "Voltooien" and waits until Tasklist has closed the task. Chromium 156 sometimes drops
	 * the click on a long form's button at the bottom of the pane, as a user sees when nothing
	 * happens; like that user, the test clicks once more while the form is still there unchanged.
	 */
	void complete() {
		browser.click(COMPLETE);
		for (int click = 2; click <= 3 && !browser.goneWithin(TASK_FORM, Duration.ofSeconds(10)); click++) {
			if (!browser.driver().findElements(COMPLETE).stream().allMatch(WebElement::isEnabled)) {
				break; // Tasklist is busy with the first click, or the form refused: wait as before
			}
			browser.click(COMPLETE);
		}
		browser.waitUntilGone(TASK_FORM);
	}

	/** Opens "Proces starten", picks the process and returns its start form. */
	CamundaForm startProcess(String name) {
		browser.click(By.cssSelector(".start-process-action a"));
		browser.click(By.xpath("//ul[contains(@class,'processes')]//a[normalize-space()='" + name + "']"));
		return new CamundaForm(browser, ".modal-content");
	}

	/** Clicks "Starten" under the start form. */
	void start() {
		browser.click(By.cssSelector(".modal-footer button.btn-primary"));
	}

	/**
	 * Starts once Starten is enabled; while it is not, fills in again what the dialog lost (see
	 * CODE_LOST in BrowserIntegrationTests), as a user does who sees the field emptied.
	 */
	void start(Runnable refill) {
		By starten = By.cssSelector(".modal-footer button.btn-primary");
		browser.waitUntil("Starten to be enabled", d -> {
			if (d.findElement(starten).isEnabled()) {
				return true;
			}
			refill.run();
			browser.settle();
			return false;
		});
		start();
	}

	/** Waits for a notification (top right, or in the dialog), shows it and returns its text. */
	String notification(String containing) {
		WebElement notification = browser.waitUntil("a notification with '" + containing + "'",
				d -> d.findElements(By.cssSelector(".notifications .alert"))
					.stream()
					.filter(alert -> alert.getText().contains(containing))
					.findFirst()
					.orElse(null));
		browser.scrollTo(notification);
		return notification.getText();
	}

}
