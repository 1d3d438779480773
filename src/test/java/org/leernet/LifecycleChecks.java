package org.leernet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leernet.network.NetworkStatus;
import org.leernet.recruitment.Organisation;
import org.leernet.recruitment.OrganisationStatus;
import org.leernet.tasklist.FormDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Networks of four organisations from the start form to the closing evaluation, every task done
 * through its own form at the REST API by the person it is routed to ({@link FormDriver}): the
 * coordinator, the adviser the coordinator picked from the list, a contact person of the
 * organisation. First the seed's programme (4 collective and 5 individual sessions), then a
 * sister programme with other numbers on the start form. Run on H2 and on PostgreSQL.
 */
public abstract class LifecycleChecks extends NetworkTestSupport {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	@LocalServerPort
	private int port;

	protected abstract String codePrefix();

	/** Sessions are held right after they are planned, before their dates: the form asks to tick that. */
	private static final String HELD_EARLY = "heldBeforeStart";

	@BeforeEach
	void formsAtTheRestApi() {
		driver = new FormDriver("http://localhost:" + port + "/engine-rest", processEngine,
				group -> organisations.contactUserIds(organisations.get(group.substring("organisation-".length())).id()).get(0));
	}

	@Test
	void drivesTheSeedProgrammeThroughItsFormsFromStartToClosingEvaluation() {
		driveNetwork(codePrefix() + "-2027-1", 4, 5, true);
	}

