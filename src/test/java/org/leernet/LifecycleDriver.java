package org.leernet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.leernet.tasklist.FormDriver;

/**
 * Completes tasks the way people do in Tasklist, with the variables the forms submit, so a
 * test reads as the story of a network.
 */
public final class LifecycleDriver {

	private LifecycleDriver() {
	}

	/** The one open task with this key in the process instance (not in the processes it calls). */
	public static Task task(ProcessInstance instance, String taskKey) {
		List<Task> tasks = taskService().createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(taskKey)
			.list();
		assertThat(tasks).as("open %s in %s", taskKey, instance.getBusinessKey()).hasSize(1);
		return tasks.get(0);
	}

	public static void complete(ProcessInstance instance, String taskKey, Object... keysAndValues) {
		taskService().complete(task(instance, taskKey).getId(), vars(keysAndValues));
		runAsyncJobs();
	}

	/**
	 * Runs the waiting asynchronous steps (the mails), as the job executor would; timers stay
	 * until a test fires them.
	 */
	public static int runAsyncJobs() {
		return FormDriver.runAsyncJobs(managementService());
	}

	/** Completes every open task with this key, in any process instance; returns how many. */
	public static int completeAll(String taskKey, Object... keysAndValues) {
		List<Task> tasks = taskService().createTaskQuery().taskDefinitionKey(taskKey).list();
		tasks.forEach(task -> taskService().complete(task.getId(), vars(keysAndValues)));
		runAsyncJobs();
		return tasks.size();
	}

	/**
	 * The open evaluations of the session the instance holds now: they run as instances of their
	 * own (the caller does not wait for them), with the caller's business key and session.
	 */
	public static List<ProcessInstance> evaluationsRequestedBy(ProcessInstance caller) {
		// the network ends right after its closing session; its closing evaluations go on
		Object sessionId = historyService().createHistoricVariableInstanceQuery()
			.processInstanceId(caller.getId())
			.variableName("sessionId")
			.list()
			.stream()
			.map(variable -> variable.getValue())
			.reduce((first, last) -> last)
			.orElse(null);
		if (sessionId == null) {
			return List.of();
		}
		return runtimeService().createProcessInstanceQuery()
			.processInstanceBusinessKey(caller.getBusinessKey())
			.processDefinitionKey("session-evaluation")
			.variableValueEquals("sessionId", sessionId)
			.list();
	}

	/** The session evaluations the instance requested and that wait for an answer: answers them all. */
	public static int evaluateAll(ProcessInstance caller) {
		return evaluateAllBut(caller, Set.of());
	}

	/** As {@link #evaluateAll}, but the organisations named stay silent. */
	public static int evaluateAllBut(ProcessInstance caller, Set<String> silent) {
		int count = 0;
		for (ProcessInstance evaluation : evaluationsRequestedBy(caller)) {
			if (silent.contains(runtimeService().getVariable(evaluation.getId(), "organisationCode"))) {
				continue;
			}
			complete(evaluation, "Task_EvaluateSession", "evaluationScore", "4", "evaluationWentWell", "Goede uitwisseling");
			count++;
		}
		return count;
	}

	public static ProcessInstance trajectoryOf(String organisationCode) {
		ProcessInstance trajectory = runtimeService().createProcessInstanceQuery()
			.processDefinitionKey("organisation-trajectory")
			.variableValueEquals("organisationCode", organisationCode)
			.singleResult();
		assertThat(trajectory).as("trajectory of %s", organisationCode).isNotNull();
		return trajectory;
	}

	/** From the adviser's assignment to the last individual session, all as planned. */
	public static void driveTrajectoryThroughIndividualSessions(ProcessInstance trajectory, int individualSessions) {
		driveTrajectoryThroughIndividualSessions(trajectory, individualSessions, true);
	}

	/** As above; an organisation that does not evaluate leaves its evaluations open. */
	public static void driveTrajectoryThroughIndividualSessions(ProcessInstance trajectory, int individualSessions,
			boolean evaluates) {
		complete(trajectory, "Task_AssignAdviser", "adviser", "adviser1");
		complete(trajectory, "Task_ScheduleIntake", "sessionStart", LeernetFakes.inDays(10), "sessionLocation", "Gent");
		complete(trajectory, "Task_ConductIntake", "intakeWorkOrganisation", "Functioneel", "intakeMaturity", "advanced",
				"intakeNeeds", "Teams versterken");
		if (evaluates) {
			evaluateAll(trajectory);
		}
		complete(trajectory, "Task_PrepareCasePresentation", "projectSummary", "HNW sinds 2019", "caseTeam", "Klantendienst");
		complete(trajectory, "Task_DistributeBaselineSurveys", "baselineQualitySurvey", true, "baselineMobilitySurvey", true,
				"trackingStudy", "no");
		complete(trajectory, "Task_ConfirmBaselineMeasurement", "baselineResponses", 42, "baselineResponsesComplete", true);
		for (int i = 0; i < individualSessions; i++) {
			complete(trajectory, "Task_PlanIndividualSession", "sessionStart", LeernetFakes.inDays(30 + i * 30),
					"sessionLocation", "Op locatie");
			complete(trajectory, "Task_ConductIndividualSession", "sessionOutcome", "held", "sessionNotes", "Sessie " + (i + 1));
			if (evaluates) {
				evaluateAll(trajectory);
			}
		}
	}

	/** From the end measurement to the delivered basic report. */
	public static void finishTrajectory(ProcessInstance trajectory) {
		complete(trajectory, "Task_DistributeEndSurveys", "endQualitySurvey", true, "endMobilitySurvey", true);
		complete(trajectory, "Task_ConfirmEndMeasurement", "endResponses", 40, "endResponsesComplete", true);
		complete(trajectory, "Task_WriteBasicReport", "reportSummary", "Meer regelruimte in de teams.");
		complete(trajectory, "Task_ApproveBasicReport", "reportApproved", true);
		complete(trajectory, "Task_DeliverBasicReport", "reportDeliveredOn", "2028-02-01");
	}

	/** Candidate groups of a task, also when it is assigned (camunda-bpm-assert only sees unassigned ones). */
	public static List<String> candidateGroups(Task task) {
		return taskService().getIdentityLinksForTask(task.getId())
			.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.toList();
	}

	public static Map<String, Object> vars(Object... keysAndValues) {
		Map<String, Object> vars = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			vars.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return vars;
	}

}
