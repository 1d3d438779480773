package org.leernet.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.leernet.identity.Groups;
import org.leernet.network.NetworkService;
import org.leernet.notification.MailHistory;
import org.leernet.process.DutchDates;
import org.leernet.recruitment.Organisation;
import org.leernet.recruitment.RecruitmentService;
import org.leernet.session.Session;
import org.leernet.session.SessionKind;
import org.leernet.session.SessionService;
import org.leernet.tasklist.FormDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * The networks page and one network's page: every figure against a network these checks drive
 * through its forms themselves (so they know its counts), and per role at HTTP on the demo network.
 */
public interface OverviewPageChecks extends OverviewUser {

	Viewer COORDINATOR = new Viewer("coordinator", Set.of(Groups.COORDINATORS));

	// ---------------------------------------------------------------- the figures, on a driven network

	/**
	 * Four organisations for a maximum of three (one on the waiting list): A's intake held and
	 * evaluated (5), its baseline confirmed with a tracking study; B's intake planned; the kickoff
	 * held with A and B present, evaluated 4 (A) and 2 (B); then C withdrew; the
	 * collective session moved once; one of B's tasks overdue.
	 */
	@Test
	default void everyFigureOfADrivenNetworkMatchesWhatItsDriverDid(@Autowired ProcessEngine engine,
			@Autowired NetworkOverview overview, @Autowired RecruitmentService organisations,
			@Autowired NetworkService networks, @Autowired SessionService sessions, @Autowired MailHistory mails) {
		String code = "OVZ-" + System.nanoTime() % 100000;
		FormDriver driver = new FormDriver(null, engine,
				group -> organisations.contactUserIds(organisations.get(group.substring("organisation-".length())).id()).get(0))
			.holdingSessionsEarly();
		engine.getRuntimeService().startProcessInstanceByKey("learning-network", Map.of("networkCode", code, "networkName",
				"Overzicht " + code, "minimumOrganisations", 2, "maximumOrganisations", 3, "collectiveSessions", 1,
				"individualSessions", 2, "registrationDeadline", LocalDate.now().plusMonths(1).toString()));
		driver.runAsyncJobs();
		for (String letter : List.of("A", "B", "C", "D")) {
			String name = "Ovz " + letter + " " + code;
			driver.completeOf(code, "Task_RegisterOrganisation", "organisationName", name, "sector", "bouw",
					"caseDescription", "Team", "contacts", FormDriver.json("[{\"contactName\":\"Els " + letter
							+ "\",\"contactEmail\":\"els-" + letter + "-" + code.toLowerCase() + "@ovz.example\"},"
							+ "{\"contactName\":\"Jan " + letter + "\",\"contactEmail\":\"jan-" + letter + "-"
							+ code.toLowerCase() + "@ovz.example\"}]"),
					"recruitmentClosed", letter.equals("D"));
		}
		long networkId = networks.get(code).id();
		Map<String, Organisation> byLetter = new java.util.HashMap<>();
		for (Organisation organisation : organisations.ofNetwork(networkId)) {
			byLetter.put(organisation.name().substring(4, 5), organisation);
		}
		String a = byLetter.get("A").code();
		String b = byLetter.get("B").code();
		String c = byLetter.get("C").code();
		driver.completeOf(code, "Task_PlanKickoff", "kickoffStart", FormDriver.inDays(20), "kickoffSecondStart",
				FormDriver.inDays(21), "sessionLocation", "Brussel");
		driver.completeFor(code, a, "Task_AssignAdviser", "adviser", "adviser1");
		driver.completeFor(code, a, "Task_ScheduleIntake", "sessionStart", FormDriver.inDays(5), "sessionLocation", "Gent");
		driver.completeFor(code, a, "Task_ConductIntake", "intakeWorkOrganisation", "x", "intakeMaturity", "beginner",
				"intakeNeeds", "y");
		evaluate(driver, code, Map.of(a, "5"));
		driver.completeFor(code, a, "Task_PrepareCasePresentation", "projectSummary", "p", "caseTeam", "t");
		driver.completeFor(code, a, "Task_DistributeBaselineSurveys", "baselineQualitySurvey", true,
				"baselineMobilitySurvey", true, "trackingStudy", "yes", "trackingParticipants", 3);
		driver.completeFor(code, a, "Task_ConfirmBaselineMeasurement", "baselineResponsesComplete", true,
				"baselineResponses", 12);
		driver.completeFor(code, b, "Task_AssignAdviser", "adviser", "adviser2");
		driver.completeFor(code, b, "Task_ScheduleIntake", "sessionStart", FormDriver.inDays(6), "sessionLocation", "Gent");
		driver.completeOf(code, "Task_ConductKickoff", "attendance", FormDriver.json(FormDriver.jsonArray(List.of(a, b))),
				"sessionNotes", "Goede start");
		evaluate(driver, code, Map.of(a, "4", b, "2"));
		engine.getRuntimeService().createMessageCorrelation("OrganisationWithdrew")
			.processInstanceVariableEquals("organisationCode", c)
			.correlate();
		driver.runAsyncJobs();
		driver.completeOf(code, "Task_PlanCollectiveSession", "sessionStart", FormDriver.inDays(40), "sessionLocation",
				"Leuven", "sessionThemes", FormDriver.json("[\"Leiderschap\"]"));
		driver.completeOf(code, "Task_ConductCollectiveSession", "sessionOutcome", "rescheduled", "newSessionStart",
				FormDriver.inDays(45));
		Task late = driver.one(driver.trajectoryOf(code, b), "Task_ConductIntake");
		late.setDueDate(Date.from(java.time.Instant.now().minus(java.time.Duration.ofDays(1))));
		engine.getTaskService().saveTask(late);

		long openTasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code).count();
		NetworkOverview.NetworkRow row = overview.networks(COORDINATOR, NetworkOverview.Phase.LOPEND, code.toLowerCase())
			.stream()
			.filter(r -> r.code().equals(code))
			.findFirst()
			.orElseThrow();
		assertThat(row.registered()).as("A and B take part; C withdrew, D waits").isEqualTo(2);
		assertThat(row.minimum()).isEqualTo(2);
		assertThat(row.maximum()).isEqualTo(3);
		assertThat(row.waitingList()).isEqualTo(1);
		Session intakeOfB = sessions.ofNetwork(networkId).stream()
			.filter(s -> s.kind() == SessionKind.INTAKE && s.organisationId() == byLetter.get("B").id())
			.findFirst()
			.orElseThrow();
		assertThat(row.nextSessionAt()).as("B's intake comes first").isEqualTo(intakeOfB.plannedStart());
		assertThat(row.nextSession()).isEqualTo(DutchDates.dateTime(intakeOfB.plannedStart()));
		assertThat(row.openTasks()).isEqualTo(openTasks).isPositive();
		assertThat(row.overdueTasks()).isEqualTo(1);
		assertThat(overview.networks(COORDINATOR, NetworkOverview.Phase.AFGESLOTEN, code)).isEmpty();
		assertThat(overview.networks(COORDINATOR, null, "Overzicht " + code)).extracting(NetworkOverview.NetworkRow::code)
			.containsExactly(code);