	protected void driveNetwork(String code, int collective, int individual, boolean participantsAnswer) {
		driver.start(driver.demoUser("coordinator"), "learning-network", Map.of("networkCode", code, "networkName",
				"Lerend netwerk " + code, "collectiveSessions", collective, "individualSessions", individual,
				"registrationDeadline", LocalDate.now(BRUSSELS).plusMonths(1).toString()));
		assertThat(networks.get(code).status()).isEqualTo(NetworkStatus.RECRUITING);

		for (int i = 1; i <= 4; i++) {
			driver.work(driver.one(code, "Task_RegisterOrganisation", "registration " + i), Map.of(
					"organisationName", code + " organisatie " + i,
					"caseDescription", "Team " + i + " test de principes uit.",
					"contacts", List.of(contact(code, i, "a"), contact(code, i, "b")),
					"recruitmentClosed", i == 4));
		}
		long networkId = networks.get(code).id();
		List<Organisation> taking = organisations.ofNetwork(networkId, OrganisationStatus.REGISTERED);
		assertThat(taking).hasSize(4);
		assertThat(networks.get(code).status()).isEqualTo(NetworkStatus.RUNNING);

		driver.work(driver.one(code, "Task_PlanKickoff", "after recruitment"), Map.of("kickoffStart", at(20, 9),
				"kickoffSecondStart", at(21, 9), "sessionLocation", "Brussel"));

		Map<String, String> trajectories = new HashMap<>();
		List<String> advisers = new ArrayList<>();
		int n = 0;
		for (Organisation organisation : taking) {
			String trajectory = driver.trajectoryOf(code, organisation.code());
			trajectories.put(organisation.code(), trajectory);
			String adviser = n++ % 2 == 0 ? "adviser1" : "adviser2";
			advisers.add(adviser);
			driver.work(driver.one(trajectory, "Task_AssignAdviser"), Map.of("adviser", adviser));
			assertThat(driver.work(driver.one(trajectory, "Task_ScheduleIntake"),
					Map.of("sessionStart", at(10, 13), "sessionLocation", "Op locatie")).id())
				.as("the intake goes to the adviser the coordinator picked").isEqualTo(adviser);
			driver.work(driver.one(trajectory, "Task_ConductIntake"), Map.of("intakeWorkOrganisation", "Functioneel",
					"intakeMaturity", "advanced", "intakeNeeds", "Regelruimte", HELD_EARLY, true));
			if (participantsAnswer) {
				evaluateAllThroughForms(code);
				driver.work(driver.one(trajectory, "Task_PrepareCasePresentation"), Map.of("projectSummary", "HNW sinds 2019",
						"caseTeam", "Planning"));
				driver.work(driver.one(trajectory, "Task_DistributeBaselineSurveys"), Map.of("trackingStudy", "no"));
				driver.work(driver.one(trajectory, "Task_ConfirmBaselineMeasurement"), Map.of("baselineResponses", 30));
			}
			else {
				takeOverAsNotApplicable(trajectory, "Task_PrepareCasePresentation", "BoundaryEvent_CasePresentationOverdue");
				takeOverAsNotApplicable(trajectory, "Task_DistributeBaselineSurveys",
						"BoundaryEvent_BaselineDistributionOverdue");
			}
		}

		driver.work(driver.one(code, "Task_ConductKickoff", "kickoff"), Map.of("attendance", codes(taking),
				"sessionNotes", "Goede start", HELD_EARLY, true));
		evaluateAllThroughForms(code, participantsAnswer);
		for (int i = 0; i < collective; i++) {
			driver.work(driver.one(code, "Task_PlanCollectiveSession", "collective session " + (i + 1)),
					Map.of("sessionStart", at(40 + 30 * i, 9), "sessionLocation", "Leuven"));
			driver.work(driver.one(code, "Task_ConductCollectiveSession", "collective session " + (i + 1)),
					Map.of("sessionOutcome", "held", "attendance", codes(taking), HELD_EARLY, true));
			evaluateAllThroughForms(code, participantsAnswer);
		}
		assertThat(networks.get(code).status()).isEqualTo(NetworkStatus.END_PHASE);

		for (Organisation organisation : taking) {
			String trajectory = trajectories.get(organisation.code());
			for (int i = 0; i < individual; i++) {
				driver.work(driver.one(trajectory, "Task_PlanIndividualSession"),
						Map.of("sessionStart", at(50 + 20 * i, 14), "sessionLocation", "Online"));
				driver.work(driver.one(trajectory, "Task_ConductIndividualSession"),
						Map.of("sessionOutcome", "held", "sessionNotes", "Sessie " + (i + 1), HELD_EARLY, true));
				evaluateAllThroughForms(code, participantsAnswer);
			}
			if (participantsAnswer) {
				driver.work(driver.one(trajectory, "Task_DistributeEndSurveys"), Map.of());
				driver.work(driver.one(trajectory, "Task_ConfirmEndMeasurement"), Map.of("endResponses", 28));
			}
			else {
				takeOverAsNotApplicable(trajectory, "Task_DistributeEndSurveys", "BoundaryEvent_EndDistributionOverdue");
			}
			driver.work(driver.one(trajectory, "Task_WriteBasicReport"), Map.of("reportSummary", "Resultaten"));
			driver.work(driver.one(trajectory, "Task_ApproveBasicReport"), Map.of("reportApproved", true));
			driver.work(driver.one(trajectory, "Task_DeliverBasicReport"),
					Map.of("reportDeliveredOn", LocalDate.now(BRUSSELS).plusMonths(11)));
		}
		driver.work(driver.one(code, "Task_PlanClosingSession", "end phase"),
				Map.of("sessionStart", at(330, 9), "sessionLocation", "Brussel"));
		driver.work(driver.one(code, "Task_ConductClosingSession", "closing session"), Map.of("attendance", codes(taking),
				"networkEvaluation", "Waardevol", "followUp", "aftercare", HELD_EARLY, true));
		evaluateAllThroughForms(code, participantsAnswer);
		// each organisation evaluates its intake and individual sessions, and the kickoff, the
		// collective sessions and the closing session
		int evaluations = 4 * (1 + individual) + 4 * (1 + collective + 1);
		assertThat(runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("learning-network")
			.processInstanceBusinessKey(code)
			.count()).as("the network ended").isZero();
		if (!participantsAnswer) {
			assertThat(driver.open(code, "Task_EvaluateSession")).as("the network did not wait for them").hasSize(evaluations);
			lapseEveryEvaluation(code);
		}

		assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();
		assertThat(networks.get(code).status()).isEqualTo(NetworkStatus.CLOSED);
		assertThat(count(code, "Task_AssignAdviser")).isEqualTo(4);
		assertThat(count(code, "Task_ConductIntake")).isEqualTo(4);
		assertThat(count(code, "Task_ConductIndividualSession")).isEqualTo(4L * individual);
		assertThat(count(code, "Task_ConductCollectiveSession")).isEqualTo(collective);
		assertThat(count(code, "Task_ConductKickoff")).isEqualTo(1);
		assertThat(count(code, "Task_ConductClosingSession")).isEqualTo(1);
		assertThat(count(code, "Task_ConfirmBaselineMeasurement")).isEqualTo(participantsAnswer ? 4 : 0);
		assertThat(count(code, "Task_ConfirmEndMeasurement")).isEqualTo(participantsAnswer ? 4 : 0);
		assertThat(count(code, "Task_DeliverBasicReport")).isEqualTo(4);
		assertThat(count(code, "Task_EvaluateSession")).isEqualTo(evaluations);
		assertThat(sessions.ofNetwork(networkId)).hasSize(4 + 4 * individual + 1 + collective + 1)
			.allSatisfy(session -> assertThat(session.status().name()).isEqualTo("HELD"));
		assertThat(jdbc.sql("select count(*) from evaluation e join learning_session s on s.id = e.session_id where s.network_id = ?")
			.param(networkId)
			.query(Integer.class)
			.single()).isEqualTo(participantsAnswer ? evaluations : 0);
		assertThat(jdbc.sql("select count(*) from unanswered_evaluation e join learning_session s on s.id = e.session_id "
				+ "where s.network_id = ?").param(networkId).query(Integer.class).single())
			.as("niet beantwoord")
			.isEqualTo(participantsAnswer ? 0 : evaluations);
		assertThat(jdbc.sql("select count(*) from measurement m join organisation o on o.id = m.organisation_id "
				+ "where o.network_id = ? and m.confirmed_at is not null").param(networkId).query(Integer.class).single())
			.isEqualTo(participantsAnswer ? 8 : 0);
		assertThat(organisations.ofNetwork(networkId, OrganisationStatus.COMPLETED)).hasSize(4)
			.extracting(Organisation::adviser)
			.containsExactlyElementsOf(advisers);
		assertThat(historyService.createHistoricTaskInstanceQuery()
			.processInstanceBusinessKey(code)
			.taskAssignee("demo")
			.count()).as("nobody worked as the administrator").isZero();
	}

