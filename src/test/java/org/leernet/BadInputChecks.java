package org.leernet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Bad input through the REST API, as Tasklist submits it: a 400 with a Dutch reason, and
 * nothing already stored is lost. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class BadInputChecks extends RoutedNetworkTestSupport {

	@Autowired
	TestRestTemplate rest;

	ResponseEntity<String> startNetwork(Map<String, Object> values) {
		return rest.withBasicAuth("coordinator", "coordinator")
			.postForEntity("/engine-rest/process-definition/key/learning-network/submit-form",
					Map.of("variables", typed(values)), String.class);
	}

	ResponseEntity<String> submitTask(String taskId, Map<String, Object> values) {
		return rest.withBasicAuth("coordinator", "coordinator")
			.postForEntity("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", typed(values)), String.class);
	}

	static Map<String, Object> typed(Map<String, Object> values) {
		Map<String, Object> variables = new HashMap<>();
		values.forEach((key, value) -> variables.put(key, value instanceof String text && text.startsWith("[")
				? Map.of("value", text, "type", "Json") : Map.of("value", value)));
		return variables;
	}

	static Map<String, Object> settings(String code) {
		return new HashMap<>(Map.of("networkCode", code, "networkName", "Test", "minimumOrganisations", 1,
				"maximumOrganisations", 15, "registrationDeadline", LocalDate.now().plusMonths(1).toString()));
	}

	/** A network with one registered organisation (two contacts) and its kickoff planned 30 days ahead. */
	void networkWithKickoffPlanned(String code, String organisationName) {
		assertThat(startNetwork(settings(code)).getStatusCode()).isEqualTo(HttpStatus.OK);
		String domain = code.toLowerCase().replace("-", "");
		complete(code, "Task_RegisterOrganisation", "organisationName", organisationName, "sector", "bouw",
				"caseDescription", "Werf", "contacts", json("[{\"contactName\":\"Els\",\"contactEmail\":\"els@" + domain
						+ ".example.org\"},{\"contactName\":\"Jan\",\"contactEmail\":\"jan@" + domain + ".example.org\"}]"),
				"recruitmentClosed", true);
		complete(code, "Task_PlanKickoff", "kickoffStart", inDays(30), "kickoffSecondStart", inDays(31), "sessionLocation",
				"Gent");
	}

	@Test
	void refusesAMinimumAboveTheMaximum() {
		Map<String, Object> values = settings("BAD-1");
		values.put("minimumOrganisations", 9);
		values.put("maximumOrganisations", 5);
		ResponseEntity<String> response = startNetwork(values);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).contains("Het maximum aantal organisaties (5) mag niet kleiner zijn dan het minimum (9).");
		assertThat(networks.exists("BAD-1")).isFalse();
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("BAD-1").count()).isZero();
	}

	@Test
	@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
	void logsARefusedValueAsOneWarningNotAStackTrace(org.springframework.boot.test.system.CapturedOutput output) {
		Map<String, Object> values = settings("BAD-LOG");
		values.put("minimumOrganisations", 7);
		values.put("maximumOrganisations", 3);
		int before = output.getAll().length();
		assertThat(startNetwork(values).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		String logged = output.getAll().substring(before);
		assertThat(logged.lines().filter(line -> line.contains(" WARN ") && line.contains("Refused input"))).hasSize(1);
		assertThat(logged).doesNotContain("ENGINE-16004", " ERROR ", "\tat org.");
	}

	@Test
	void refusesADeadlineInThePast() {
		Map<String, Object> values = settings("BAD-2");
		values.put("registrationDeadline", "2020-01-31");
		ResponseEntity<String> response = startNetwork(values);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).contains("De uiterste inschrijvingsdatum (31 januari 2020) ligt in het verleden.");
	}

	@Test
	void refusesANetworkCodeThatIsAlreadyUsed() {
		assertThat(startNetwork(settings("BAD-3")).getStatusCode()).isEqualTo(HttpStatus.OK);
		ResponseEntity<String> again = startNetwork(settings("BAD-3"));
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(again.getBody()).contains("Er bestaat al een netwerk met code BAD-3.");
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("BAD-3").count())
			.as("the first network is untouched").isEqualTo(1);
	}

	@Test
	void refusesAnOrganisationWithoutContactEmailAndKeepsTheTaskOpen() {
		assertThat(startNetwork(settings("BAD-4")).getStatusCode()).isEqualTo(HttpStatus.OK);
		String taskId = task("BAD-4", "Task_RegisterOrganisation").getId();
		ResponseEntity<String> response = submitTask(taskId, Map.of("organisationName", "Zonder mail", "sector", "bouw",
				"caseDescription", "Werf", "contacts",
				"[{\"contactName\":\"Els\",\"contactEmail\":\"els@example.org\"},{\"contactName\":\"Jan\",\"contactEmail\":\"\"}]"));
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).contains("Contactpersoon Jan heeft geen e-mailadres.");
		assertThat(task("BAD-4", "Task_RegisterOrganisation").getId()).as("the task stays open").isEqualTo(taskId);
		assertThat(organisations.ofNetwork(networks.get("BAD-4").id())).isEmpty();
	}

	@Test
	void refusesASessionBeforeTheKickoff() {
		networkWithKickoffPlanned("BAD-5", "Vroeg BV");
		String code = organisations.ofNetwork(networks.get("BAD-5").id()).get(0).code();
		complete("BAD-5", "Task_ConductKickoff", "attendance", json("[\"" + code + "\"]"));
		evaluateAll("BAD-5");

		String taskId = task("BAD-5", "Task_PlanCollectiveSession").getId();
		ResponseEntity<String> response = submitTask(taskId,
				Map.of("sessionStart", inDays(10), "sessionLocation", "Gent", "sessionThemes", "[\"Leiderschap\"]"));
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).contains("ligt vóór de kick-off");
		assertThat(sessions.ofNetwork(networks.get("BAD-5").id())).hasSize(1);
	}

	@Test
	void refusesAnEarlyHoldOrALateSessionUntickedAndAMoveIntoThePast() {
		networkWithKickoffPlanned("BAD-9", "Laat BV");

		String kickoffTask = task("BAD-9", "Task_ConductKickoff").getId();
		ResponseEntity<String> past = submitTask(kickoffTask,
				Map.of("sessionOutcome", "rescheduled", "newSessionStart", inDays(-2), "newSecondStart", inDays(-1)));
		assertThat(past.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(past.getBody()).contains("newSessionStart").contains("ligt in het verleden");
		ResponseEntity<String> noSecondDay = submitTask(kickoffTask,
				Map.of("sessionOutcome", "rescheduled", "newSessionStart", inDays(40)));
		assertThat(noSecondDay.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(noSecondDay.getBody()).contains("newSecondStart").contains("tweede halve dag");
		assertThat(sessions.ofNetwork(networks.get("BAD-9").id()).get(0).sequence()).as("nothing moved").isZero();

		String code = organisations.ofNetwork(networks.get("BAD-9").id()).get(0).code();
		ResponseEntity<String> early = submitTask(kickoffTask,
				Map.of("sessionOutcome", "held", "attendance", "[\"" + code + "\"]"));
		assertThat(early.getStatusCode()).as("held three weeks before its date, unticked").isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(early.getBody()).contains("heldBeforeStart").contains("De sessie begint pas op");
		assertThat(sessions.ofNetwork(networks.get("BAD-9").id()).get(0).status().name()).isEqualTo("PLANNED");
		complete("BAD-9", "Task_ConductKickoff", "attendance", json("[\"" + code + "\"]"));
		String taskId = task("BAD-9", "Task_PlanCollectiveSession").getId();
		// the programme runs 12 months from the kickoff
		ResponseEntity<String> late = submitTask(taskId,
				Map.of("sessionStart", inDays(30 + 400), "sessionLocation", "Gent", "sessionThemes", "[\"Leiderschap\"]"));
		assertThat(late.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(late.getBody()).contains("sessionStart").contains("valt na het geplande einde van het programma");
		assertThat(sessions.ofNetwork(networks.get("BAD-9").id())).hasSize(1);

		ResponseEntity<String> confirmed = submitTask(taskId, Map.of("sessionStart", inDays(30 + 400), "sessionLocation",
				"Gent", "sessionThemes", "[\"Leiderschap\"]", "afterPlannedEnd", true));
		assertThat(confirmed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(sessions.ofNetwork(networks.get("BAD-9").id())).hasSize(2);
	}

	@Test
	void aParticipantCannotCloseTheirOwnTaskAsNotApplicableBeforeItsDaysRanOut() {
		networkWithKickoffPlanned("BAD-10", "Stil BV");
		String code = organisations.ofNetwork(networks.get("BAD-10").id()).get(0).code();
		completeFor("BAD-10", code, "Task_AssignAdviser", "adviser", "adviser1");
		completeFor("BAD-10", code, "Task_ScheduleIntake", "sessionStart", inDays(5), "sessionLocation", "Gent");
		completeFor("BAD-10", code, "Task_ConductIntake", "intakeWorkOrganisation", "x", "intakeMaturity", "beginner",
				"intakeNeeds", "y");
		String participant = organisations.contactUserIds(organisations.get(code).id()).get(0);
		org.camunda.bpm.engine.identity.User user = identityService.createUserQuery().userId(participant).singleResult();
		user.setPassword("participant-bad10");
		identityService.saveUser(user);
		String taskId = task("BAD-10", "Task_PrepareCasePresentation").getId();
		rest.withBasicAuth(participant, "participant-bad10")
			.postForEntity("/engine-rest/task/" + taskId + "/claim", Map.of("userId", participant), String.class);

		// sending the flag the escalation would set is refused: it is no field of the form
		ResponseEntity<String> flagged = rest.withBasicAuth(participant, "participant-bad10")
			.postForEntity("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", typed(Map.of("handling",
					"not-applicable", "notApplicableReason", "Geen zin", "escalated", "yes"))), String.class);
		assertThat(flagged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(flagged.getBody()).contains("escalated");
		ResponseEntity<String> answer = rest.withBasicAuth(participant, "participant-bad10")
			.postForEntity("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", typed(Map.of("handling",
					"not-applicable", "notApplicableReason", "Geen zin"))), String.class);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(answer.getBody()).contains("handling").contains("pas als 'niet van toepassing' afgesloten");
		assertThat(task("BAD-10", "Task_PrepareCasePresentation").getId()).as("the task stays open").isEqualTo(taskId);
	}

	@Test
	void refusesToWithdrawAnUnknownOrganisation() {
		ResponseEntity<String> response = rest.withBasicAuth("coordinator", "coordinator")
			.postForEntity("/engine-rest/message", Map.of("messageName", "OrganisationWithdrew", "correlationKeys",
					Map.of("organisationCode", Map.of("value", "bestaat-niet", "type", "String"))), String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).contains("OrganisationWithdrew").contains("No process definition or execution matches");
	}

}