		NetworkOverview.NetworkPage page = overview.network(COORDINATOR, code).orElseThrow();
		Session kickoff = sessions.ofNetwork(networkId).stream().filter(s -> s.kind() == SessionKind.KICKOFF).findFirst()
			.orElseThrow();
		assertThat(page.header().phase()).isEqualTo(NetworkOverview.Phase.LOPEND);
		assertThat(page.header().quorum()).isTrue();
		assertThat(page.header().kickoff()).isEqualTo(DutchDates.dateTime(kickoff.plannedStart()));
		assertThat(page.header().plannedEnd()).isEqualTo(DutchDates.date(kickoff.plannedStart()
			.atZoneSameInstant(java.time.ZoneId.of("Europe/Brussels")).toLocalDate().plusMonths(networks.get(code).durationMonths())));
		assertThat(page.organisations()).extracting(NetworkOverview.OrganisationRow::name)
			.containsExactly("Ovz A " + code, "Ovz B " + code, "Ovz C " + code, "Ovz D " + code);
		NetworkOverview.OrganisationRow rowA = page.organisations().get(0);
		NetworkOverview.OrganisationRow rowB = page.organisations().get(1);
		NetworkOverview.OrganisationRow rowC = page.organisations().get(2);
		NetworkOverview.OrganisationRow rowD = page.organisations().get(3);
		assertThat(rowA.statusText()).isEqualTo("actief");
		assertThat(rowA.adviser()).isEqualTo("An Adviseur");
		assertThat(rowA.intake()).startsWith("gehouden op ");
		assertThat(rowA.individualFigure()).isEqualTo("0 / 0 / 2");
		assertThat(rowA.attendanceFigure()).isEqualTo("1 van 1");
		assertThat(rowA.evaluationFigure()).isEqualTo("4,5 · 2 van 2");
		assertThat(rowA.baseline()).startsWith("bevestigd op ").endsWith("(12 antwoorden)");
		assertThat(rowA.trackingStudy()).isEqualTo("ja");
		assertThat(rowA.endMeasurement()).isEqualTo("nog niet verstuurd");
		assertThat(rowA.report()).isEqualTo("te schrijven");
		assertThat(rowA.openTasks()).isEqualTo(engine.getTaskService().createTaskQuery()
			.processInstanceId(driver.trajectoryOf(code, a)).count());
		assertThat(rowA.tasks()).allSatisfy(task -> assertThat(task.link()).startsWith("/camunda/app/tasklist/default/#/?task="));
		assertThat(rowB.intake()).isEqualTo("gepland op " + DutchDates.dateTime(intakeOfB.plannedStart()));
		assertThat(rowB.adviser()).isEqualTo("Bram Adviseur");
		assertThat(rowB.evaluationFigure()).isEqualTo("2,0 · 1 van 1");
		assertThat(rowB.baseline()).isEqualTo("nog niet verstuurd");
		assertThat(rowB.trackingStudy()).isEqualTo("nog niet beslist");
		assertThat(rowB.overdueTasks()).isEqualTo(1);
		assertThat(rowB.tasks()).filteredOn(NetworkOverview.TaskLink::overdue).hasSize(1);
		assertThat(rowC.statusText()).isEqualTo("teruggetrokken op " + DutchDates.date(LocalDate.now()));
		// the driver holds sessions before their dates: C withdrew before the kickoff's date, so it was not expected there
		assertThat(rowC.attendanceFigure()).isEqualTo("0 van 0");
		assertThat(rowC.evaluationFigure()).isEqualTo("– · 0 van 0");
		assertThat(rowD.statusText()).isEqualTo("wachtlijst");
		assertThat(rowD.attendanceFigure()).isEqualTo("0 van 0");

