package org.leernet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leernet.OneEngineAtATime;
import org.leernet.identity.PasswordLinks;
import org.leernet.overview.export.NetworkExports;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
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
// the task-link test does participant-a's demo evaluation before the overview's test completes the rest
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class LeernetPagesBrowserTests {

	static final Path SCREENSHOTS = Path.of("target", "e2e-pages");

	@LocalServerPort
	int port;

	@Autowired
	PasswordLinks passwordLinks;

	@Autowired
	IdentityService identityService;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

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

	/**
	 * participant-a's demo evaluation, from the link in the mail that came when it appeared: the
	 * form with Tasklist's labels and Dutch messages, without a login; sending it completes the task.
	 */
	@Test
	@org.junit.jupiter.api.Order(1)
	void aContactPersonEvaluatesFromTheLinkInTheirMail() {
		String body = jdbc.sql("select text_body from mail_log where kind = 'TASK_ACTION' and recipient = ?")
			.param("participant-a@leernet.local")
			.query(String.class)
			.list()
			.get(0);
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("https?://\\S+(/leernet/taak/[A-Za-z0-9_-]{43})")
			.matcher(body);
		assertThat(link.find()).as("a task link in the mail").isTrue();
		Task task = taskService.createTaskQuery().taskCandidateGroup("organisation-" + auroraCode())
			.taskDefinitionKey("Task_EvaluateSession").singleResult();

		browser.open(url(link.group(1)));
		browser.waitFor(By.cssSelector(".fjs-container"));
		browser.waitForText("Algemene tevredenheid");
		assertThat(browser.visibleText()).contains("Sessie evalueren", "Wat was goed?", "Wat kan beter?", "4 - tevreden");
		browser.click(By.id("form-submit"));
		browser.waitForText("Dit veld is verplicht.");
		assertDutch("task-link-form");
		browser.click(browser.driver().findElement(By.xpath("//label[normalize-space()='4 - tevreden']")));
		browser.type(browser.driver().findElement(By.cssSelector("textarea")), "Heldere voorbeelden");
		browser.click(By.id("form-submit"));
		browser.waitForText("Bedankt");
		assertDutch("task-link-thanks");
		assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("the task is done").isZero();
		assertThat(jdbc.sql("select channel from evaluation e join organisation o on o.id = e.organisation_id where o.code = ?")
			.param(auroraCode())
			.query(String.class)
			.single()).isEqualTo("LINK");
	}

	private String auroraCode() {
		return jdbc.sql("select o.code from organisation o join contact_person c on c.organisation_id = o.id where c.email = ?")
			.param("participant-a@leernet.local")
			.query(String.class)
			.single();
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

	// The overview's pages (issue 18), per role, with screenshots in target/e2e/<role>-netwerk….png

	static final Path E2E = Path.of("target", "e2e");

	static final String DEMO = "DEMO-2027-1";

	@Autowired
	TaskService taskService;

	/** The last screenshot, also as target/e2e/{name}.png, where the issue's closing note points. */
	void keep(String name) throws IOException {
		Path shot = browser.screenshot(name);
		Files.createDirectories(E2E);
		Files.copy(shot, E2E.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	void assertOverviewDutch(String name) throws IOException {
		assertDutch(name);
		keep(name);
	}

	@Test
	void aCoordinatorGoesFromTasklistToTheDemoNetworkAndSeesEveryOrganisation() throws IOException {
		browser.signOut();
		browser.open(url("/leernet/netwerken"));
		browser.waitForText("Log eerst in");
		assertOverviewDutch("anoniem-netwerken");
		// the demo's participants evaluate their intakes (as their forms send it), so that the page has a chart
		int score = 4;
		for (Task evaluation : taskService.createTaskQuery().processInstanceBusinessKey(DEMO)
			.taskDefinitionKey("Task_EvaluateSession").list()) {
			taskService.complete(evaluation.getId(),
					Map.of("evaluationScore", String.valueOf(score++), "evaluationWentWell", "Nuttig"));
		}
		new Tasklist(browser, url("")).signIn("coordinator");
		browser.click(browser.waitFor(By.cssSelector("#leernet-netwerken-link a")));
		browser.waitForText(DEMO);
		assertOverviewDutch("coordinator-netwerken");
		browser.click(browser.waitFor(By.linkText(DEMO)));
		browser.waitForText("Organisaties");
		String text = browser.visibleText();
		assertThat(text).contains("Zorggroep Aurora", "Bouwbedrijf Berkenhof", "Stad Cederdal", "Dienst Delta",
				"Kick-off", "Quorum", "organisaties (xlsx)", "Agenda", "Takenlijst");
		assertThat(browser.driver().findElements(By.cssSelector(".organisations tbody tr"))).hasSize(4);
		assertOverviewDutch("coordinator-netwerk");
		assertThat(browser.driver().findElements(By.cssSelector("figure.chart svg rect.bar"))).as("the chart").isNotEmpty();
		browser.scrollTo(browser.waitFor(By.cssSelector("section.sessions")));
		keep("coordinator-netwerk-sessies");

		// the organisations' export, downloaded as the coordinator clicks it, opens as a workbook
		Path xlsx = browser.download(browser.waitFor(By.linkText("organisaties (xlsx)")), DEMO + "-organisaties.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			List<String> header = new ArrayList<>();
			sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
			assertThat(header).isEqualTo(NetworkExports.ORGANISATION_HEADERS);
			List<String> names = new ArrayList<>();
			for (int row = 1; row <= sheet.getLastRowNum(); row++) {
				names.add(sheet.getRow(row).getCell(1).getStringCellValue());
			}
			assertThat(names).containsExactlyInAnyOrder("Zorggroep Aurora", "Bouwbedrijf Berkenhof", "Stad Cederdal",
					"Dienst Delta");
		}

		// from a task of the network to its page
		Task kickoff = taskService.createTaskQuery().processInstanceBusinessKey(DEMO)
			.taskDefinitionKey("Task_ConductKickoff").singleResult();
		new Tasklist(browser, url("")).openTaskById(kickoff.getId(), kickoff.getName());
		browser.click(browser.waitFor(By.cssSelector(".task-card .leernet-network-link")));
		browser.waitForText("Organisaties");
		assertThat(browser.driver().getCurrentUrl()).endsWith("/leernet/netwerken/" + DEMO);
	}

	@Test
	void anAdviserSeesOnlyTheirOrganisationOfTheDemoNetwork() throws IOException {
		new Tasklist(browser, url("")).signIn("adviser1");
		browser.open(url("/leernet/netwerken/" + DEMO));
		browser.waitForText("Organisaties");
		assertThat(browser.visibleText()).contains("Stad Cederdal")
			.doesNotContain("Zorggroep Aurora", "Bouwbedrijf Berkenhof", "Dienst Delta", "Exporteren");
		assertOverviewDutch("adviser-netwerk");
	}

	@Test
	void aParticipantSeesOnlyTheirOwnTrajectoryAlsoOnAPhone() throws IOException {
		new Tasklist(browser, url("")).signIn("participant-a");
		Dimension before = browser.driver().manage().window().getSize();
		try {
			browser.driver().manage().window().setSize(new Dimension(390, 844));
			browser.open(url("/leernet/netwerken"));
			browser.waitForText("Mijn traject");
			assertThat(browser.visibleText()).contains("Zorggroep Aurora", "Wat komt eraan")
				.doesNotContain("Bouwbedrijf Berkenhof", "Stad Cederdal", "Dienst Delta");
			Object overflow = ((JavascriptExecutor) browser.driver())
				.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
			assertThat(((Number) overflow).intValue()).as("no sideways scrolling of the page on a phone").isLessThanOrEqualTo(0);
			assertOverviewDutch("participant-traject");
		}
		finally {
			browser.driver().manage().window().setSize(before);
		}
	}

	@Test
	void aProcessOwnerIsRefusedInDutch() throws IOException {
		browser.signIn(url("/camunda/app/cockpit/default/"), "process-owner");
		browser.open(url("/leernet/netwerken"));
		browser.waitForText("Geen toegang");
		assertOverviewDutch("process-owner-netwerken");
	}

}