	private void evaluateAllThroughForms(String code, boolean participantsAnswer) {
		if (participantsAnswer) {
			evaluateAllThroughForms(code);
		}
	}

	/** The organisation's days for the task ran out: the coordinator closes it as not applicable. */
	private void takeOverAsNotApplicable(String trajectory, String taskKey, String overdueTimer) {
		Task task = driver.one(trajectory, taskKey);
		driver.fireTimer(trajectory, overdueTimer);
		assertThat(driver.work(task, Map.of("handling", "not-applicable", "notApplicableReason", "Geen antwoord van de organisatie"))
			.id()).as("the coordinators took it over").isEqualTo("coordinator");
	}

	/** The evaluations' days run out, one by one. */
	private void lapseEveryEvaluation(String code) {
		for (ProcessInstance evaluation : runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("session-evaluation")
			.processInstanceBusinessKey(code)
			.list()) {
			driver.fireTimer(evaluation.getId(), "BoundaryEvent_EvaluationLapsed");
		}
	}

	/** Every open evaluation of the network, each by a contact person of its organisation. */
	private void evaluateAllThroughForms(String code) {
		for (Task evaluation : driver.open(code, "Task_EvaluateSession")) {
			driver.work(evaluation, Map.of("evaluationScore", "4", "evaluationWentWell", "Nuttige uitwisseling"));
		}
	}

	private static Map<String, String> contact(String code, int organisation, String letter) {
		return Map.of("contactName", "Contact " + organisation + letter, "contactEmail",
				code.toLowerCase() + "-" + organisation + letter + "@example.org");
	}

	private static List<String> codes(List<Organisation> organisations) {
		return organisations.stream().map(Organisation::code).toList();
	}

	/** A day from now at a full hour, Brussels time, as a coordinator picks it in the date field. */
	private static ZonedDateTime at(int days, int hour) {
		return ZonedDateTime.of(LocalDate.now(BRUSSELS).plusDays(days), LocalTime.of(hour, 0), BRUSSELS);
	}

}