		NetworkOverview.SessionRow kickoffRow = page.sessions().stream().filter(s -> s.kind() == SessionKind.KICKOFF)
			.findFirst()
			.orElseThrow();
		assertThat(kickoffRow.statusText()).isEqualTo("gehouden");
		assertThat(kickoffRow.attendanceFigure()).isEqualTo("2 van 2");
		assertThat(kickoffRow.averageText()).isEqualTo("3,0");
		assertThat(kickoffRow.answers()).isEqualTo(2);
		NetworkOverview.SessionRow collective = page.sessions().stream().filter(s -> s.kind() == SessionKind.COLLECTIVE)
			.findFirst()
			.orElseThrow();
		assertThat(collective.statusText()).isEqualTo("verplaatst, gepland (1 keer verplaatst)");
		assertThat(collective.location()).isEqualTo("Leuven");
		assertThat(page.sessions()).filteredOn(s -> s.kind() == SessionKind.INTAKE).hasSize(2);
		assertThat(page.chart()).extracting(NetworkOverview.Bar::value).containsExactly("5,0", "3,0");
		assertThat(page.mail()).extracting(NetworkOverview.MailGroup::organisation).contains("Ovz A " + code);
		long mailsOfA = mails.ofNetwork(networkId).stream().filter(m -> Long.valueOf(byLetter.get("A").id()).equals(m.organisationId())).count();
		assertThat(page.mail().get(0).mails()).hasSize((int) mailsOfA).isNotEmpty();

		Viewer adviser1 = new Viewer("adviser1", Set.of(Groups.ADVISERS));
		NetworkOverview.NetworkPage ofAdviser = overview.network(adviser1, code).orElseThrow();
		assertThat(ofAdviser.organisations()).extracting(NetworkOverview.OrganisationRow::code).containsExactly(a);
		assertThat(ofAdviser.sessions()).filteredOn(s -> s.kind() == SessionKind.INTAKE).hasSize(1);
		assertThat(ofAdviser.mail()).extracting(NetworkOverview.MailGroup::organisation).containsExactly("Ovz A " + code);
		assertThat(ofAdviser.networkTasks()).isEmpty();

