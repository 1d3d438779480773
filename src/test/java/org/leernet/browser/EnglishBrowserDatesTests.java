package org.leernet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.leernet.OneEngineAtATime;
import org.leernet.notification.MailParts;
import org.leernet.process.DutchDates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Date input in a browser set to American English, in London's time zone: a coordinator's
 * browser on a borrowed laptop. Tasklist's date fields still show and read dd-mm-jjjj and the
 * time typed is Brussels time: the stored session, the invitation's calendar entry and the mail
 * text carry the day and hour typed, and the form repeated them in Dutch words before completing.
 * A past registration deadline on the start form gets a Dutch message instead of an empty field.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:leernet-browser-dates;DB_CLOSE_DELAY=-1",
				"camunda.bpm.job-execution.enabled=true", "spring.mail.host=127.0.0.1",
				"logging.level.org.openqa.selenium.devtools.CdpVersionFinder=error",
				"logging.level.org.openqa.selenium.chromium.ChromiumDriver=error" })
@OneEngineAtATime
@ExtendWith(ChromiumInstalled.class)
@TestInstance(Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class EnglishBrowserDatesTests {

	static final Path SCREENSHOTS = Path.of("target", "e2e-dates");

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	static final LocalDate TODAY = LocalDate.now(BRUSSELS);

	static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl-BE"));

	/** The SMTP server the application sends to, started before the application. */
	static GreenMail smtp;

	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry properties) throws IOException {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		properties.add("spring.mail.port", () -> port);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Browser browser;

	Tasklist tasklist;

	@RegisterExtension
	final TestWatcher screenshotOnFailure = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (browser != null) {
				browser.screenshot("FAILED-" + context.getRequiredTestMethod().getName());
			}
		}
	};

	@BeforeAll
	void openBrowser() throws IOException {
		browser = new Browser(SCREENSHOTS, "en-US", "Europe/London");
		tasklist = new Tasklist(browser, "http://localhost:" + port);
	}

	@AfterAll
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (smtp != null) {
			smtp.stop();
		}
	}

	@Test
	@Order(1)
	void theBrowserIsReallyAmerican() {
		browser.open("http://localhost:" + port + "/camunda/app/welcome/default/");
		Object language = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
			.executeScript("return [navigator.language, Intl.DateTimeFormat().resolvedOptions().timeZone].join(' ')");
		assertThat(language).isEqualTo("en-US Europe/London");
	}

	@Test
	@Order(2)
	void aPastRegistrationDeadlineIsNamedAsPastInDutch() {
		tasklist.signIn("coordinator");
		CamundaForm start = tasklist.startProcess("Lerend netwerk");
		assertThat(start.field("Field_RegistrationDeadline-date").getAttribute("placeholder")).isEqualTo("dd-mm-jjjj");

		LocalDate past = TODAY.minusDays(10);
		start.typeDate("Field_RegistrationDeadline", "%02d-%02d-%d".formatted(past.getDayOfMonth(),
				past.getMonthValue(), past.getYear()));
		assertThat(start.underDate("Field_RegistrationDeadline", "error"))
			.isEqualTo("De datum " + WORDS.format(past) + " ligt in het verleden. Kies vandaag of een latere datum.");
		assertThat(start.dateText("Field_RegistrationDeadline")).as("flatpickr took the date out").isEmpty();
		browser.screenshot("past-deadline");
		assertThat(visibleErrors()).as("form-js's own message is not shown as well").isEmpty();

		// the American order is no day: refused, never read as another date
		start.typeDate("Field_RegistrationDeadline", "11/15/" + (TODAY.getYear() + 1));
		assertThat(start.underDate("Field_RegistrationDeadline", "error"))
			.isEqualTo("Dit is geen geldige datum. Typ dag-maand-jaar, bijvoorbeeld 15-11-2026.");
		assertThat(start.dateText("Field_RegistrationDeadline")).isEmpty();

		// a good date: its words, and the message is gone
		LocalDate deadline = TODAY.plusMonths(1);
		start.typeDate("Field_RegistrationDeadline", "%d/%d/%d".formatted(deadline.getDayOfMonth(),
				deadline.getMonthValue(), deadline.getYear()));
		assertThat(start.underDate("Field_RegistrationDeadline", "words")).isEqualTo(WORDS.format(deadline));
		assertThat(start.dateText("Field_RegistrationDeadline"))
			.isEqualTo("%02d-%02d-%d".formatted(deadline.getDayOfMonth(), deadline.getMonthValue(), deadline.getYear()));
		assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector(".leernet-date-error"))).isEmpty();
		browser.screenshot("good-deadline");
	}

	@Test
	@Order(3)
	void anIntakeTypedInAnEnglishBrowserIsStoredMailedAndInvitedOnTheDayAndHourTyped() throws Exception {
		// a day after the 12th: read as month first, it would roll over into another year's month
		LocalDate day = TODAY.plusDays(20);
		while (day.getDayOfMonth() <= 12) {
			day = day.plusDays(1);
		}
		OffsetDateTime expected = ZonedDateTime.of(day.atTime(10, 0), BRUSSELS).toOffsetDateTime();

		tasklist.signIn("adviser1");
		CamundaForm plan = tasklist.openTask("Mijn taken", "Intakegesprek plannen");
		assertThat(plan.field("Field_SessionStart-date").getAttribute("placeholder")).isEqualTo("dd-mm-jjjj");
		plan.typeDate("Field_SessionStart", "%02d-%02d-%d".formatted(day.getDayOfMonth(), day.getMonthValue(), day.getYear()))
			.time("Field_SessionStart", "10:00")
			.type("Field_SessionLocation", "Stadhuis Cederdal, zaal 3");
		assertThat(plan.underDate("Field_SessionStart", "words")).isEqualTo(WORDS.format(day) + ", 10:00");
		browser.screenshot("intake-typed");
		tasklist.complete();

		OffsetDateTime stored = jdbc.queryForObject("""
				select s.planned_start from learning_session s join organisation o on o.id = s.organisation_id
				where o.code = 'stad-cederdal' and s.kind = 'INTAKE'""", OffsetDateTime.class);
		assertThat(stored.toInstant()).isEqualTo(expected.toInstant());

		MimeMessage invitation = browser.waitUntil("the intake's invitation", d -> invitation("Stadhuis Cederdal, zaal 3"));
		String text = MailParts.text(invitation, new ArrayList<>());
		assertThat(text).contains("Wanneer: " + DutchDates.dateTime(expected));
		Calendar calendar = new CalendarBuilder()
			.build(new StringReader(MailParts.attachment(invitation, "text/calendar")));
		VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
		assertThat(Instant.from(event.<Temporal>getStartDate().orElseThrow().getDate())).isEqualTo(expected.toInstant());
	}

	private List<String> visibleErrors() {
		return browser.driver()
			.findElements(org.openqa.selenium.By.cssSelector(".fjs-form-field-error li"))
			.stream()
			.filter(org.openqa.selenium.WebElement::isDisplayed)
			.map(org.openqa.selenium.WebElement::getText)
			.toList();
	}

	private static MimeMessage invitation(String location) {
		for (MimeMessage message : smtp.getReceivedMessages()) {
			try {
				if (message.getSubject().startsWith("Uitnodiging: ")
						&& MailParts.text(message, new ArrayList<>()).contains(location)) {
					return message;
				}
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}
		return null;
	}

}
