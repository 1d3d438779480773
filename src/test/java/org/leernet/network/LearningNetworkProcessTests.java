package org.leernet.network;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leernet.LeernetFakes;
import org.leernet.ProcessTestEngine;
import org.leernet.tasklist.FormDriver;

@Deployment(resources = { "processes/learning-network.bpmn", "processes/organisation-trajectory.bpmn",
		"processes/session-evaluation.bpmn", "processes/wait-before-session.bpmn" })
class LearningNetworkProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessTestEngine.withFullCoverage("organisation-trajectory",
			"session-evaluation", "wait-before-session");

	static final List<String> FOUR = List.of("Zorggroep Aurora", "Bouwbedrijf Berkenhof", "Stad Cederdal", "Dienst Delta");

	LeernetFakes fakes;

	FormDriver driver;

	@BeforeEach
	void fakes() {
		init(engine.getProcessEngine());
		fakes = new LeernetFakes(runtimeService());
		driver = FormDriver.onEngine(engine.getProcessEngine()).holdingSessionsEarly();
	}

	@AfterEach
	void reset() {
		Mocks.reset();
	}

	ProcessInstance startNetwork(String code, int minimum, int maximum, int collective, int individual, int months) {
		return runtimeService().startProcessInstanceByKey("learning-network",
				Map.of("networkCode", code, "networkName", "Het Nieuwe Werken", "minimumOrganisations", minimum,
						"maximumOrganisations", maximum, "collectiveSessions", collective, "individualSessions", individual,
						"durationMonths", months, "registrationDeadline", LocalDate.now().plusMonths(1).toString()));
	}

	void register(ProcessInstance network, List<String> names, boolean closeAfterwards) {
		for (int i = 0; i < names.size(); i++) {
			boolean last = closeAfterwards && i == names.size() - 1;
			driver.complete(network, "Task_RegisterOrganisation", "organisationName", names.get(i), "sector", "zorg",
					"caseDescription", "Teams herorganiseren", "contacts", contacts(), "recruitmentClosed", last);
		}
	}

	/** Two contact persons, as the registration form requires. */
	static List<Map<String, String>> contacts() {
		return new java.util.ArrayList<>(List.of(Map.of("contactName", "An Peeters", "contactEmail", "an@example.org"),
				Map.of("contactName", "Bart Claes", "contactEmail", "bart@example.org")));
	}

	Job job(ProcessInstance network, String activityId) {
		return managementService().createJobQuery().processInstanceId(network.getId()).activityId(activityId).singleResult();
	}

	void planKickoff(ProcessInstance network) {
		driver.complete(network, "Task_PlanKickoff", "kickoffStart", LeernetFakes.inDays(40), "kickoffSecondStart",
				LeernetFakes.inDays(41), "sessionLocation", "Brussel");
	}

	void holdCollectiveSessions(ProcessInstance network, int count) {
		for (int i = 0; i < count; i++) {
			driver.complete(network, "Task_PlanCollectiveSession", "sessionStart", LeernetFakes.inDays(60 + 30 * i),
					"sessionLocation", "Leuven", "sessionThemes", List.of("Bepalen van kerntaken en regelende taken"));
			driver.complete(network, "Task_ConductCollectiveSession", "sessionOutcome", "held", "attendance", fakes.registered());
			driver.evaluateAll(network);
		}
	}

	@Test
	void runsFourOrganisationsFromRecruitmentToClosing() {
		ProcessInstance network = startNetwork("HNW-2027-1", 4, 15, 4, 5, 12);
		assertThat(network).hasBusinessKey("HNW-2027-1").isWaitingAt("Task_RegisterOrganisation");
		assertThat(task()).hasCandidateGroup("coordinators");
		register(network, FOUR, true);

		assertThat(network).hasPassed("Gateway_EnoughOrganisations", "Task_OpenNetwork").isWaitingAt("Task_PlanKickoff");
		planKickoff(network);
		Assertions.assertThat(job(network, "BoundaryEvent_DurationExceeded")).as("duration timer from the kickoff").isNotNull();

		assertThat(network).isWaitingAt("CallActivity_OrganisationTrajectory", "Task_ConductKickoff");
		Assertions.assertThat(runtimeService().createProcessInstanceQuery()
			.processDefinitionKey("organisation-trajectory")
			.superProcessInstanceId(network.getId())
			.count()).isEqualTo(4);
		Assertions.assertThat(driver.candidateGroups(driver.one(network, "Task_ConductKickoff"))).contains("coordinators", "advisers");

		driver.complete(network, "Task_ConductKickoff", "attendance", fakes.registered(), "sessionNotes", "Geslaagde start");
		Assertions.assertThat(driver.evaluateAll(network)).as("every organisation evaluates the kickoff").isEqualTo(4);
		holdCollectiveSessions(network, 4);
		assertThat(network).hasPassed("Task_StartEndPhase");
		Assertions.assertThat(fakes.endPhase).isTrue();

		for (String code : fakes.registered()) {
			ProcessInstance trajectory = driver.trajectoryOf(code);
			driver.driveTrajectoryThroughIndividualSessions(trajectory, 5);
			driver.finishTrajectory(trajectory);
		}
		assertThat(network).isWaitingAt("Task_PlanClosingSession");
		driver.complete(network, "Task_PlanClosingSession", "sessionStart", LeernetFakes.inDays(330), "sessionLocation", "Brussel");
		driver.complete(network, "Task_ConductClosingSession", "attendance", fakes.taking(), "networkEvaluation", "Waardevol", "followUp", "aftercare");
		Assertions.assertThat(driver.evaluateAll(network)).isEqualTo(4);

		assertThat(network).hasPassedInOrder("Task_RegisterNetwork", "SubProcess_Recruitment", "Task_OpenNetwork",
				"Task_PlanKickoff", "Task_ConductKickoff", "Task_StartEndPhase", "Task_ConductClosingSession",
				"Task_CloseNetwork", "EndEvent_NetworkClosed").isEnded();
		Assertions.assertThat(historyService().createHistoricActivityInstanceQuery()
			.processInstanceId(network.getId())
			.activityId("Task_ConductCollectiveSession")
			.count()).isEqualTo(4);
		Assertions.assertThat(fakes.closed).isTrue();
	}

	@Test
	void reachesItsEndWhenNobodyEvaluatesAndEveryEvaluationLapsesAsUnanswered() {
		ProcessInstance network = runToTheEndWithSilent("HNW-2027-8", Set.of(0, 1, 2, 3));

		// 4 organisations × (kickoff + 2 collective + closing + intake + 2 individual)
		List<ProcessInstance> open = openEvaluations("HNW-2027-8");
		Assertions.assertThat(open).hasSize(28);
		assertThat(network).as("the network did not wait for them").isEnded();
		lapseAll(open);
		Assertions.assertThat(historyService().createHistoricActivityInstanceQuery()
			.activityId("EndEvent_EvaluationUnanswered")
			.count()).isEqualTo(28);
		Assertions.assertThat(fakes.unanswered).isEqualTo(28);
		Assertions.assertThat(fakes.evaluations).isZero();
	}

	@Test
	void reachesItsEndWhenOneOrganisationIsSilentAndTheOthersAnswer() {
		runToTheEndWithSilent("HNW-2027-9", Set.of(2));
		String silent = List.copyOf(fakes.organisations.keySet()).get(2);

		List<ProcessInstance> open = openEvaluations("HNW-2027-9");
		Assertions.assertThat(open).hasSize(7)
			.allSatisfy(evaluation -> Assertions.assertThat(runtimeService().getVariable(evaluation.getId(), "organisationCode"))
				.isEqualTo(silent));
		lapseAll(open);
		Assertions.assertThat(fakes.unanswered).isEqualTo(7);
		Assertions.assertThat(fakes.evaluations).isEqualTo(21);
	}

	/** Two collective and two individual sessions; the organisations at these places never evaluate. */
	ProcessInstance runToTheEndWithSilent(String code, Set<Integer> silentPlaces) {
		ProcessInstance network = startNetwork(code, 4, 15, 2, 2, 12);
		register(network, FOUR, true);
		List<String> codes = fakes.registered();
		Set<String> silent = silentPlaces.stream().map(codes::get).collect(java.util.stream.Collectors.toSet());
		planKickoff(network);
		driver.complete(network, "Task_ConductKickoff", "attendance", fakes.registered());
		driver.evaluateAllBut(network, silent);
		for (int i = 0; i < 2; i++) {
			driver.complete(network, "Task_PlanCollectiveSession", "sessionStart", LeernetFakes.inDays(60 + 30 * i),
					"sessionLocation", "Leuven", "sessionThemes", List.of("Bepalen van kerntaken en regelende taken"));
			driver.complete(network, "Task_ConductCollectiveSession", "sessionOutcome", "held", "attendance", fakes.registered());
			driver.evaluateAllBut(network, silent);
		}
		assertThat(network).hasPassed("Task_StartEndPhase");
		for (String organisation : fakes.registered()) {
			ProcessInstance trajectory = driver.trajectoryOf(organisation);
			driver.driveTrajectoryThroughIndividualSessions(trajectory, 2, !silent.contains(organisation));
			driver.finishTrajectory(trajectory);
		}
		driver.complete(network, "Task_PlanClosingSession", "sessionStart", LeernetFakes.inDays(330), "sessionLocation", "Brussel");
		driver.complete(network, "Task_ConductClosingSession", "attendance", codes, "networkEvaluation", "Waardevol",
				"followUp", "none");
		driver.evaluateAllBut(network, silent);
		assertThat(network).hasPassed("Task_ConductClosingSession", "Event_RequestNetworkEvaluations", "Task_CloseNetwork")
			.isEnded();
		return network;
	}

	List<ProcessInstance> openEvaluations(String businessKey) {
		return runtimeService().createProcessInstanceQuery()
			.processDefinitionKey("session-evaluation")
			.processInstanceBusinessKey(businessKey)
			.list();
	}

	/** The evaluations' days run out. */
	void lapseAll(List<ProcessInstance> evaluations) {
		for (ProcessInstance evaluation : evaluations) {
			execute(managementService().createJobQuery()
				.processInstanceId(evaluation.getId())
				.activityId("BoundaryEvent_EvaluationLapsed")
				.singleResult());
			assertThat(evaluation).hasPassed("Task_RecordUnanswered").isEnded();
		}
	}

	@Test
	void movesTheKickoffAndTheClosingSessionAndStartsEachSessionClean() {
		ProcessInstance network = startNetwork("HNW-2027-10", 1, 15, 1, 0, 12);
		register(network, FOUR.subList(0, 1), true);
		planKickoff(network);
		String newKickoff = LeernetFakes.inDays(50);
		driver.complete(network, "Task_ConductKickoff", "sessionOutcome", "rescheduled", "newSessionStart", newKickoff,
				"newSecondStart", LeernetFakes.inDays(51), "newSessionLocation", "Gent");
		assertThat(network).hasPassed("Gateway_KickoffHeld", "Task_SendKickoffUpdate", "Gateway_KickoffPlanned")
			.isWaitingAt("Task_ConductKickoff")
			.variables()
			.containsEntry("kickoffStart", newKickoff);
		Assertions.assertThat(openEvaluations("HNW-2027-10")).as("no evaluation for a kickoff not held").isEmpty();
		Assertions.assertThat(job(network, "BoundaryEvent_KickoffSoon").getDuedate())
			.as("the reminder follows the new date")
			.isEqualTo(Date.from(OffsetDateTime.parse(newKickoff).minusDays(2).toInstant()));
		driver.complete(network, "Task_ConductKickoff", "attendance", fakes.registered());
		Assertions.assertThat(driver.evaluateAll(network)).isEqualTo(1);

		String collective = driver.one(network, "Task_PlanCollectiveSession").getId();
		Assertions.assertThat(taskService().getVariable(collective, "sessionLocation"))
			.as("the kickoff's place does not fill in the next planning")
			.isNull();
		Assertions.assertThat(taskService().getVariable(collective, "sessionStart")).isNull();
		driver.complete(network, "Task_PlanCollectiveSession", "sessionStart", LeernetFakes.inDays(60), "sessionLocation", "Leuven",
				"sessionThemes", List.of("Klantgerichte processen ontwerpen"));
		driver.complete(network, "Task_ConductCollectiveSession", "sessionOutcome", "rescheduled", "newSessionStart",
				LeernetFakes.inDays(70), "rescheduleReason", "Staking");
		String again = driver.one(network, "Task_ConductCollectiveSession").getId();
		Assertions.assertThat(taskService().getVariable(again, "sessionOutcome")).isEqualTo("held");
		Assertions.assertThat(taskService().getVariable(again, "rescheduleReason")).as("the old reason is gone").isNull();
		driver.complete(network, "Task_ConductCollectiveSession", "sessionOutcome", "held", "attendance", fakes.registered());
		driver.evaluateAll(network);

		ProcessInstance trajectory = driver.trajectoryOf(fakes.registered().get(0));
		driver.driveTrajectoryThroughIndividualSessions(trajectory, 0);
		driver.finishTrajectory(trajectory);
		String closing = driver.one(network, "Task_PlanClosingSession").getId();
		Assertions.assertThat(taskService().getVariable(closing, "sessionLocation")).isNull();
		driver.complete(network, "Task_PlanClosingSession", "sessionStart", LeernetFakes.inDays(300), "sessionLocation", "Gent");
		String newClosing = LeernetFakes.inDays(310);
		driver.complete(network, "Task_ConductClosingSession", "sessionOutcome", "rescheduled", "newSessionStart", newClosing);
		assertThat(network).hasPassed("Gateway_ClosingSessionHeld", "Gateway_ClosingSessionPlanned")
			.isWaitingAt("Task_ConductClosingSession")
			.variables()
			.containsEntry("sessionStart", newClosing);
		driver.complete(network, "Task_ConductClosingSession", "attendance", fakes.taking(), "networkEvaluation", "Goed", "followUp",
				"none");
		assertThat(network).isEnded();
		Assertions.assertThat(historyService().createHistoricActivityInstanceQuery()
			.processInstanceId(network.getId())
			.activityId("Task_SendClosingInvitation")
			.count()).as("invitation and its update").isEqualTo(2);
	}

	@Test
	void extendsRegistrationWhenTooFewRegisteredThenGoesOn() {
		ProcessInstance network = startNetwork("HNW-2027-2", 4, 15, 4, 5, 12);
		register(network, FOUR.subList(0, 2), false);

		execute(job(network, "BoundaryEvent_RegistrationDeadline"));
		assertThat(network).hasPassed("BoundaryEvent_RegistrationDeadline").isWaitingAt("Task_DecideOnQuorum");
		assertThat(task()).hasCandidateGroup("coordinators");
		String newDeadline = LocalDate.now().plusMonths(2).toString();
		complete(task(), withVariables("quorumDecision", "extend", "newRegistrationDeadline", newDeadline));
		driver.runAsyncJobs();

		assertThat(network).hasPassed("Task_ExtendRegistration").isWaitingAt("Task_RegisterOrganisation");
		assertThat(network).variables().containsEntry("registrationDeadline", newDeadline);
		register(network, FOUR.subList(2, 4), true);
		assertThat(network).isWaitingAt("Task_PlanKickoff");
		Assertions.assertThat(fakes.registered()).hasSize(4);
	}

	@Test
	void cancelsNetworkWhenFewerThanMinimumRegistered() {
		ProcessInstance network = startNetwork("HNW-2027-3", 4, 15, 4, 5, 12);
		register(network, FOUR.subList(0, 1), true);

		assertThat(network).isWaitingAt("Task_DecideOnQuorum");
		complete(task(), withVariables("quorumDecision", "cancel", "cancellationReason", "Te weinig interesse"));
		driver.runAsyncJobs();
		assertThat(network).hasPassedInOrder("Task_DecideOnQuorum", "Task_CancelNetwork", "Task_SendCancellationMails",
				"EndEvent_NetworkCancelled").isEnded();
		Assertions.assertThat(fakes.mailsSent).containsEntry("sendNetworkCancelledMailsDelegate", 1);
		Assertions.assertThat(fakes.organisations).containsOnly(Map.entry("zorggroep-aurora", "CANCELLED"));
	}

	@Test
	void putsRegistrationsPastTheMaximumOnTheWaitingList() {
		ProcessInstance network = startNetwork("HNW-2027-4", 2, 3, 4, 5, 12);
		register(network, FOUR, true);

		Assertions.assertThat(fakes.organisations).containsEntry("dienst-delta", "WAITING_LIST");
		assertThat(network).variables()
			.containsEntry("registeredOrganisations", 3)
			.containsEntry("organisationCodes", List.of("zorggroep-aurora", "bouwbedrijf-berkenhof", "stad-cederdal"));
		planKickoff(network);
		Assertions.assertThat(runtimeService().createProcessInstanceQuery()
			.processDefinitionKey("organisation-trajectory")
			.count()).as("no trajectory for the waiting list").isEqualTo(3);
	}

	@Test
	void conductsARescheduledCollectiveSessionOnItsNewDate() {
		ProcessInstance network = startNetwork("HNW-2027-5", 1, 15, 1, 0, 12);
		register(network, FOUR.subList(0, 1), true);
		planKickoff(network);
		driver.complete(network, "Task_ConductKickoff", "attendance", fakes.registered());
		driver.evaluateAll(network);
		driver.complete(network, "Task_PlanCollectiveSession", "sessionStart", LeernetFakes.inDays(60), "sessionLocation", "Leuven",
				"sessionThemes", List.of("Klantgerichte processen ontwerpen"));

		String newStart = LeernetFakes.inDays(75);
		driver.complete(network, "Task_ConductCollectiveSession", "sessionOutcome", "rescheduled", "newSessionStart", newStart);
		assertThat(network).isWaitingAt("Task_ConductCollectiveSession").variables().containsEntry("sessionStart", newStart);
		Assertions.assertThat(runtimeService().createProcessInstanceQuery()
			.processDefinitionKey("session-evaluation")
			.count()).as("nobody evaluates a session that did not take place").isZero();

		driver.complete(network, "Task_ConductCollectiveSession", "sessionOutcome", "held", "attendance", fakes.registered());
		Assertions.assertThat(driver.evaluateAll(network)).isEqualTo(1);
		assertThat(network).hasPassed("Task_StartEndPhase");
	}

	@Test
	void escalatesToCoordinatorsWhenTheDurationPassesFirst() {
		ProcessInstance network = startNetwork("HNW-2027-6", 1, 15, 4, 5, 12);
		register(network, FOUR.subList(0, 1), true);
		planKickoff(network);

		execute(job(network, "BoundaryEvent_DurationExceeded"));
		assertThat(network).isWaitingAt("Task_HandleDurationExceeded", "Task_ConductKickoff");
		assertThat(driver.one(network, "Task_HandleDurationExceeded")).hasCandidateGroup("coordinators");
		driver.complete(network, "Task_HandleDurationExceeded", "durationDecision", "finish", "durationNotes", "Afronden in juni");
		assertThat(network).hasPassed("EndEvent_DurationEscalationHandled")
			.as("the network itself goes on")
			.isWaitingAt("Task_ConductKickoff");
	}

	@Test
	void runsASisterProgrammeWithTheSameBpmn() {
		// Community of Practice: 2 collective sessions, 3 individual sessions, 24 months
		ProcessInstance network = startNetwork("COP-2027-1", 4, 9, 2, 3, 24);
		register(network, FOUR, true);
		planKickoff(network);
		driver.complete(network, "Task_ConductKickoff", "attendance", fakes.registered());
		driver.evaluateAll(network);
		holdCollectiveSessions(network, 2);
		assertThat(network).hasPassed("Task_StartEndPhase");
		for (String code : fakes.registered()) {
			ProcessInstance trajectory = driver.trajectoryOf(code);
			driver.driveTrajectoryThroughIndividualSessions(trajectory, 3);
			driver.finishTrajectory(trajectory);
		}
		driver.complete(network, "Task_PlanClosingSession", "sessionStart", LeernetFakes.inDays(700), "sessionLocation", "Gent");
		driver.complete(network, "Task_ConductClosingSession", "attendance", fakes.taking(), "networkEvaluation", "Goed", "followUp", "new-network");
		driver.evaluateAll(network);
		assertThat(network).isEnded();
		Assertions.assertThat(historyService().createHistoricTaskInstanceQuery()
			.taskDefinitionKey("Task_ConductCollectiveSession")
			.processInstanceId(network.getId())
			.count()).isEqualTo(2);
		Assertions.assertThat(historyService().createHistoricTaskInstanceQuery()
			.taskDefinitionKey("Task_ConductIndividualSession")
			.count()).isEqualTo(4 * 3);
	}

	@Test
	void confirmsRegistrationsInvitesAndRemindsBeforeEverySession() {
		ProcessInstance network = startNetwork("HNW-2027-7", 1, 15, 1, 0, 12);
		register(network, FOUR.subList(0, 1), true);
		Assertions.assertThat(fakes.mailsSent).containsEntry("sendRegistrationMailDelegate", 1);
		planKickoff(network);
		assertThat(network).hasPassed("Task_SendKickoffInvitation");
		fireReminder(network, "BoundaryEvent_KickoffSoon");
		assertThat(network).hasPassed("Task_SendKickoffReminder", "EndEvent_KickoffReminderSent");
		driver.complete(network, "Task_ConductKickoff", "attendance", fakes.registered());
		driver.evaluateAll(network);
		driver.complete(network, "Task_PlanCollectiveSession", "sessionStart", LeernetFakes.inDays(60), "sessionLocation", "Leuven",
				"sessionThemes", List.of("Leiderschap"));
		fireReminder(network, "BoundaryEvent_CollectiveSessionSoon");
		assertThat(network).hasPassed("Task_SendCollectiveInvitation", "Task_SendCollectiveReminder",
				"EndEvent_CollectiveReminderSent");
		driver.complete(network, "Task_ConductCollectiveSession", "sessionOutcome", "held", "attendance", fakes.registered());
		driver.evaluateAll(network);
		ProcessInstance trajectory = driver.trajectoryOf(fakes.registered().get(0));
		driver.driveTrajectoryThroughIndividualSessions(trajectory, 0);
		driver.finishTrajectory(trajectory);
		driver.complete(network, "Task_PlanClosingSession", "sessionStart", LeernetFakes.inDays(300), "sessionLocation", "Gent");
		fireReminder(network, "BoundaryEvent_ClosingSessionSoon");
		assertThat(network).hasPassed("Task_SendClosingInvitation", "Task_SendClosingReminder", "EndEvent_ClosingReminderSent");
		Assertions.assertThat(fakes.mailsSent).containsEntry("sendSessionReminderDelegate", 3);
	}

	void fireReminder(ProcessInstance network, String boundaryEvent) {
		execute(job(network, boundaryEvent));
		driver.runAsyncJobs();
	}

}
