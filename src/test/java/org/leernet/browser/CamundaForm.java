package org.leernet.browser;

import java.time.LocalDate;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A Camunda Form as form-js renders it in Tasklist, inside {@code scope} (the task or the start
 * dialog). Fields are found by their component id, which form-js puts at the end of the input's
 * id: {@code fjs-form-<random>-Field_NetworkCode}; list items end in {@code _0}, {@code _1}.
 */
final class CamundaForm {

	private final Browser browser;

	private final String scope;

	CamundaForm(Browser browser, String scope) {
		this.browser = browser;
		this.scope = scope;
		browser.waitFor(By.cssSelector(scope + " .fjs-form"));
		browser.settle();
	}

	WebElement field(String id) {
		return browser.waitFor(By.cssSelector(scope + " [id$='-" + id + "']"));
	}

	/** Types into a text, number or text area field. */
	CamundaForm type(String id, String text) {
		enter(id, text);
		return this;
	}

	/** Types the text whatever the field shows now: the field may show a value the form lost. */
	CamundaForm retype(String id, String text) {
		browser.type(field(id), text, Keys.TAB);
		browser.settle();
		return this;
	}

	/** Types the text, and again if the form lost it (a form just shown, on a busy machine). */
	private void enter(String id, String text, CharSequence... then) {
		browser.waitUntil("field " + id + " to hold '" + text + "'", d -> {
			if (!text.equals(field(id).getDomProperty("value"))) {
				CharSequence[] keys = new CharSequence[then.length + 1];
				keys[0] = text;
				System.arraycopy(then, 0, keys, 1, then.length);
				browser.type(field(id), keys);
				browser.settle();
			}
			return text.equals(field(id).getDomProperty("value"));
		});
	}

	/** A select: opens its list and clicks the option with this label. */
	CamundaForm choose(String id, String label) {
		if (browser.driver().findElements(By.cssSelector(scope + " .fjs-dropdownlist")).isEmpty()) {
			browser.click(field(id + "-display"));
		}
		browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + label + "']"));
		return this;
	}

	/** The labels a select offers: opens its list (left open) and reads them. */
	List<String> options(String id) {
		WebElement display = field(id + "-display");
		browser.click(display);
		List<String> labels = browser.waitUntil("the list of " + id + " to open", d -> {
			List<WebElement> items = d.findElements(By.cssSelector(scope + " .fjs-dropdownlist"));
			return items.isEmpty() ? null
					: d.findElements(By.cssSelector(scope + " .fjs-dropdownlist .fjs-dropdownlist-item"))
						.stream()
						.map(WebElement::getText)
						.toList();
		});
		return labels;
	}

	/** A radio button, by its label. */
	CamundaForm pick(String id, String label) {
		browser.click(By.xpath("//label[contains(@for,'-" + id + "-')][normalize-space()='" + label + "']"));
		return this;
	}

	CamundaForm check(String id) {
		WebElement checkbox = field(id);
		if (!checkbox.isSelected()) {
			browser.click(checkbox);
		}
		return this;
	}

	/** A date, typed in the order and with the separator the field's placeholder shows (dd-mm-jjjj). */
	CamundaForm date(String id, LocalDate date) {
		String placeholder = field(id + "-date").getAttribute("placeholder");
		String separator = placeholder.replaceAll("[a-z]", "").substring(0, 1);
		String day = "%02d".formatted(date.getDayOfMonth());
		String month = "%02d".formatted(date.getMonthValue());
		String year = String.valueOf(date.getYear());
		enter(id + "-date", placeholder.startsWith("d") ? String.join(separator, day, month, year)
				: String.join(separator, month, day, year), Keys.TAB);
		return this;
	}

	/** Types this text into a date field as a user would, then leaves the field; the field may refuse it. */
	CamundaForm typeDate(String id, String text) {
		WebElement input = field(id + "-date");
		browser.click(input);
		browser.type(input, text, Keys.TAB);
		browser.settle();
		return this;
	}

	/** The text under a date field: the chosen date in words, or why a typed date was refused. */
	String underDate(String id, String kind) {
		return browser.waitUntil("text under " + id, d -> {
			List<WebElement> found = d.findElements(By.cssSelector(scope + " .fjs-form-field-datetime:has([id$='-" + id
					+ "-date']) > .leernet-date-" + kind));
			return found.isEmpty() || found.get(0).getText().isBlank() ? null : found.get(0).getText();
		});
	}

	/** The date typed in the field, as it shows now. */
	String dateText(String id) {
		return field(id + "-date").getDomProperty("value");
	}

	CamundaForm time(String id, String hoursAndMinutes) {
		enter(id + "-time", hoursAndMinutes, Keys.TAB);
		return this;
	}

	/** The validation messages form-js shows under the fields. */
	List<String> errors() {
		return browser.driver()
			.findElements(By.cssSelector(scope + " .fjs-form-field-error li"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	String text() {
		return browser.waitFor(By.cssSelector(scope + " .fjs-form")).getText();
	}

}
