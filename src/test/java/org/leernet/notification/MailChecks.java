package org.leernet.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.temporal.Temporal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.leernet.RoutedNetworkTestSupport;
import org.leernet.recruitment.Organisation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Every mail against a real SMTP server (GreenMail), driven through the real processes:
 * recipients, Dutch subject and body, calendar invitations, timers, retries, opt-out.
 * Run on H2 and on PostgreSQL by the subclasses, one after the other in the same JVM: each
 * subclass gets a fresh GreenMail on a free port of its own.
 */
@TestPropertySource(properties = "spring.mail.host=127.0.0.1")
@ExtendWith(MailChecks.SmtpServer.class)
abstract class MailChecks extends RoutedNetworkTestSupport {

	/** The SMTP server of the running test class. */
	static GreenMail smtp;

	/** Chosen once per class, so that a test that stops and restarts the server finds it again. */
	static int smtpPort;

	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.port", () -> smtpPort);
	}

	/**
	 * Starts GreenMail before the application context of a test class and stops it after the
	 * context is closed. Declared on this class, so that JUnit registers it before the
	 * SpringExtension of a subclass's {@code @SpringBootTest} (extensions are inherited top-down;
	 * a static {@code @RegisterExtension} field would come after it): the embedded PostgreSQL
	 * starts the context already before the class, and the demo network's mails at start-up
	 * need a running server.
	 */
	static class SmtpServer implements BeforeAllCallback, AfterAllCallback {

		@Override
		public void beforeAll(ExtensionContext context) {
			try (ServerSocket free = new ServerSocket(0)) {
				smtpPort = free.getLocalPort();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			smtp = new GreenMail(ServerSetupTest.SMTP.port(smtpPort));
			smtp.start();
		}

		@Override
		public void afterAll(ExtensionContext context) {
			smtp.stop();
		}

	}

	@Autowired
	MailService mailService;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SessionMails sessionMails;

	@Autowired
	TestRestTemplate rest;

	// ------------------------------------------------------------------ helpers

	ProcessInstance startNetwork(String code, int minimum, int maximum) {
		ProcessInstance network = runtimeService.startProcessInstanceByKey("learning-network",
				Map.of("networkCode", code, "networkName", "Netwerk " + code, "minimumOrganisations", minimum,
						"maximumOrganisations", maximum, "collectiveSessions", 1, "individualSessions", 1,
						"registrationDeadline", LocalDate.now().plusMonths(1).toString()));
		runAsyncJobs();
		return network;
	}

	void register(String code, String name, boolean last) {
		String slug = name.toLowerCase().replace(' ', '.');
		complete(code, "Task_RegisterOrganisation", "organisationName", name, "sector", "bouw", "caseDescription", "Team",
				"contacts", json("[{\"contactName\":\"Els " + name + "\",\"contactEmail\":\"els@" + slug + ".example\"},"
						+ "{\"contactName\":\"Jan " + name + "\",\"contactEmail\":\"jan@" + slug + ".example\"}]"),
				"recruitmentClosed", last);
	}

	List<MimeMessage> mailsTo(String email) throws Exception {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().contains(email))) {
				found.add(message);
			}
		}
		return found;
	}

	static String text(MimeMessage message) throws Exception {
		return MailParts.text(message, new ArrayList<>());
	}

	static VEvent event(MimeMessage message) throws Exception {
		String ics = MailParts.attachment(message, "text/calendar");
		assertThat(ics).as("calendar attachment").isNotNull();
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		return calendar.<VEvent>getComponent("VEVENT").orElseThrow();
	}

	static String uid(VEvent event) {
		return event.getProperty(Property.UID).orElseThrow().getValue();
	}

	static Instant start(VEvent event) {
		return Instant.from(event.<Temporal>getStartDate().orElseThrow().getDate());
	}

	void planKickoff(String code) {
		complete(code, "Task_PlanKickoff", "kickoffStart", inDays(20), "kickoffSecondStart", inDays(21),
				"sessionLocation", "Brussel");
	}

	/** A network with one registered organisation (recruitment closed) and its kickoff planned; its code. */
	String oneOrganisationWithKickoffPlanned(String code, String name) {
		startNetwork(code, 1, 15);
		register(code, name, true);
		planKickoff(code);
		return organisationNamed(code, name).code();
	}

	Organisation organisationNamed(String code, String name) {
		return organisations.ofNetwork(networks.get(code).id())
			.stream()
			.filter(org -> org.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	/** From the planned kickoff to the individual session of one organisation, ready to be held. */
	ProcessInstance toIndividualSession(String code, String orgCode) {
		completeFor(code, orgCode, "Task_AssignAdviser", "adviser", "adviser1");
		completeFor(code, orgCode, "Task_ScheduleIntake", "sessionStart", inDays(5), "sessionLocation", "Gent");
		completeFor(code, orgCode, "Task_ConductIntake", "intakeWorkOrganisation", "x", "intakeMaturity", "beginner",
				"intakeNeeds", "y");
		evaluateAll(code);
		completeFor(code, orgCode, "Task_PrepareCasePresentation", "projectSummary", "p", "caseTeam", "t");
		completeFor(code, orgCode, "Task_DistributeBaselineSurveys", "baselineQualitySurvey", true, "baselineMobilitySurvey",
				true, "trackingStudy", "no");
		return trajectory(code, orgCode);
	}

	ProcessInstance trajectory(String code, String orgCode) {
		return runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("organisation-trajectory")
			.processInstanceBusinessKey(code)
			.variableValueEquals("organisationCode", orgCode)
			.singleResult();
	}

	Job timer(ProcessInstance instance, String activityId) {
		return managementService.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(activityId)
			.timers()
			.singleResult();
	}

	/** Moves the engine's clock to the timer's due date and fires it, as time would. */
	void fire(Job timer) {
		if (timer.getDuedate().after(ClockUtil.getCurrentTime())) {
			ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
		}
		managementService.executeJob(timer.getId());
		runAsyncJobs();
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	/** Links already followed by this class (the mailbox keeps every test's mails). */
	static final java.util.Set<String> followed = new java.util.HashSet<>();

	private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("https?://[^\\s\"'<>)]+");

	/**
	 * Every link in every mail a test made works: it points at this running server (its real
	 * port, not a default one) and answers without an error, logged in or not.
	 */
	@AfterEach
	void everyLinkInTheMailsWorks() throws Exception {
		String root = rest.getRootUri();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			StringBuilder content = new StringBuilder();
			collectText(message, content);
			java.util.regex.Matcher link = LINK.matcher(content);
			while (link.find()) {
				String url = link.group().replace("&amp;", "&");
				if (!followed.add(url)) {
					continue;
				}
				assertThat(url).as("link in '%s'", message.getSubject()).startsWith(root + "/");
				var headers = new org.springframework.http.HttpHeaders();
				headers.setAccept(List.of(org.springframework.http.MediaType.TEXT_HTML));
				var answer = rest.exchange(url.substring(root.length()), org.springframework.http.HttpMethod.GET,
						new org.springframework.http.HttpEntity<>(headers), String.class);
				// a link that was used already (a set-password link) may say so, in Dutch
				assertThat(answer.getStatusCode().is5xxServerError()).as("%s in '%s' answered %s", url, message.getSubject(),
						answer.getStatusCode()).isFalse();
				if (answer.getStatusCode().isError()) {
					assertThat(answer.getBody()).as("%s", url).contains("lang=\"nl\"").contains("Naar de takenlijst")
						.doesNotContain("Whitelabel");
				}
			}
		}
	}

	private static void collectText(jakarta.mail.Part part, StringBuilder content) throws Exception {
		if (part.isMimeType("text/plain") || part.isMimeType("text/html")) {
			content.append(part.getContent()).append('\n');
		}
		else if (part.isMimeType("multipart/*")) {
			jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				collectText(multipart.getBodyPart(i), content);
			}
		}
	}

	// ------------------------------------------------------------------ tests

	@Test
	void confirmsARegistrationToEveryContactPersonInDutch() throws Exception {
		startNetwork("MAIL-1", 1, 15);
		register("MAIL-1", "Atelier Amber", true);

		List<MimeMessage> els = mailsTo("els@atelier.amber.example");
		assertThat(els).hasSize(1);
		assertThat(els.get(0).getSubject()).isEqualTo("Inschrijving bevestigd: Netwerk MAIL-1");
		assertThat(text(els.get(0))).contains("Beste Els Atelier Amber").contains("Atelier Amber").contains("Netwerk MAIL-1");
		assertThat(mailsTo("jan@atelier.amber.example")).hasSize(1);
	}

	@Test
	void letsAContactPersonChooseTheirPasswordOnceThroughTheLinkInTheConfirmation() throws Exception {
		startNetwork("MAIL-11", 1, 15);
		register("MAIL-11", "Linde Lier", true);
		String mail = text(mailsTo("els@linde.lier.example").get(0));
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("/leernet/wachtwoord/([0-9a-f]{64})").matcher(mail);
		assertThat(link.find()).as("a set-password link in the confirmation").isTrue();
		String path = link.group();
		String userId = organisations.contacts(organisationNamed("MAIL-11", "Linde Lier").id()).get(0).userId();

		assertThat(rest.getForEntity(path, String.class).getBody()).contains("Wachtwoord instellen").contains(userId);
		var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
		form.add("password", "kort");
		form.add("confirmation", "kort");
		assertThat(rest.postForEntity(path, form, String.class).getBody()).contains("minstens 10 tekens");
		form.set("password", "Een-goed-wachtwoord");
		form.set("confirmation", "Een-goed-wachtwoord");
		assertThat(rest.postForEntity(path, form, String.class).getBody()).contains("Uw wachtwoord is ingesteld");
		assertThat(identityService.checkPassword(userId, "Een-goed-wachtwoord")).isTrue();
		assertThat(rest.getForEntity(path, String.class).getStatusCode()).as("a link works once").isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void tellsAnOrganisationPastTheMaximumItIsOnTheWaitingList() throws Exception {
		startNetwork("MAIL-2", 1, 1);
		register("MAIL-2", "Bakkerij Bolt", false);
		register("MAIL-2", "Cafe Citroen", true);

		assertThat(mailsTo("els@bakkerij.bolt.example")).extracting(MimeMessage::getSubject)
			.containsExactly("Inschrijving bevestigd: Netwerk MAIL-2");
		assertThat(mailsTo("els@cafe.citroen.example")).extracting(MimeMessage::getSubject)
			.containsExactly("Op de wachtlijst: Netwerk MAIL-2");
		assertThat(text(mailsTo("els@cafe.citroen.example").get(0))).contains("wachtlijst");
	}

	@Test
	void tellsEveryRegisteredOrganisationWhenTheNetworkIsCancelled() throws Exception {
		startNetwork("MAIL-3", 4, 15);
		register("MAIL-3", "Drukkerij Delta", true);
		complete("MAIL-3", "Task_DecideOnQuorum", "quorumDecision", "cancel", "cancellationReason", "Te weinig deelnemers");

		assertThat(mailsTo("jan@drukkerij.delta.example")).extracting(MimeMessage::getSubject)
			.contains("Gaat niet door: Netwerk MAIL-3");
		MimeMessage cancelled = mailsTo("jan@drukkerij.delta.example").get(1);
		assertThat(text(cancelled)).contains("Te weinig deelnemers");
	}

	@Test
	void invitesToSessionsWithACalendarInvitationAndSendsAnUpdateWhenMoved() throws Exception {
		startNetwork("MAIL-4", 1, 15);
		register("MAIL-4", "Elektro Eik", true);
		OffsetDateTime kickoff = OffsetDateTime.now().plusDays(20).withNano(0);
		complete("MAIL-4", "Task_PlanKickoff", "kickoffStart", kickoff.toString(), "kickoffSecondStart",
				kickoff.plusDays(1).toString(), "sessionLocation", "Brussel");

		MimeMessage invitation = mailsTo("els@elektro.eik.example").get(1);
		assertThat(invitation.getSubject()).isEqualTo("Uitnodiging: Kick-off – Netwerk MAIL-4");
		VEvent event = event(invitation);
		assertThat(start(event)).isEqualTo(kickoff.toInstant());
		assertThat(uid(event)).matches("session-\\d+@leernet");
		assertThat(event.getSequence().getSequenceNo()).isZero();

		String orgCode = organisationNamed("MAIL-4", "Elektro Eik").code();
		complete("MAIL-4", "Task_ConductKickoff", "attendance", json("[\"" + orgCode + "\"]"));
		evaluateAll("MAIL-4");
		complete("MAIL-4", "Task_PlanCollectiveSession", "sessionStart", inDays(40), "sessionLocation", "Leuven",
				"sessionThemes", json("[\"Leiderschap\"]"));
		MimeMessage collective = last(mailsTo("els@elektro.eik.example"));
		String uid = uid(event(collective));

		OffsetDateTime moved = OffsetDateTime.now().plusDays(55).withNano(0);
		complete("MAIL-4", "Task_ConductCollectiveSession", "sessionOutcome", "rescheduled", "newSessionStart", moved.toString());
		MimeMessage update = last(mailsTo("els@elektro.eik.example"));
		assertThat(update.getSubject()).startsWith("Gewijzigd: Collectieve sessie 1");
		VEvent updated = event(update);
		assertThat(uid(updated)).isEqualTo(uid);
		assertThat(updated.getSequence().getSequenceNo()).isEqualTo(1);
		assertThat(start(updated)).isEqualTo(moved.toInstant());
	}

	@Test
	void movesTheKickoffWithBothHalfDaysToANewPlaceAndTellsEveryoneInTheSameCalendarEntry() throws Exception {
		String orgCode = oneOrganisationWithKickoffPlanned("MAIL-20", "Kaas Kempen");
		MimeMessage invitation = last(mailsTo("els@kaas.kempen.example"));
		String uid = uid(event(invitation));

		OffsetDateTime moved = OffsetDateTime.now().plusDays(34).withNano(0);
		complete("MAIL-20", "Task_ConductKickoff", "sessionOutcome", "rescheduled", "newSessionStart", moved.toString(),
				"newSecondStart", moved.plusDays(1).toString(), "newSessionLocation", "Mechelen", "rescheduleReason", "Zaal bezet");

		MimeMessage update = last(mailsTo("els@kaas.kempen.example"));
		assertThat(update.getSubject()).startsWith("Gewijzigd: Kick-off");
		VEvent updated = event(update);
		assertThat(uid(updated)).isEqualTo(uid);
		assertThat(updated.getSequence().getSequenceNo()).isEqualTo(1);
		assertThat(start(updated)).isEqualTo(moved.toInstant());
		var kickoff = sessions.ofNetwork(networks.get("MAIL-20").id()).get(0);
		assertThat(kickoff.location()).isEqualTo("Mechelen");
		assertThat(kickoff.plannedStart().toInstant()).isEqualTo(moved.toInstant());
		Task again = task("MAIL-20", "Task_ConductKickoff");
		assertThat(taskService.getVariable(again.getId(), "sessionOutcome")).as("the moved kickoff opens as held").isEqualTo("held");
		assertThat(taskService.getVariable(again.getId(), "sessionLocation")).isEqualTo("Mechelen");
		assertThat(again.getDueDate().toInstant()).as("the due date follows the new date").isAfter(moved.toInstant());
		complete("MAIL-20", "Task_ConductKickoff", "attendance", json("[\"" + orgCode + "\"]"));
		assertThat(task("MAIL-20", "Task_EvaluateSession")).as("the held kickoff is evaluated").isNotNull();
	}

	@Test
	void movesTheIntakeAndSendsTheOrganisationAnUpdate() throws Exception {
		String orgCode = oneOrganisationWithKickoffPlanned("MAIL-21", "Molen Mol");
		completeFor("MAIL-21", orgCode, "Task_AssignAdviser", "adviser", "adviser1");
		completeFor("MAIL-21", orgCode, "Task_ScheduleIntake", "sessionStart", inDays(5), "sessionLocation", "Gent");
		String uid = uid(event(last(mailsTo("els@molen.mol.example"))));

		OffsetDateTime moved = OffsetDateTime.now().plusDays(12).withNano(0);
		completeFor("MAIL-21", orgCode, "Task_ConductIntake", "sessionOutcome", "rescheduled", "newSessionStart",
				moved.toString());
		MimeMessage update = last(mailsTo("els@molen.mol.example"));
		assertThat(update.getSubject()).startsWith("Gewijzigd: Intakegesprek");
		assertThat(uid(event(update))).isEqualTo(uid);
		assertThat(event(update).getSequence().getSequenceNo()).isEqualTo(1);
		assertThat(start(event(update))).isEqualTo(moved.toInstant());
		assertThat(taskService.createTaskQuery().processInstanceBusinessKey("MAIL-21").taskDefinitionKey("Task_EvaluateSession")
			.count()).as("no evaluation for an intake that did not take place").isZero();
	}

	@Test
	void cancelsAWithdrawnOrganisationsPlannedSessionsInTheCalendar() throws Exception {
		String orgCode = oneOrganisationWithKickoffPlanned("MAIL-5", "Fietsen Fonk");
		completeFor("MAIL-5", orgCode, "Task_AssignAdviser", "adviser", "adviser1");
		completeFor("MAIL-5", orgCode, "Task_ScheduleIntake", "sessionStart", inDays(5), "sessionLocation", "Gent");
		MimeMessage intake = last(mailsTo("els@fietsen.fonk.example"));
		assertThat(intake.getSubject()).startsWith("Uitnodiging: Intakegesprek");
		assertThat(mailsTo("adviser1@leernet.local")).extracting(MimeMessage::getSubject).anyMatch(s -> s.startsWith("Uitnodiging: Intakegesprek"));

		runtimeService.createMessageCorrelation("OrganisationWithdrew").processInstanceVariableEquals("organisationCode", orgCode).correlate();
		runAsyncJobs();
		MimeMessage cancel = last(mailsTo("els@fietsen.fonk.example"));
		assertThat(cancel.getSubject()).startsWith("Gaat niet door: Intakegesprek");
		assertThat(MailParts.attachment(cancel, "text/calendar")).contains("METHOD:CANCEL").contains("STATUS:CANCELLED");
		assertThat(uid(event(cancel))).isEqualTo(uid(event(intake)));
	}

	@Test
	void remindsThreeTimesWhileTheBaselineIsOpenThenEscalatesAndStopsWhenConfirmed() throws Exception {
		String orgCode = oneOrganisationWithKickoffPlanned("MAIL-6", "Garage Gent");
		ProcessInstance trajectory = toIndividualSession("MAIL-6", orgCode);
		int before = mailsTo("els@garage.gent.example").size();

		for (int i = 1; i <= 3; i++) {
			fire(timer(trajectory, "BoundaryEvent_BaselineSurveysOpen"));
		}
		assertThat(timer(trajectory, "BoundaryEvent_BaselineSurveysOpen")).as("the cycle is used up").isNull();
		List<MimeMessage> reminders = mailsTo("els@garage.gent.example").subList(before, before + 3);
		assertThat(reminders).extracting(MimeMessage::getSubject).containsOnly("Herinnering: bevragingen van de nulmeting");
		assertThat(text(reminders.get(0))).contains("Afmelden").contains("/leernet/herinneringen-uit/");
		String token = organisations.contacts(organisationNamed("MAIL-6", "Garage Gent").id()).get(0).unsubscribeToken();
		assertThat(reminders.get(0).getHeader("List-Unsubscribe", null)).endsWith("/leernet/herinneringen-uit/" + token + ">");
		assertThat(reminders.get(0).getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");

		fire(timer(trajectory, "BoundaryEvent_BaselineOverdue"));
		assertThat(mailsTo("coordinator@leernet.local")).extracting(MimeMessage::getSubject)
			.contains("Opvolgen: nulmeting van Garage Gent");

		completeFor("MAIL-6", orgCode, "Task_ConfirmBaselineMeasurement", "baselineResponses", 12, "baselineResponsesComplete", true);
		assertThat(timer(trajectory, "BoundaryEvent_BaselineSurveysOpen")).as("no reminders after the confirmation").isNull();
		assertThat(timer(trajectory, "BoundaryEvent_BaselineOverdue")).isNull();
	}

	@Test
	void contactsGetTheirUnsubscribeTokenWhenRegisteredNotWhenTheFirstMailGoesOut() {
		startNetwork("MAIL-T", 1, 15);
		register("MAIL-T", "Bakkerij Beuk", true);
		List<String> tokens = jdbc.sql("select unsubscribe_token from contact_person where organisation_id = ?")
			.param(organisationNamed("MAIL-T", "Bakkerij Beuk").id())
			.query(String.class)
			.list();
		assertThat(tokens).hasSize(2).doesNotContainNull().doesNotHaveDuplicates();
	}

	@Test
	void remindsBeforeASessionButNotWhoOptedOutWhoStillGetsInvitations() throws Exception {
		startNetwork("MAIL-7", 1, 15);
		register("MAIL-7", "Hotel Hazel", true);
		Organisation organisation = organisationNamed("MAIL-7", "Hotel Hazel");
		String token = organisations.contacts(organisation.id()).get(1).unsubscribeToken();
		assertThat(rest.postForEntity("/leernet/herinneringen-uit/" + token, null, String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(rest.postForEntity("/leernet/herinneringen-uit/" + "0".repeat(64), null, String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);

		planKickoff("MAIL-7");
		assertThat(mailsTo("jan@hotel.hazel.example")).extracting(MimeMessage::getSubject)
			.contains("Uitnodiging: Kick-off – Netwerk MAIL-7");

		ProcessInstance network = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("MAIL-7")
			.processDefinitionKey("learning-network").singleResult();
		fire(timer(network, "BoundaryEvent_KickoffSoon"));
		assertThat(mailsTo("els@hotel.hazel.example")).extracting(MimeMessage::getSubject)
			.contains("Herinnering: Kick-off – Netwerk MAIL-7");
		assertThat(mailsTo("jan@hotel.hazel.example")).extracting(MimeMessage::getSubject)
			.as("opted out of reminders").doesNotContain("Herinnering: Kick-off – Netwerk MAIL-7");
	}

	@Test
	void remindsToEvaluateAndRemindsCoordinatorsOfOverdueTasks() throws Exception {
		String orgCode = oneOrganisationWithKickoffPlanned("MAIL-8", "IJzer Ieper");
		complete("MAIL-8", "Task_ConductKickoff", "attendance", json("[\"" + orgCode + "\"]"));
		ProcessInstance evaluation = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("MAIL-8")
			.processDefinitionKey("session-evaluation").singleResult();
		fire(timer(evaluation, "BoundaryEvent_EvaluationOverdue"));
		assertThat(mailsTo("els@ijzer.ieper.example")).extracting(MimeMessage::getSubject).contains("Herinnering: evalueer Kick-off");

		taskService.setDueDate(task("MAIL-8", "Task_AssignAdviser").getId(), Date.from(OffsetDateTime.now().minusDays(1).toInstant()));
		Job daily = managementService.createJobQuery().processDefinitionKey("task-reminders").timers().singleResult();
		fire(daily);
		assertThat(mailsTo("coordinator@leernet.local")).extracting(MimeMessage::getSubject).contains("Taak vervallen: Adviseur toewijzen");
		int overdue = mailsTo("coordinator@leernet.local").size();
		fire(managementService.createJobQuery().processDefinitionKey("task-reminders").timers().singleResult());
		assertThat(mailsTo("coordinator@leernet.local")).as("one reminder per overdue task").hasSize(overdue);
	}

	@Test
	void aMailStepGoesOnWhileSmtpIsDownAndItsDeliveryRetriesIntoAnIncidentThenSendsOnce() throws Exception {
		startNetwork("MAIL-9", 1, 15);
		smtp.stop();
		try {
			register("MAIL-9", "Jazz Jabbeke", true);
			assertThat(task("MAIL-9", "Task_PlanKickoff")).as("the token went on past the registration mail").isNotNull();
			assertThat(managementService.createJobQuery().activityId("Task_SendRegistrationMail").count())
				.as("the mail step is done").isZero();
			assertThat(outbox("MAIL-9")).as("queued, one per contact person").hasSize(2).allMatch(row -> row.endsWith("QUEUED"));

			List<Job> deliveries = deliveryJobs("MAIL-9");
			assertThat(deliveries).hasSize(2).allSatisfy(job -> {
				assertThat(job.getRetries()).as("tried once, as the job executor would").isEqualTo(4);
				assertThat(job.getExceptionMessage()).contains("niet verstuurd");
				assertThat(job.getDuedate()).as("next try in 5 minutes").isAfter(Date.from(Instant.now().plusSeconds(240)));
			});
			for (Job job : deliveries) {
				managementService.setJobRetries(job.getId(), 1);
				assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("niet verstuurd");
			}
			List<org.camunda.bpm.engine.runtime.Incident> incidents = runtimeService.createIncidentQuery()
				.processDefinitionKeyIn(MailOutbox.DELIVERY_PROCESS)
				.list()
				.stream()
				.filter(incident -> deliveries.stream().anyMatch(job -> job.getId().equals(incident.getConfiguration())))
				.toList();
			assertThat(incidents).as("an incident in Cockpit on each delivery, not on the network").hasSize(2)
				.allSatisfy(incident -> assertThat(incident.getActivityId()).isEqualTo("Task_DeliverMail"));
			assertThat(runtimeService.createIncidentQuery().processDefinitionKeyIn("learning-network").count()).isZero();
		}
		finally {
			smtp.start();
		}
		for (Job job : deliveryJobs("MAIL-9")) {
			managementService.setJobRetries(job.getId(), 1);
			managementService.executeJob(job.getId());
		}
		assertThat(mailsTo("els@jazz.jabbeke.example")).extracting(MimeMessage::getSubject)
			.containsExactly("Inschrijving bevestigd: Netwerk MAIL-9");
		assertThat(mailsTo("jan@jazz.jabbeke.example")).hasSize(1);
		assertThat(outbox("MAIL-9")).hasSize(2).allMatch(row -> row.endsWith("SENT"));
		assertThat(deliveryJobs("MAIL-9")).isEmpty();
		assertThat(runtimeService.createIncidentQuery().processDefinitionKeyIn(MailOutbox.DELIVERY_PROCESS).count()).isZero();

		String key = "REGISTRATION_CONFIRMATION:" + organisationNamed("MAIL-9", "Jazz Jabbeke").id() + ":els@jazz.jabbeke.example";
		assertThat(mailService.deliver(key)).as("a delivery that runs again finds its mail sent").isFalse();
		assertThat(mailsTo("els@jazz.jabbeke.example")).hasSize(1);
	}

	@Test
	void sendsAMailOnceWhenTheSameStepRunsTwice() throws Exception {
		startNetwork("MAIL-10", 1, 15);
		register("MAIL-10", "Kaas Kortrijk", true);
		planKickoff("MAIL-10");
		int invitations = mailsTo("els@kaas.kortrijk.example").size();
		List<String> queued = outbox("MAIL-10");
		long deliveries = deliveries("MAIL-10");
		long kickoffId = sessions.ofNetwork(networks.get("MAIL-10").id()).get(0).id();

		sessionMails.invite(kickoffId);
		ProcessInstance again = startInvitationStep("MAIL-10", kickoffId);
		runAsyncJobs();
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(again.getId()).count())
			.as("the step ran again and completed").isZero();
		assertThat(outbox("MAIL-10")).as("nothing queued twice").isEqualTo(queued);
		assertThat(deliveries("MAIL-10")).as("no second delivery").isEqualTo(deliveries);
		assertThat(mailsTo("els@kaas.kortrijk.example")).as("a re-executed step sends nothing new").hasSize(invitations);
	}

	@Test
	void queuesAnewAMailThatAnEarlierVersionClaimedButNeverMarkedSent() throws Exception {
		startNetwork("MAIL-17", 1, 15);
		register("MAIL-17", "Schelde Schoten", true);
		planKickoff("MAIL-17");
		long kickoffId = sessions.ofNetwork(networks.get("MAIL-17").id()).get(0).id();
		String key = "invitation:" + kickoffId + ":0:els@schelde.schoten.example";
		int before = mailsTo("els@schelde.schoten.example").size();
		// as the version that sent from the step itself left it when its node died mid-send
		assertThat(jdbc.sql("update mail_log set status = 'PENDING', text_body = null, html_body = null, calendar = null "
				+ "where idempotency_key = ?").param(key).update()).isEqualTo(1);

		sessionMails.invite(kickoffId);
		assertThat(deliveries("MAIL-17")).as("only the mail left claimed is queued").isEqualTo(1);
		runAsyncJobs();
		assertThat(outbox("MAIL-17")).allMatch(row -> row.endsWith("SENT"));
		assertThat(mailsTo("els@schelde.schoten.example")).hasSize(before + 1);
		assertThat(event(last(mailsTo("els@schelde.schoten.example"))).getSequence().getSequenceNo()).isZero();
	}

	@Test
	void aWholeNetworkRunsToItsEndWhileSmtpIsDownAndEveryMailArrivesOnceWhenItIsBack() throws Exception {
		String code = "MAIL-16";
		smtp.stop();
		try {
			startNetwork(code, 1, 15);
			register(code, "Pers Poperinge", false);
			register(code, "Rots Ronse", true);
			planKickoff(code);
			List<Organisation> taking = organisations.ofNetwork(networks.get(code).id());
			List<String> codes = taking.stream().map(Organisation::code).toList();
			for (Organisation organisation : taking) {
				String org = organisation.code();
				completeFor(code, org, "Task_AssignAdviser", "adviser", "adviser1");
				completeFor(code, org, "Task_ScheduleIntake", "sessionStart", inDays(5), "sessionLocation", "Gent");
				completeFor(code, org, "Task_ConductIntake", "intakeWorkOrganisation", "x", "intakeMaturity", "beginner",
						"intakeNeeds", "y");
				evaluateAll(code);
				completeFor(code, org, "Task_PrepareCasePresentation", "projectSummary", "p", "caseTeam", "t");
				completeFor(code, org, "Task_DistributeBaselineSurveys", "baselineQualitySurvey", true,
						"baselineMobilitySurvey", true, "trackingStudy", "no");
				completeFor(code, org, "Task_ConfirmBaselineMeasurement", "baselineResponses", 12,
						"baselineResponsesComplete", true);
			}
			complete(code, "Task_ConductKickoff", "attendance", json(jsonArray(codes)));
			evaluateAll(code);
			complete(code, "Task_PlanCollectiveSession", "sessionStart", inDays(40), "sessionLocation", "Leuven",
					"sessionThemes", json("[\"Leiderschap\"]"));
			complete(code, "Task_ConductCollectiveSession", "sessionOutcome", "held", "attendance", json(jsonArray(codes)));
			evaluateAll(code);
			for (String org : codes) {
				completeFor(code, org, "Task_PlanIndividualSession", "sessionStart", inDays(50), "sessionLocation", "Online");
				completeFor(code, org, "Task_ConductIndividualSession", "sessionOutcome", "held", "sessionNotes", "Goed");
				evaluateAll(code);
				completeFor(code, org, "Task_DistributeEndSurveys", "endQualitySurvey", true, "endMobilitySurvey", true);
				completeFor(code, org, "Task_ConfirmEndMeasurement", "endResponses", 10, "endResponsesComplete", true);
				completeFor(code, org, "Task_WriteBasicReport", "reportSummary", "Resultaten");
				completeFor(code, org, "Task_ApproveBasicReport", "reportApproved", true);
				completeFor(code, org, "Task_DeliverBasicReport", "reportDeliveredOn", LocalDate.now().plusMonths(11).toString());
			}
			complete(code, "Task_PlanClosingSession", "sessionStart", inDays(330), "sessionLocation", "Brussel");
			complete(code, "Task_ConductClosingSession", "attendance", json(jsonArray(codes)), "networkEvaluation", "Waardevol",
					"followUp", "aftercare");
			evaluateAll(code);

			assertThat(historyService.createHistoricProcessInstanceQuery()
				.processDefinitionKey("learning-network")
				.processInstanceBusinessKey(code)
				.finished()
				.count()).as("the network ended").isEqualTo(1);
			assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).list())
				.as("only deliveries wait")
				.allMatch(instance -> instance.getProcessDefinitionId().startsWith(MailOutbox.DELIVERY_PROCESS + ":"));
			assertThat(outbox(code)).as("every mail of the network waits in the outbox").hasSizeGreaterThan(20)
				.allMatch(row -> row.endsWith("QUEUED"));
			assertThat(deliveries(code)).isEqualTo(outbox(code).size());
		}
		finally {
			smtp.start();
		}
		// from here on only this network's mails arrive
		smtp.purgeEmailFromAllMailboxes();
		for (Job job : deliveryJobs(code)) {
			managementService.executeJob(job.getId());
		}
		assertThat(deliveries(code)).as("every delivery done").isZero();
		List<String> logged = jdbc.sql("select recipient || ' | ' || subject || ' | ' || status from mail_log "
				+ "where network_id = ? order by idempotency_key")
			.param(networks.get(code).id())
			.query(String.class)
			.list();
		List<String> arrived = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			arrived.add(message.getAllRecipients()[0] + " | " + message.getSubject() + " | SENT");
		}
		assertThat(arrived).as("every mail of the mail log arrived, exactly once").containsExactlyInAnyOrderElementsOf(logged);
	}

	// ------------------------------------------------------------------ the "Mail sturen" template

	/**
	 * One step of the "Mail sturen" element template, as a process owner would add it (no retry
	 * cycle in the BPMN), in a loop: it runs again while {@code again} is true, and a job ends
	 * only once {@code proceed} exists, so a test can make a job fail after its mails went out.
	 */
	static final BpmnModelInstance MAIL_STEP = Bpmn.createExecutableProcess("mail-step-check")
		.camundaHistoryTimeToLive(1)
		.startEvent("StartEvent_Check")
		.exclusiveGateway("Gateway_Mail")
		.serviceTask("Task_SendMail")
		.name("Mail sturen")
		.camundaAsyncBefore()
		.camundaDelegateExpression(MailStepRetries.SEND_MAIL)
		.camundaInputParameter(SendMailDelegate.MAIL_KIND, "${kind}")
		.camundaInputParameter(SendMailDelegate.MAIL_TO, "${to}")
		.serviceTask("Task_Proceed")
		.camundaExpression("${proceed}")
		.exclusiveGateway("Gateway_Again")
		.condition("again", "${again}")
		.connectTo("Gateway_Mail")
		.moveToNode("Gateway_Again")
		.condition("done", "${!again}")
		.endEvent("EndEvent_Checked")
		.done();

	@Autowired
	RepositoryService repositoryService;

	ProcessInstance startMailStep(String code, String kind, String to, Object... keysAndValues) {
		if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("mail-step-check").count() == 0) {
			repositoryService.createDeployment().addModelInstance("mail-step-check.bpmn", MAIL_STEP).deploy();
		}
		Map<String, Object> variables = new HashMap<>(vars(keysAndValues));
		variables.putAll(Map.of("networkCode", code, "kind", kind, "to", to));
		variables.putIfAbsent("again", false);
		return runtimeService.startProcessInstanceByKey("mail-step-check", code, variables);
	}

	Job mailJob(ProcessInstance instance) {
		return managementService.createJobQuery().processInstanceId(instance.getId()).messages().singleResult();
	}

	/** "key | recipient | status" of every mail the network's steps queued, in the order of their keys. */
	List<String> outbox(String code) {
		return jdbc.sql("select l.idempotency_key || ' | ' || l.recipient || ' | ' || l.status from mail_log l "
				+ "join network n on n.id = l.network_id where n.code = ? order by l.idempotency_key")
			.param(code)
			.query(String.class)
			.list();
	}

	List<String> outbox(String code, MailKind kind) {
		return outbox(code).stream().filter(row -> row.startsWith(kind.name() + ":")).toList();
	}

	/** The running instances of "Mail bezorgen" of the network. */
	long deliveries(String code) {
		return runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(MailOutbox.DELIVERY_PROCESS)
			.processInstanceBusinessKey(code)
			.count();
	}

	List<Job> deliveryJobs(String code) {
		List<Job> jobs = new ArrayList<>();
		for (ProcessInstance delivery : runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(MailOutbox.DELIVERY_PROCESS)
			.processInstanceBusinessKey(code)
			.list()) {
			jobs.addAll(managementService.createJobQuery().processInstanceId(delivery.getId()).list());
		}
		return jobs;
	}

	/** Runs the jobs of "Mail bezorgen" only, as the job executor would, leaving the steps' own jobs. */
	void deliverQueuedMails() {
		for (Job job : managementService.createJobQuery().processDefinitionKey(MailOutbox.DELIVERY_PROCESS).executable().list()) {
			managementService.executeJob(job.getId());
		}
	}

	/** The invitation step of a session once more, in a process of its own. */
	ProcessInstance startInvitationStep(String code, long sessionId) {
		if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("invitation-step-check").count() == 0) {
			repositoryService.createDeployment()
				.addModelInstance("invitation-step-check.bpmn", Bpmn.createExecutableProcess("invitation-step-check")
					.camundaHistoryTimeToLive(1)
					.startEvent()
					.serviceTask("Task_SendInvitation")
					.camundaAsyncBefore()
					.camundaDelegateExpression("${sendSessionInvitationDelegate}")
					.endEvent()
					.done())
				.deploy();
		}
		return runtimeService.startProcessInstanceByKey("invitation-step-check", code,
				Map.of("networkCode", code, "sessionId", sessionId));
	}

	long received(String email, String subject) throws Exception {
		return mailsTo(email).stream().filter(m -> subject.equals(subjectOf(m))).count();
	}

	static String subjectOf(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void sendsTheTemplatesMailsToTheChosenPeople() throws Exception {
		startNetwork("MAIL-12", 1, 15);
		register("MAIL-12", "Lint Lokeren", false);
		register("MAIL-12", "Mol Mechelen", true);
		planKickoff("MAIL-12");
		String lint = organisationNamed("MAIL-12", "Lint Lokeren").code();
		completeFor("MAIL-12", lint, "Task_AssignAdviser", "adviser", "adviser1");
		long kickoff = sessions.ofNetwork(networks.get("MAIL-12").id()).get(0).id();
		String evaluate = "Herinnering: evalueer Kick-off";

		for (String to : List.of("ORGANISATION_CONTACTS", "ORGANISATION_ADVISER", "COORDINATORS", "NETWORK_CONTACTS")) {
			startMailStep("MAIL-12", "EVALUATION_REMINDER", to, "organisationCode", lint, "sessionTitle", "Kick-off",
					"proceed", true);
			runAsyncJobs();
		}
		assertThat(received("els@lint.lokeren.example", evaluate)).as("contacts, and again as all contacts").isEqualTo(2);
		assertThat(received("adviser1@leernet.local", evaluate)).as("the organisation's adviser").isEqualTo(1);
		assertThat(received("coordinator@leernet.local", evaluate)).as("the coordinators").isEqualTo(1);
		assertThat(received("jan@mol.mechelen.example", evaluate)).as("all organisations of the network").isEqualTo(1);

		startMailStep("MAIL-12", "SESSION_REMINDER", "SESSION_ATTENDEES", "sessionId", kickoff, "proceed", true);
		runAsyncJobs();
		String remind = "Herinnering: Kick-off – Netwerk MAIL-12";
		assertThat(received("jan@mol.mechelen.example", remind)).isEqualTo(1);
		assertThat(received("adviser1@leernet.local", remind)).as("advisers come to the kickoff").isEqualTo(1);
		assertThat(received("coordinator@leernet.local", remind)).isZero();
	}

	@Test
	void sendsEachMailOnceWhenItsJobIsRetriedAndAgainWhenTheStepRunsAgain() throws Exception {
		startNetwork("MAIL-13", 1, 15);
		register("MAIL-13", "Nest Ninove", true);
		String nest = organisationNamed("MAIL-13", "Nest Ninove").code();
		String subject = "Herinnering: evalueer Kick-off";
		ProcessInstance instance = startMailStep("MAIL-13", "EVALUATION_REMINDER", "ORGANISATION_CONTACTS",
				"organisationCode", nest, "sessionTitle", "Kick-off", "again", true);
		Job job = mailJob(instance);
		assertThat(job.getRetries()).as("retries like every mail step, though the BPMN states no cycle").isEqualTo(5);

		assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("proceed");
		deliverQueuedMails();
		assertThat(received("els@nest.ninove.example", subject)).as("no mail for a step that was rolled back").isZero();
		assertThat(outbox("MAIL-13", MailKind.EVALUATION_REMINDER)).as("nothing queued by it").isEmpty();
		assertThat(deliveries("MAIL-13")).as("no delivery started by it").isZero();
		Job failed = managementService.createJobQuery().jobId(job.getId()).singleResult();
		assertThat(failed.getRetries()).isEqualTo(4);
		assertThat(failed.getDuedate()).as("next try in 5 minutes").isAfter(Date.from(Instant.now().plusSeconds(240)));

		runtimeService.setVariable(instance.getId(), "proceed", true);
		managementService.executeJob(job.getId());
		assertThat(outbox("MAIL-13", MailKind.EVALUATION_REMINDER)).as("the retry queued each mail once").hasSize(2);
		deliverQueuedMails();
		assertThat(received("els@nest.ninove.example", subject)).isEqualTo(1);
		assertThat(received("jan@nest.ninove.example", subject)).isEqualTo(1);

		Job again = mailJob(instance);
		assertThat(again.getId()).as("the step runs again as a new job").isNotEqualTo(job.getId());
		runtimeService.setVariable(instance.getId(), "again", false);
		managementService.executeJob(again.getId());
		deliverQueuedMails();
		assertThat(received("els@nest.ninove.example", subject)).as("a repeated reminder is a new mail").isEqualTo(2);
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
	}

	@Test
	void namesTheStepInTheIncidentOfAnUnknownKindOfMailOrRecipients() {
		startNetwork("MAIL-14", 1, 15);
		ProcessInstance unknownKind = startMailStep("MAIL-14", "SESSION_INVITATION", "COORDINATORS", "proceed", true);
		ProcessInstance unknownTo = startMailStep("MAIL-14", "SESSION_REMINDER", "EVERYONE", "proceed", true);

		for (ProcessInstance instance : List.of(unknownKind, unknownTo)) {
			String jobId = mailJob(instance).getId();
			assertThatThrownBy(() -> managementService.executeJob(jobId))
				.hasMessageContaining("Mail sturen in 'Mail sturen' (Task_SendMail)");
			managementService.setJobRetries(jobId, 1);
			assertThatThrownBy(() -> managementService.executeJob(jobId))
				.as("the last try fails the same way")
				.hasMessageContaining("Mail sturen in 'Mail sturen' (Task_SendMail)");
			assertThat(managementService.createJobQuery().jobId(jobId).singleResult().getRetries())
				.as("no tries left: an incident")
				.isZero();
		}
		assertThat(runtimeService.createIncidentQuery().processInstanceId(unknownKind.getId()).singleResult().getIncidentMessage())
			.contains("onbekende soort mail 'SESSION_INVITATION' (unknown mail kind)");
		assertThat(runtimeService.createIncidentQuery().processInstanceId(unknownTo.getId()).singleResult().getIncidentMessage())
			.contains("onbekende ontvangers 'EVERYONE' (unknown recipients)");
		runtimeService.deleteProcessInstances(List.of(unknownKind.getId(), unknownTo.getId()), "checked", true, true);
	}

	@Test
	void remindsOfTheIntakeThroughTheTemplatedWaitAndMailSteps() throws Exception {
		String oever = oneOrganisationWithKickoffPlanned("MAIL-15", "Oever Oudenaarde");
		completeFor("MAIL-15", oever, "Task_AssignAdviser", "adviser", "adviser2");
		OffsetDateTime intake = OffsetDateTime.now().plusDays(5).withNano(0);
		completeFor("MAIL-15", oever, "Task_ScheduleIntake", "sessionStart", intake.toString(), "sessionLocation", "Gent");

		ProcessInstance wait = runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("wait-before-session")
			.processInstanceBusinessKey("MAIL-15")
			.singleResult();
		Job timer = timer(wait, "Timer_DaysBeforeSession");
		assertThat(timer.getDuedate()).as("sessionReminderDays before").isEqualTo(Date.from(intake.minusDays(2).toInstant()));
		fire(timer);

		String subject = "Herinnering: Intakegesprek – Netwerk MAIL-15";
		assertThat(received("els@oever.oudenaarde.example", subject)).isEqualTo(1);
		assertThat(received("adviser2@leernet.local", subject)).isEqualTo(1);
		assertThat(text(last(mailsTo("jan@oever.oudenaarde.example")))).contains("Gent").contains("Afmelden");
	}

	static MimeMessage last(List<MimeMessage> messages) {
		return messages.get(messages.size() - 1);
	}

}