		Viewer contactOfA = new Viewer(organisations.contactUserIds(byLetter.get("A").id()).get(0), Set.of(Groups.PARTICIPANTS));
		NetworkOverview.NetworkPage ofA = overview.network(contactOfA, code).orElseThrow();
		assertThat(ofA.wholeNetwork()).isFalse();
		assertThat(ofA.organisations()).extracting(NetworkOverview.OrganisationRow::code).containsExactly(a);
		assertThat(ofA.mail()).isEmpty();
		NetworkOverview.SessionRow kickoffOfA = ofA.sessions().stream().filter(s -> s.kind() == SessionKind.KICKOFF)
			.findFirst()
			.orElseThrow();
		assertThat(kickoffOfA.ownScore()).isEqualTo(4);
		assertThat(kickoffOfA.ownPresent()).isTrue();
		assertThat(kickoffOfA.present()).as("no one else's attendance").isNull();
		assertThat(kickoffOfA.average()).as("no one else's evaluations").isNull();
		assertThat(ofA.chart()).extracting(NetworkOverview.Bar::value).containsExactly("5,0", "4,0");
		assertThat(ofA.next()).isNotNull();
		assertThat(overview.network(new Viewer("process-owner", Set.of("process-owners")), code)).isEmpty();

		ResponseEntity<String> html = get("coordinator", "/leernet/netwerken/" + code);
		assertThat(html.getStatusCode().value()).isEqualTo(200);
		assertThat(html.getBody()).contains("Ovz A " + code, "4,5 · 2 van 2", "0 / 0 / 2", "<svg", "class=\"bar\"",
				"verplaatst, gepland (1 keer verplaatst)", "2 van 2");
		assertThat(html.getBody()).as("no inline style or script").doesNotContain("style=", "<script");
		String contact = organisations.contactUserIds(byLetter.get("A").id()).get(0);
		org.camunda.bpm.engine.identity.User account = engine.getIdentityService().createUserQuery().userId(contact)
			.singleResult();
		account.setPassword("Eigen-wachtwoord-" + contact);
		engine.getIdentityService().saveUser(account);
		ResponseEntity<String> ofContact = getAs(contact, "Eigen-wachtwoord-" + contact, "tasklist",
				"/leernet/netwerken/" + code);
		assertThat(ofContact.getBody()).contains("Mijn traject", "Ovz A " + code, "5 op 5", "4 op 5")
			.doesNotContain("Ovz B " + code, "Ovz C " + code, "2 op 5", "3,0");
	}

	/**
	 * GET as a user logged in to one of the webapps (tasklist, cockpit) with this password,
	 * for users other than the demo's shared sessions: a contact person, a process owner.
	 */
	private ResponseEntity<String> getAs(String user, String password, String app, String path) {
		ResponseEntity<String> first = rest().getForEntity("/camunda/app/tasklist/default/", String.class);
		String cookie = cookies(first.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED);
		headers.add(HttpHeaders.COOKIE, cookie);
		headers.add("X-XSRF-TOKEN", first.getHeaders().getFirst("X-XSRF-TOKEN"));
		var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
		form.add("username", user);
		form.add("password", password);
		ResponseEntity<String> login = rest().exchange("/camunda/api/admin/auth/user/default/login/" + app,
				org.springframework.http.HttpMethod.POST, new org.springframework.http.HttpEntity<>(form, headers),
				String.class);
		assertThat(login.getStatusCode().is2xxSuccessful()).as("login of " + user + " to " + app).isTrue();
		List<String> renewed = login.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
		HttpHeaders asUser = new HttpHeaders();
		asUser.add(HttpHeaders.COOKIE, renewed.isEmpty() ? cookie : cookies(renewed));
		return rest().exchange(path, org.springframework.http.HttpMethod.GET, new org.springframework.http.HttpEntity<>(asUser),
				String.class);
	}

	private static String cookies(List<String> setCookies) {
		return String.join("; ", setCookies.stream().map(c -> c.split(";")[0]).toList());
	}

	/** Completes each organisation's open evaluation with its score. */
	private static void evaluate(FormDriver driver, String code, Map<String, String> scores) {
		List<Task> open = driver.open(code, "Task_EvaluateSession");
		assertThat(open).hasSize(scores.size());
		for (Task task : open) {
			String organisation = driver.candidateGroups(task).stream()
				.filter(group -> group.startsWith("organisation-"))
				.map(group -> group.substring("organisation-".length()))
				.findFirst()
				.orElseThrow();
			driver.complete(task, FormDriver.vars("evaluationScore", scores.get(organisation), "evaluationWentWell", "Goed"));
		}
	}

	// ---------------------------------------------------------------- per role, at HTTP, on the demo network

	List<String> DEMO_ORGANISATIONS = List.of("Zorggroep Aurora", "Bouwbedrijf Berkenhof", "Stad Cederdal", "Dienst Delta");

	@Test
	default void aCoordinatorSeesTheDemoNetworkAndAllItsOrganisations() {
		ResponseEntity<String> list = get("coordinator", "/leernet/netwerken");
		assertThat(list.getStatusCode().value()).isEqualTo(200);
		assertThat(list.getBody()).contains(DEMO_NETWORK, "lopend", "Takenlijst");
		assertThat(get("coordinator", "/leernet/netwerken?fase=afgesloten").getBody()).doesNotContain(DEMO_NETWORK);
		assertThat(get("coordinator", "/leernet/netwerken?zoek=demo-2027").getBody()).contains(DEMO_NETWORK);
		ResponseEntity<String> page = get("coordinator", "/leernet/netwerken/" + DEMO_NETWORK);
		assertThat(page.getStatusCode().value()).isEqualTo(200);
		assertThat(page.getBody()).contains(DEMO_ORGANISATIONS);
		assertThat(page.getBody()).contains("Kick-off", "/export/organisaties.xlsx", "/contactpersonen",
				"/leernet/agenda", "/camunda/app/tasklist/default/#/?task=");
	}

	@Test
	default void anAdviserSeesOnlyTheOrganisationsTheyFollow() {
		ResponseEntity<String> page = get("adviser1", "/leernet/netwerken/" + DEMO_NETWORK);
		assertThat(page.getStatusCode().value()).isEqualTo(200);
		assertThat(page.getBody()).contains("Stad Cederdal")
			.doesNotContain("Zorggroep Aurora", "Bouwbedrijf Berkenhof", "Dienst Delta", "/export/");
		assertThat(get("adviser1", "/leernet/netwerken").getBody()).contains(DEMO_NETWORK);
		ResponseEntity<String> ofAdviser2 = get("adviser2", "/leernet/netwerken/" + DEMO_NETWORK);
		assertThat(ofAdviser2.getBody()).contains("Zorggroep Aurora", "Bouwbedrijf Berkenhof")
			.doesNotContain("Stad Cederdal", "Dienst Delta");
	}

	@Test
	default void aParticipantSeesOnlyTheirOwnOrganisationsTrajectory() {
		// redirected (and followed) to their own trajectory
		for (String path : List.of("/leernet/netwerken", "/leernet/mijn-traject")) {
			ResponseEntity<String> own = get("participant-a", path);
			assertThat(own.getStatusCode().value()).as(path).isEqualTo(200);
			assertThat(own.getBody()).as(path).contains("Mijn traject", "Zorggroep Aurora").doesNotContain("Stad Cederdal");
		}
		ResponseEntity<String> page = get("participant-a", "/leernet/netwerken/" + DEMO_NETWORK);
		assertThat(page.getStatusCode().value()).isEqualTo(200);
		assertThat(page.getBody()).contains("Mijn traject", "Zorggroep Aurora", "Intakegesprek", "Kick-off")
			.doesNotContain("Bouwbedrijf Berkenhof", "Stad Cederdal", "Dienst Delta", "Mails", "/export/");
		assertThat(get("participant-b", "/leernet/netwerken/" + DEMO_NETWORK).getBody()).contains("Bouwbedrijf Berkenhof")
			.doesNotContain("Zorggroep Aurora");
	}

	@Test
	default void aProcessOwnerIsRefusedAndNobodyLoggedInIsSentToTasklist() {
		// process owners work in Cockpit (Tasklist refuses them): logged in there
		ResponseEntity<String> owner = getAs("process-owner", "process-owner", "cockpit", "/leernet/netwerken");
		assertThat(owner.getStatusCode().value()).isEqualTo(403);
		assertThat(owner.getBody()).contains("Geen toegang").doesNotContain(DEMO_NETWORK);
		assertThat(getAs("process-owner", "process-owner", "cockpit", "/leernet/netwerken/" + DEMO_NETWORK).getStatusCode().value())
			.isEqualTo(403);
		for (String path : List.of("/leernet/netwerken", "/leernet/netwerken/" + DEMO_NETWORK, "/leernet/mijn-traject")) {
			ResponseEntity<String> anonymous = get(null, path);
			assertThat(anonymous.getStatusCode().value()).as(path).isEqualTo(401);
			assertThat(anonymous.getBody()).contains("Log eerst in", "/camunda/app/tasklist/default/")
				.doesNotContain("Zorggroep Aurora");
		}
	}

	@Test
	default void aNetworkOneMayNotSeeDoesNotExist() {
		ResponseEntity<String> unknown = get("coordinator", "/leernet/netwerken/GEEN-NETWERK");
		assertThat(unknown.getStatusCode().value()).isEqualTo(404);
		assertThat(unknown.getBody()).contains("Niet gevonden");
	}

}
