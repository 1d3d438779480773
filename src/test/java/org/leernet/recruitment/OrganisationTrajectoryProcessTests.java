package org.leernet.recruitment;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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

@Deployment(resources = { "processes/organisation-trajectory.bpmn", "processes/session-evaluation.bpmn",
		"processes/wait-before-session.bpmn" })
class OrganisationTrajectoryProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessTestEngine.withFullCoverage("session-evaluation",
			"wait-before-session");

	LeernetFakes fakes;

	FormDriver driver;

	@BeforeEach
	void fakes() {
		init(engine.getProcessEngine());
		fakes = new LeernetFakes(runtimeService());
		driver = FormDriver.onEngine(engine.getProcessEngine()).holdingSessionsEarly();
		fakes.organisations.put("aurora", "REGISTERED");
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		ClockUtil.reset();
	}

	ProcessInstance startTrajectory(int individualSessions) {
		return startTrajectory("aurora", individualSessions);
	}

	static ProcessInstance startTrajectory(String organisationCode, int individualSessions) {
		return runtimeService().startProcessInstanceByKey("organisation-trajectory", "HNW-2027-1",
				Map.of("networkCode", "HNW-2027-1", "networkName", "Het Nieuwe Werken", "organisationCode", organisationCode,
						"organisationName", "Organisatie " + organisationCode, "individualSessions", individualSessions,
						"sessionReminderDays", 2, "surveyReminderIntervalDays", 7, "surveyReminderCount", 3,
						"evaluationReminderDays", 3));
	}

	Job timer(ProcessInstance instance, String activityId) {
		return managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
	}

	/** Moves the engine's clock to the timer's due date and fires it, as time would. */
	void fire(ProcessInstance instance, String activityId) {
		Job timer = timer(instance, activityId);
		if (timer.getDuedate().after(ClockUtil.getCurrentTime())) {
			ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
		}
		execute(timer);
		driver.runAsyncJobs();
	}

	@Test
	void routesEveryTaskToTheRightPeopleAndWaitsForTheEndPhase() {
		ProcessInstance trajectory = startTrajectory(5);
		assertThat(trajectory).isWaitingAt("Task_AssignAdviser");
		assertThat(task()).hasCandidateGroup("coordinators");
		Assertions.assertThat(task().getDueDate()).isNotNull();
		driver.complete(trajectory, "Task_AssignAdviser", "adviser", "adviser1");

		assertThat(task()).hasDefinitionKey("Task_ScheduleIntake").isAssignedTo("adviser1");
		Assertions.assertThat(driver.candidateGroups(task())).as("only the organisation's own adviser").isEmpty();
		String intakeStart = LeernetFakes.inDays(10);
		driver.complete(trajectory, "Task_ScheduleIntake", "sessionStart", intakeStart, "sessionLocation", "Gent");
		assertThat(task()).hasDefinitionKey("Task_ConductIntake").isAssignedTo("adviser1");
		Assertions.assertThat(task().getFollowUpDate()).as("waits for the intake's date").isNotNull();
		driver.complete(trajectory, "Task_ConductIntake", "intakeWorkOrganisation", "Functioneel", "intakeMaturity", "advanced",
				"intakeNeeds", "Teams versterken");

		ProcessInstance intakeEvaluation = driver.evaluationsRequestedBy(trajectory).get(0);
		assertThat(intakeEvaluation).isWaitingAt("Task_EvaluateSession");
		Assertions.assertThat(driver.evaluateAll(trajectory)).isEqualTo(1);

		assertThat(trajectory).isWaitingAt("Task_PrepareCasePresentation", "Task_DistributeBaselineSurveys");
		assertThat(driver.one(trajectory, "Task_PrepareCasePresentation")).hasCandidateGroup("organisation-aurora");
		assertThat(driver.one(trajectory, "Task_DistributeBaselineSurveys")).hasCandidateGroup("organisation-aurora");
		driver.complete(trajectory, "Task_DistributeBaselineSurveys", "baselineQualitySurvey", true, "baselineMobilitySurvey", true,
				"trackingStudy", "yes", "trackingParticipants", 6);
		assertThat(driver.one(trajectory, "Task_ConfirmBaselineMeasurement")).hasCandidateGroup("coordinators");
		driver.complete(trajectory, "Task_ConfirmBaselineMeasurement", "baselineResponses", 42, "baselineResponsesComplete", true);
		driver.complete(trajectory, "Task_PrepareCasePresentation", "projectSummary", "HNW sinds 2019", "caseTeam", "Klantendienst");

		for (int i = 0; i < 5; i++) {
			driver.complete(trajectory, "Task_PlanIndividualSession", "sessionStart", LeernetFakes.inDays(30 + i * 30),
					"sessionLocation", "Op locatie");
			assertThat(driver.one(trajectory, "Task_ConductIndividualSession")).isAssignedTo("adviser1");
			driver.complete(trajectory, "Task_ConductIndividualSession", "sessionOutcome", "held", "sessionNotes", "Goed");
			Assertions.assertThat(driver.evaluateAll(trajectory)).isEqualTo(1);
		}

		assertThat(trajectory).isWaitingAt("Event_EndPhaseStarted");
		runtimeService().createMessageCorrelation("EndPhaseStarted")
			.processInstanceVariableEquals("networkCode", "HNW-2027-1")
			.correlateAll();
		assertThat(driver.one(trajectory, "Task_DistributeEndSurveys")).hasCandidateGroup("organisation-aurora");
		driver.complete(trajectory, "Task_DistributeEndSurveys", "endQualitySurvey", true, "endMobilitySurvey", true);
		driver.complete(trajectory, "Task_ConfirmEndMeasurement", "endResponses", 40, "endResponsesComplete", true);

		driver.complete(trajectory, "Task_WriteBasicReport", "reportSummary", "Eerste versie");
		assertThat(driver.one(trajectory, "Task_ApproveBasicReport")).hasCandidateGroup("coordinators");
		driver.complete(trajectory, "Task_ApproveBasicReport", "reportApproved", false, "reportRemarks", "Voeg de mobiliteit toe.");
		assertThat(driver.one(trajectory, "Task_WriteBasicReport")).as("sent back to the adviser").isAssignedTo("adviser1");
		driver.complete(trajectory, "Task_WriteBasicReport", "reportSummary", "Tweede versie");
		driver.complete(trajectory, "Task_ApproveBasicReport", "reportApproved", true);
		assertThat(driver.one(trajectory, "Task_DeliverBasicReport")).isAssignedTo("adviser1");
		driver.complete(trajectory, "Task_DeliverBasicReport", "reportDeliveredOn", "2028-02-01");

		assertThat(trajectory).hasPassedInOrder("Task_ConductIntake", "Task_ConfirmBaselineMeasurement",
				"SubProcess_IndividualSessions", "Event_EndPhaseStarted", "Task_ConfirmEndMeasurement",
				"Task_DeliverBasicReport", "EndEvent_TrajectoryCompleted")
			.isEnded();
		Assertions.assertThat(historyService().createHistoricActivityInstanceQuery()
			.processInstanceId(trajectory.getId())
			.activityId("Task_ConductIndividualSession")
			.count()).isEqualTo(5);
		Assertions.assertThat(fakes.organisations).containsEntry("aurora", "COMPLETED");
	}

	@Test
	void goesStraightToTheEndMeasurementWhenTheEndPhaseAlreadyStarted() {
		ProcessInstance trajectory = startTrajectory(5);
		driver.driveTrajectoryThroughIndividualSessions(trajectory, 5);
		assertThat(trajectory).isWaitingAt("Event_EndPhaseStarted");

		// the end phase starts while another organisation is still in its individual sessions
		fakes.endPhase = true;
		runtimeService().createMessageCorrelation("EndPhaseStarted").correlateAll();
		assertThat(trajectory).isWaitingAt("Task_DistributeEndSurveys");
		ProcessInstance late = startTrajectory("berkenhof", 1);
		driver.driveTrajectoryThroughIndividualSessions(late, 1);
		assertThat(late).hasPassed("Gateway_EndPhaseAlreadyStarted")
			.hasNotPassed("Event_EndPhaseStarted")
			.isWaitingAt("Task_DistributeEndSurveys");
	}

	@Test
	void endsCleanlyWhenTheOrganisationWithdrawsMidTrajectory() {
		ProcessInstance trajectory = startTrajectory(5);
		driver.complete(trajectory, "Task_AssignAdviser", "adviser", "adviser1");
		driver.complete(trajectory, "Task_ScheduleIntake", "sessionStart", LeernetFakes.inDays(10), "sessionLocation", "Gent");
		driver.complete(trajectory, "Task_ConductIntake", "intakeWorkOrganisation", "x", "intakeMaturity", "beginner",
				"intakeNeeds", "y");
		ProcessInstance openEvaluation = driver.evaluationsRequestedBy(trajectory).get(0);

		runtimeService().createMessageCorrelation("OrganisationWithdrew")
			.processInstanceVariableEquals("organisationCode", "aurora")
			.correlate();
		assertThat(trajectory).isWaitingAt("Task_CancelPlannedSessions");
		driver.runAsyncJobs();

		assertThat(trajectory).hasPassed("StartEvent_OrganisationWithdrew", "Task_RecordWithdrawal",
				"Task_CancelPlannedSessions", "EndEvent_TrajectoryWithdrawn").isEnded();
		Assertions.assertThat(fakes.mailsSent).containsEntry("sendSessionCancellationsDelegate", 1);
		assertThat(openEvaluation).isEnded();
		Assertions.assertThat(taskService().createTaskQuery().count()).as("no task of the organisation is left").isZero();
		Assertions.assertThat(fakes.organisations).containsEntry("aurora", "WITHDRAWN");
	}

	@Test
	void movesTheIntakeWithAnUpdateAndANewReminderWaitThenEvaluatesItOnce() {
		ProcessInstance trajectory = startTrajectory(0);
		driver.complete(trajectory, "Task_AssignAdviser", "adviser", "adviser2");
		driver.complete(trajectory, "Task_ScheduleIntake", "sessionStart", LeernetFakes.inDays(10), "sessionLocation", "Gent");
		Assertions.assertThat(driver.one(trajectory, "Task_ConductIntake")).extracting(task -> taskService()
			.getVariable(task.getId(), "sessionOutcome")).as("a new outcome starts at held").isEqualTo("held");

		String newStart = LeernetFakes.inDays(20);
		driver.complete(trajectory, "Task_ConductIntake", "sessionOutcome", "rescheduled", "newSessionStart", newStart,
				"newSessionLocation", "Brugge", "rescheduleReason", "Ziekte");
		assertThat(trajectory).hasPassed("Gateway_IntakeHeld", "Gateway_IntakePlanned")
			.isWaitingAt("Task_ConductIntake")
			.variables()
			.containsEntry("sessionStart", newStart);
		Assertions.assertThat(fakes.mailsSent).as("invitation and its update").containsEntry("sendSessionInvitationDelegate", 2);
		Assertions.assertThat(driver.evaluationsRequestedBy(trajectory)).as("no evaluation for an intake not held").isEmpty();
		Assertions.assertThat(taskService().getVariable(driver.one(trajectory, "Task_ConductIntake").getId(), "sessionOutcome"))
			.as("the moved intake opens as held again, not as moved")
			.isEqualTo("held");
		Assertions.assertThat(timer(waitBeforeIntake(trajectory), "Timer_DaysBeforeSession").getDuedate())
			.as("the reminder follows the new date")
			.isEqualTo(Date.from(OffsetDateTime.parse(newStart).minusDays(2).toInstant()));

		driver.complete(trajectory, "Task_ConductIntake", "intakeWorkOrganisation", "x", "intakeMaturity", "beginner", "intakeNeeds", "y");
		Assertions.assertThat(driver.evaluateAll(trajectory)).isEqualTo(1);
		assertThat(trajectory).isWaitingAt("Task_PrepareCasePresentation", "Task_DistributeBaselineSurveys");
	}

	@Test
	void opensEveryIndividualPlanningEmptyNotWithTheIntakesValues() {
		ProcessInstance trajectory = startTrajectory(1);
		driver.driveTrajectoryThroughIndividualSessions(trajectory, 0);
		assertThat(trajectory).isWaitingAt("Task_PlanIndividualSession");
		String plan = driver.one(trajectory, "Task_PlanIndividualSession").getId();
		Assertions.assertThat(taskService().getVariable(plan, "sessionStart")).isNull();
		Assertions.assertThat(taskService().getVariable(plan, "sessionLocation")).isNull();
	}

	@Test
	void handsSilentParticipantTasksToTheCoordinatorsWhoMayMarkThemNotApplicable() {
		ProcessInstance trajectory = startTrajectory(0);
		driver.complete(trajectory, "Task_AssignAdviser", "adviser", "adviser2");
		driver.complete(trajectory, "Task_ScheduleIntake", "sessionStart", LeernetFakes.inDays(10), "sessionLocation", "Gent");
		driver.complete(trajectory, "Task_ConductIntake", "intakeWorkOrganisation", "x", "intakeMaturity", "beginner", "intakeNeeds", "y");
		Task caseTask = driver.one(trajectory, "Task_PrepareCasePresentation");
		Assertions.assertThat(driver.candidateGroups(caseTask)).containsExactly("organisation-aurora");
		Assertions.assertThat(caseTask.getDueDate()).isAfter(Date.from(Instant.now().plus(Duration.ofDays(20))));

		execute(timer(trajectory, "BoundaryEvent_CasePresentationOverdue"));
		execute(timer(trajectory, "BoundaryEvent_BaselineDistributionOverdue"));
		assertThat(trajectory).hasPassed("Task_EscalateCasePresentation", "Task_EscalateBaselineDistribution")
			.isWaitingAt("Task_PrepareCasePresentation", "Task_DistributeBaselineSurveys");
		Assertions.assertThat(driver.candidateGroups(driver.one(trajectory, "Task_PrepareCasePresentation")))
			.containsExactlyInAnyOrder("organisation-aurora", "coordinators");
		Assertions.assertThat(taskService().getVariableLocal(driver.one(trajectory, "Task_DistributeBaselineSurveys").getId(),
				"escalated")).isEqualTo("yes");

		driver.complete(trajectory, "Task_PrepareCasePresentation", "handling", "filled-in", "projectSummary", "p", "caseTeam", "t");
		driver.complete(trajectory, "Task_DistributeBaselineSurveys", "handling", "not-applicable", "notApplicableReason",
				"Organisatie meet zelf");
		assertThat(trajectory).hasPassed("Gateway_BaselineApplicable")
			.hasNotPassed("Task_ConfirmBaselineMeasurement")
			.isWaitingAt("Event_EndPhaseStarted");
		Assertions.assertThat(historyService().createHistoricVariableInstanceQuery()
			.variableName("notApplicableReason")
			.list()).extracting(variable -> variable.getValue()).contains("Organisatie meet zelf");

		fakes.endPhase = true;
		runtimeService().createMessageCorrelation("EndPhaseStarted").processInstanceId(trajectory.getId()).correlate();
		execute(timer(trajectory, "BoundaryEvent_EndDistributionOverdue"));
		driver.complete(trajectory, "Task_DistributeEndSurveys", "handling", "not-applicable", "notApplicableReason", "Gestopt");
		assertThat(trajectory).hasPassed("Task_EscalateEndDistribution", "Gateway_EndMeasurementApplicable")
			.hasNotPassed("Task_ConfirmEndMeasurement")
			.isWaitingAt("Task_WriteBasicReport");
	}

	@Test
	void plansARescheduledIndividualSessionAnew() {
		ProcessInstance trajectory = startTrajectory(1);
		driver.complete(trajectory, "Task_AssignAdviser", "adviser", "adviser2");
		driver.complete(trajectory, "Task_ScheduleIntake", "sessionStart", LeernetFakes.inDays(10), "sessionLocation", "Gent");
		driver.complete(trajectory, "Task_ConductIntake", "intakeWorkOrganisation", "x", "intakeMaturity", "beginner", "intakeNeeds", "y");
		driver.evaluateAll(trajectory);
		driver.complete(trajectory, "Task_PrepareCasePresentation", "projectSummary", "p", "caseTeam", "t");
		driver.complete(trajectory, "Task_DistributeBaselineSurveys", "baselineQualitySurvey", true, "baselineMobilitySurvey", true,
				"trackingStudy", "no");
		driver.complete(trajectory, "Task_ConfirmBaselineMeasurement", "baselineResponses", 10, "baselineResponsesComplete", true);
		driver.complete(trajectory, "Task_PlanIndividualSession", "sessionStart", LeernetFakes.inDays(30), "sessionLocation", "Gent");

		String newStart = LeernetFakes.inDays(45);
		driver.complete(trajectory, "Task_ConductIndividualSession", "sessionOutcome", "rescheduled", "newSessionStart", newStart,
				"rescheduleReason", "Ziekte");
		assertThat(trajectory).isWaitingAt("Task_ConductIndividualSession").variables().containsEntry("sessionStart", newStart);
		Assertions.assertThat(driver.evaluationsRequestedBy(trajectory)).as("no evaluation for a session not held").isEmpty();

		driver.complete(trajectory, "Task_ConductIndividualSession", "sessionOutcome", "held", "sessionNotes", "Alsnog gehouden");
		Assertions.assertThat(driver.evaluateAll(trajectory)).isEqualTo(1);
		assertThat(trajectory).isWaitingAt("Event_EndPhaseStarted");
	}

	@Test
	void runsASisterProgrammeWithThreeIndividualSessions() {
		ProcessInstance trajectory = startTrajectory(3);
		driver.driveTrajectoryThroughIndividualSessions(trajectory, 3);
		assertThat(trajectory).isWaitingAt("Event_EndPhaseStarted");
		Assertions.assertThat(historyService().createHistoricTaskInstanceQuery()
			.processInstanceId(trajectory.getId())
			.taskDefinitionKey("Task_ConductIndividualSession")
			.count()).isEqualTo(3);
		runtimeService().createMessageCorrelation("EndPhaseStarted").correlateAll();
		driver.finishTrajectory(trajectory);
		assertThat(trajectory).isEnded();
	}

	@Test
	void sendsInvitationsRemindersAndEscalatesOpenMeasurements() {
		ProcessInstance trajectory = startTrajectory(1);
		driver.complete(trajectory, "Task_AssignAdviser", "adviser", "adviser1");
		driver.complete(trajectory, "Task_ScheduleIntake", "sessionStart", LeernetFakes.inDays(10), "sessionLocation", "Gent");
		assertThat(trajectory).hasPassed("Task_SendIntakeInvitation");
		fire(waitBeforeIntake(trajectory), "Timer_DaysBeforeSession");
		assertThat(trajectory).hasPassed("CallActivity_WaitBeforeIntake", "Task_SendIntakeReminder",
				"EndEvent_IntakeReminderSent").isWaitingAt("Task_ConductIntake");
		driver.complete(trajectory, "Task_ConductIntake", "intakeWorkOrganisation", "x", "intakeMaturity", "beginner", "intakeNeeds", "y");
		driver.evaluateAll(trajectory);
		driver.complete(trajectory, "Task_PrepareCasePresentation", "projectSummary", "p", "caseTeam", "t");
		driver.complete(trajectory, "Task_DistributeBaselineSurveys", "baselineQualitySurvey", true, "baselineMobilitySurvey", true,
				"trackingStudy", "no");

		int fired = 0;
		while (timer(trajectory, "BoundaryEvent_BaselineSurveysOpen") != null && fired < 10) {
			fire(trajectory, "BoundaryEvent_BaselineSurveysOpen");
			fired++;
		}
		Assertions.assertThat(fired).as("at most 3 reminders").isEqualTo(3);
		fire(trajectory, "BoundaryEvent_BaselineOverdue");
		assertThat(trajectory).hasPassed("Task_SendBaselineSurveyReminder", "Task_SendBaselineEscalation",
				"EndEvent_BaselineEscalated");
		driver.complete(trajectory, "Task_ConfirmBaselineMeasurement", "baselineResponses", 10, "baselineResponsesComplete", true);

		driver.complete(trajectory, "Task_PlanIndividualSession", "sessionStart", LeernetFakes.inDays(30), "sessionLocation", "Gent");
		fire(trajectory, "BoundaryEvent_IndividualSessionSoon");
		assertThat(trajectory).hasPassed("Task_SendIndividualInvitation", "Task_SendIndividualReminder",
				"EndEvent_IndividualReminderSent");
		driver.complete(trajectory, "Task_ConductIndividualSession", "sessionOutcome", "held");
		driver.evaluateAll(trajectory);

		runtimeService().createMessageCorrelation("EndPhaseStarted").correlateAll();
		driver.complete(trajectory, "Task_DistributeEndSurveys", "endQualitySurvey", true, "endMobilitySurvey", true);
		fire(trajectory, "BoundaryEvent_EndSurveysOpen");
		fire(trajectory, "BoundaryEvent_EndOverdue");
		assertThat(trajectory).hasPassed("Task_SendEndSurveyReminder", "EndEvent_EndReminderSent",
				"Task_SendEndEscalation", "EndEvent_EndEscalated");
		driver.complete(trajectory, "Task_ConfirmEndMeasurement", "endResponses", 9, "endResponsesComplete", true);
		Assertions.assertThat(managementService().createJobQuery().processInstanceId(trajectory.getId()).timers().count())
			.as("no reminders once the measurement is confirmed").isZero();
		Assertions.assertThat(fakes.mailsSent).containsEntry("sendSurveyReminderDelegate", 4)
			.containsEntry("sendSurveyEscalationDelegate", 2)
			.containsEntry("sendSessionReminderDelegate", 1)
			.containsEntry("sendSessionInvitationDelegate", 2);
		Assertions.assertThat(fakes.genericMails).containsExactly(Assertions.entry("SESSION_REMINDER to SESSION_ATTENDEES", 1));
	}

	@Test
	void waitsUntilTwoDaysBeforeTheIntakeAndDropsTheReminderOnceTheIntakeIsHeld() {
		ProcessInstance trajectory = startTrajectory(1);
		driver.complete(trajectory, "Task_AssignAdviser", "adviser", "adviser1");
		String intakeStart = LeernetFakes.inDays(10);
		driver.complete(trajectory, "Task_ScheduleIntake", "sessionStart", intakeStart, "sessionLocation", "Gent");
		ProcessInstance wait = waitBeforeIntake(trajectory);
		Assertions.assertThat(timer(wait, "Timer_DaysBeforeSession").getDuedate())
			.isEqualTo(Date.from(OffsetDateTime.parse(intakeStart).minusDays(2).toInstant()));

		driver.complete(trajectory, "Task_ConductIntake", "intakeWorkOrganisation", "x", "intakeMaturity", "beginner", "intakeNeeds", "y");
		assertThat(wait).as("the intake was held first").isEnded();
		assertThat(trajectory).hasPassed("EndEvent_IntakeHeld")
			.hasNotPassed("Task_SendIntakeReminder")
			.hasPassed("Event_RequestIntakeEvaluation")
			.isWaitingAt("Task_PrepareCasePresentation", "Task_DistributeBaselineSurveys");
		Assertions.assertThat(fakes.genericMails).isEmpty();
	}

	/** The wait of the intake reminder: a process of its own, called by the trajectory. */
	static ProcessInstance waitBeforeIntake(ProcessInstance trajectory) {
		ProcessInstance wait = runtimeService().createProcessInstanceQuery()
			.superProcessInstanceId(trajectory.getId())
			.processDefinitionKey("wait-before-session")
			.singleResult();
		Assertions.assertThat(wait).as("waiting before the intake").isNotNull();
		return wait;
	}

}
