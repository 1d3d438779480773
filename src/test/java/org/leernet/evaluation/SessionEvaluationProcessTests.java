package org.leernet.evaluation;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

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

@Deployment(resources = "processes/session-evaluation.bpmn")
class SessionEvaluationProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessTestEngine.withFullCoverage();

	LeernetFakes fakes;

	@BeforeEach
	void fakes() {
		init(engine.getProcessEngine());
		fakes = new LeernetFakes(runtimeService());
	}

	@AfterEach
	void reset() {
		Mocks.reset();
	}

	ProcessInstance evaluate(String organisationCode) {
		return runtimeService().createMessageCorrelation("EvaluationRequested")
			.processInstanceBusinessKey("HNW-2027-1")
			.setVariables(Map.of("networkCode", "HNW-2027-1", "networkName", "Het Nieuwe Werken", "sessionId", 7L,
					"sessionTitle", "Collectieve sessie 2", "organisationCode", organisationCode, "evaluationReminderDays", 3,
					"evaluationLapseDays", 14))
			.correlateStartMessage();
	}

	@Test
	void asksTheOrganisationsOwnGroupWithinItsDays() {
		ProcessInstance evaluation = evaluate("aurora");
		assertThat(evaluation).isWaitingAt("Task_EvaluateSession");
		assertThat(task()).hasCandidateGroup("organisation-aurora").hasName("Sessie evalueren");
		Assertions.assertThat(task().getDueDate())
			.isAfter(Date.from(Instant.now().plus(Duration.ofDays(13))))
			.isBefore(Date.from(Instant.now().plus(Duration.ofDays(15))));

		complete(task(), withVariables("evaluationScore", "5", "evaluationWentWell", "Veel geleerd"));
		assertThat(evaluation).hasPassed("EndEvent_SessionEvaluated").isEnded();
		Assertions.assertThat(fakes.evaluations).isEqualTo(1);
	}

	@Test
	void lapsesWhenTheOrganisationWithdraws() {
		ProcessInstance aurora = evaluate("aurora");
		ProcessInstance berkenhof = evaluate("berkenhof");

		runtimeService().createMessageCorrelation("EvaluationCancelled")
			.processInstanceVariableEquals("organisationCode", "aurora")
			.correlateAll();

		assertThat(aurora).hasPassed("BoundaryEvent_EvaluationCancelled", "EndEvent_EvaluationCancelled").isEnded();
		assertThat(berkenhof).as("other organisations still evaluate").isWaitingAt("Task_EvaluateSession");
	}

	@Test
	void remindsTheOrganisationWhenTheEvaluationIsNotInAfterThreeDays() {
		ProcessInstance evaluation = evaluate("aurora");
		Job reminder = managementService().createJobQuery().processInstanceId(evaluation.getId()).activityId("BoundaryEvent_EvaluationOverdue").singleResult();
		Assertions.assertThat(reminder.getDuedate()).isAfter(Date.from(Instant.now().plus(Duration.ofDays(2))));
		execute(reminder);
		execute(managementService().createJobQuery().messages().singleResult());
		assertThat(evaluation).hasPassed("Task_SendEvaluationReminder", "EndEvent_EvaluationReminderSent")
			.isWaitingAt("Task_EvaluateSession");
		Assertions.assertThat(fakes.genericMails).containsExactly(Assertions.entry("EVALUATION_REMINDER to ORGANISATION_CONTACTS", 1));
	}

	@Test
	void lapsesAsUnansweredAfterItsDaysAndEndsWithoutAScore() {
		ProcessInstance evaluation = evaluate("aurora");
		Job lapse = managementService().createJobQuery()
			.processInstanceId(evaluation.getId())
			.activityId("BoundaryEvent_EvaluationLapsed")
			.singleResult();
		Assertions.assertThat(lapse.getDuedate())
			.isAfter(Date.from(Instant.now().plus(Duration.ofDays(13))))
			.isBefore(Date.from(Instant.now().plus(Duration.ofDays(15))));

		execute(lapse);

		assertThat(evaluation).hasPassed("Task_RecordUnanswered", "EndEvent_EvaluationUnanswered").isEnded();
		Assertions.assertThat(fakes.unanswered).isEqualTo(1);
		Assertions.assertThat(fakes.evaluations).isZero();
		Assertions.assertThat(managementService().createJobQuery().processInstanceId(evaluation.getId()).count())
			.as("the reminder timer ends with the evaluation")
			.isZero();
	}

}
