package org.leernet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leernet.OneEngineAtATime;
import org.leernet.identity.PasswordLinks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Leernet's own pages in headless Chromium: Dutch, with a way back to Tasklist. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:leernet-pages-browser;DB_CLOSE_DELAY=-1",
				"logging.level.org.openqa.selenium.devtools.CdpVersionFinder=error",
				"logging.level.org.openqa.selenium.chromium.ChromiumDriver=error" })
@OneEngineAtATime
@ExtendWith(ChromiumInstalled.class)
@TestInstance(Lifecycle.PER_CLASS)
class LeernetPagesBrowserTests {

	static final Path SCREENSHOTS = Path.of("target", "e2e-pages");

	@LocalServerPort
	int port;

	@Autowired
	PasswordLinks passwordLinks;

	@Autowired
	IdentityService identityService;

	Browser browser;

	@BeforeAll
	void openBrowser() throws IOException {
		browser = new Browser(SCREENSHOTS);
	}

	@AfterAll
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	void assertDutch(String name) {
		browser.screenshot(name);
		String text = browser.visibleText();
		assertThat(text).doesNotContain("Whitelabel", "Exception", "There was an unexpected error");
		assertThat(EnglishText.in("tasklist", text)).as("English text on %s", name).isEmpty();
		// the pages' Content-Security-Policy allows no inline style or script: nothing may be refused
		assertThat(browser.severeConsoleEntries()).as("console of %s", name)
			.noneMatch(entry -> entry.contains("Content Security Policy"));
	}

	@Test
	void anUnknownPageIsDutchAndLeadsToTasklist() {
		browser.open(url("/leernet/bestaat-niet"));
		browser.waitForText("Pagina niet gevonden");
		assertDutch("404");
		assertThat(browser.visibleText()).contains("Naar de takenlijst");
	}

	@Test
	void aSpentPasswordLinkIsDutch() {
		browser.open(url("/leernet/wachtwoord/al-gebruikt"));
		browser.waitForText("Pagina niet gevonden");
		assertDutch("password-link-spent");
	}

	@Test
	void aSetPasswordPageShowsItsForm() {
		// a demo contact whose account Leernet made: only those get a link
		String contact = identityService.createUserQuery().userEmail("jan.claes@berkenhof.example").singleResult().getId();
		String token = passwordLinks.issue(contact).orElseThrow();
		browser.open(url("/leernet/wachtwoord/" + token));
		browser.waitForText("Wachtwoord instellen");
		assertDutch("password-form");
		assertThat(browser.driver().findElement(org.openqa.selenium.By.tagName("body")).getCssValue("max-width"))
			.as("the stylesheet applies").isEqualTo("512px");
	}

	@Test
	void aCoordinatorLoggedInToTasklistReadsTheMails() {
		browser.open(url("/leernet/mails"));
		browser.waitForText("Log eerst in");
		assertDutch("mails-not-logged-in");
		new Tasklist(browser, url("")).signIn("coordinator");
		browser.open(url("/leernet/mails"));
		browser.waitForText("Verstuurde mails");
		assertDutch("mails");
	}

}
