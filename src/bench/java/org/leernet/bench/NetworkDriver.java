package org.leernet.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Drives one learning network from its start to its closing through the real processes, as its
 * people would in Tasklist: every task completed through the engine's API by a user of the right
 * role (coordinator, the assigned adviser, a contact person of the organisation) with the
 * variables the forms submit. The job executor runs the mails; the reminder timers before each
 * session and of the surveys are executed (time passes) and their mails awaited.
 */
final class NetworkDriver {

	private static final Duration PATIENCE = Duration.ofMinutes(2);

	private static final String EVALUATION = "Task_EvaluateSession";

	private final BenchApp app;

	private final String code;

	private final int organisationCount;

	private final List<String> advisers;

	private final AtomicInteger tasksCompleted;

	/** Where a driver's time goes: waiting for a task, completing it, waiting for a reminder mail. */
	static final LongAdder WAITING_NANOS = new LongAdder();

	static final LongAdder COMPLETING_NANOS = new LongAdder();

	static final LongAdder REMINDING_NANOS = new LongAdder();

	private ProcessInstance network;

	/** Organisation code to its trajectory's process instance id. */
	private final Map<String, String> trajectories = new LinkedHashMap<>();

	private final Map<String, String> advisersByOrganisation = new HashMap<>();

	private final Map<String, String> contactUsers = new HashMap<>();

	NetworkDriver(BenchApp app, String code, int organisationCount, List<String> advisers, AtomicInteger tasksCompleted) {
		this.app = app;
		this.code = code;
		this.organisationCount = organisationCount;
		this.advisers = advisers;
		this.tasksCompleted = tasksCompleted;
	}

	void drive() {
		recruit();
		prepareTrajectories();
		collectiveTrack();
		for (String organisation : trajectories.keySet()) {
			individualTrack(organisation);
		}
		close();
	}

	private void recruit() {
		network = asCoordinator(() -> app.runtimeService.startProcessInstanceByKey("learning-network",
				Map.of("networkCode", code, "networkName", "Benchmark " + code, "registrationDeadline",
						LocalDate.now().plusMonths(1).toString(), "collectiveThemes", "Leiderschap\nRegelruimte")));
		for (int i = 1; i <= organisationCount; i++) {
			String name = code + " organisatie " + i;
			String contacts = "[{\"contactName\":\"Contact " + code + " " + i + "a\",\"contactEmail\":\"" + mailbox(i, "a")
					+ "\"},{\"contactName\":\"Contact " + code + " " + i + "b\",\"contactEmail\":\"" + mailbox(i, "b") + "\"}]";
			completeAsCoordinator(network.getId(), "Task_RegisterOrganisation", "organisationName", name, "sector", "zorg-welzijn",
					"caseDescription", "Team " + i, "contacts", SpinValues.jsonValue(contacts).create(), "recruitmentClosed",
					i == organisationCount);
		}
		completeAsCoordinator(network.getId(), "Task_PlanKickoff", "kickoffStart", inDays(20), "kickoffSecondStart", inDays(21),
				"sessionLocation", "Brussel");
	}

	private void prepareTrajectories() {
		if (!Sleep.until(PATIENCE, () -> app.runtimeService.createProcessInstanceQuery()
			.superProcessInstanceId(network.getId())
			.processDefinitionKey("organisation-trajectory")
			.count() == organisationCount)) {
			throw stuck("the trajectories");
		}
		int next = Math.abs(code.hashCode());
		for (ProcessInstance trajectory : app.runtimeService.createProcessInstanceQuery()
			.superProcessInstanceId(network.getId())
			.processDefinitionKey("organisation-trajectory")
			.list()) {
			String organisation = (String) app.runtimeService.getVariable(trajectory.getId(), "organisationCode");
			trajectories.put(organisation, trajectory.getId());
			advisersByOrganisation.put(organisation, advisers.get(next++ % advisers.size()));
		}
		for (Map.Entry<String, String> entry : trajectories.entrySet()) {
			String organisation = entry.getKey();
			String trajectory = entry.getValue();
			String adviser = advisersByOrganisation.get(organisation);
			completeAsCoordinator(trajectory, "Task_AssignAdviser", "adviser", adviser);
			completeAsAdviser(organisation, trajectory, "Task_ScheduleIntake", "sessionStart", inDays(10), "sessionLocation",
					"Op locatie");
			sessionSoon(waitBeforeSession(trajectory), "Timer_DaysBeforeSession", trajectory);
			completeAsAdviser(organisation, trajectory, "Task_ConductIntake", "intakeWorkOrganisation", "Functioneel",
					"intakeMaturity", "advanced", "intakeNeeds", "Regelruimte");
			evaluate(trajectory, 1);
			completeAsParticipant(organisation, trajectory, "Task_PrepareCasePresentation", "projectSummary", "HNW sinds 2019",
					"caseTeam", "Planning");
			completeAsParticipant(organisation, trajectory, "Task_DistributeBaselineSurveys", "baselineQualitySurvey", true,
					"baselineMobilitySurvey", true, "trackingStudy", "no");
			sessionSoon(trajectory, "BoundaryEvent_BaselineSurveysOpen");
			completeAsCoordinator(trajectory, "Task_ConfirmBaselineMeasurement", "baselineResponses", 30,
					"baselineResponsesComplete", true);
		}
	}

	private void collectiveTrack() {
		Object everyone = SpinValues.jsonValue(jsonArray(trajectories.keySet())).create();
		sessionSoon(network.getId(), "BoundaryEvent_KickoffSoon");
		completeAsCoordinator(network.getId(), "Task_ConductKickoff", "attendance", everyone, "sessionNotes", "Goede start");
		evaluate(network.getId(), organisationCount);
		for (int i = 0; i < 4; i++) {
			completeAsCoordinator(network.getId(), "Task_PlanCollectiveSession", "sessionStart", inDays(40 + 30 * i),
					"sessionLocation", "Leuven", "sessionThemes", SpinValues.jsonValue("[\"Leiderschap\"]").create());
			sessionSoon(network.getId(), "BoundaryEvent_CollectiveSessionSoon");
			completeAsCoordinator(network.getId(), "Task_ConductCollectiveSession", "sessionOutcome", "held", "attendance",
					everyone);
			evaluate(network.getId(), organisationCount);
		}
	}

	private void individualTrack(String organisation) {
		String trajectory = trajectories.get(organisation);
		for (int i = 0; i < 5; i++) {
			completeAsAdviser(organisation, trajectory, "Task_PlanIndividualSession", "sessionStart", inDays(50 + 20 * i),
					"sessionLocation", "Online");
			sessionSoon(trajectory, "BoundaryEvent_IndividualSessionSoon");
			completeAsAdviser(organisation, trajectory, "Task_ConductIndividualSession", "sessionOutcome", "held", "sessionNotes",
					"ok");
			evaluate(trajectory, 1);
		}
		completeAsParticipant(organisation, trajectory, "Task_DistributeEndSurveys", "endQualitySurvey", true,
				"endMobilitySurvey", true);
		sessionSoon(trajectory, "BoundaryEvent_EndSurveysOpen");
		completeAsCoordinator(trajectory, "Task_ConfirmEndMeasurement", "endResponses", 28, "endResponsesComplete", true);
		completeAsAdviser(organisation, trajectory, "Task_WriteBasicReport", "reportSummary", "Resultaten");
		completeAsCoordinator(trajectory, "Task_ApproveBasicReport", "reportApproved", true);
		completeAsAdviser(organisation, trajectory, "Task_DeliverBasicReport", "reportDeliveredOn", "2028-03-01");
	}

	private void close() {
		Object everyone = SpinValues.jsonValue(jsonArray(trajectories.keySet())).create();
		completeAsCoordinator(network.getId(), "Task_PlanClosingSession", "sessionStart", inDays(330), "sessionLocation",
				"Brussel");
		sessionSoon(network.getId(), "BoundaryEvent_ClosingSessionSoon");
		completeAsCoordinator(network.getId(), "Task_ConductClosingSession", "attendance", everyone, "networkEvaluation",
				"Waardevol", "followUp", "aftercare");
		evaluate(network.getId(), organisationCount);
		if (!Sleep.until(PATIENCE,
				() -> app.runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).count() == 0)) {
			throw stuck("the network's end");
		}
	}

	// ------------------------------------------------------------------ tasks by role

	private void completeAsCoordinator(String instance, String taskKey, Object... variables) {
		complete(instance, taskKey, BenchApp.COORDINATOR, List.of("coordinators"), variables);
	}

	private void completeAsAdviser(String organisation, String instance, String taskKey, Object... variables) {
		complete(instance, taskKey, advisersByOrganisation.get(organisation), List.of("advisers"), variables);
	}

	private void completeAsParticipant(String organisation, String instance, String taskKey, Object... variables) {
		complete(instance, taskKey, contactUser(organisation), List.of("participants", "organisation-" + organisation),
				variables);
	}

	/** The evaluations this instance requested (one per attending organisation), each by its organisation. */
	private void evaluate(String caller, int expected) {
		List<ProcessInstance> evaluations = new ArrayList<>();
		if (!Sleep.until(PATIENCE, () -> {
			evaluations.clear();
			// evaluations run beside the caller: same business key, the caller's current session
			// (the network ends right after its closing session, so its session is read from history)
			Object sessionId = app.historyService.createHistoricVariableInstanceQuery()
				.processInstanceId(caller)
				.variableName("sessionId")
				.list()
				.stream()
				.map(variable -> variable.getValue())
				.reduce((first, last) -> last)
				.orElse(null);
			if (sessionId != null) {
				evaluations.addAll(app.runtimeService.createProcessInstanceQuery()
					.processInstanceBusinessKey(code)
					.processDefinitionKey("session-evaluation")
					.variableValueEquals("sessionId", sessionId)
					.list());
			}
			return evaluations.size() >= expected;
		})) {
			throw stuck(expected + " evaluations under " + caller);
		}
		for (ProcessInstance evaluation : evaluations) {
			String organisation = (String) app.runtimeService.getVariable(evaluation.getId(), "organisationCode");
			completeAsParticipant(organisation, evaluation.getId(), EVALUATION, "evaluationScore", "4", "evaluationWentWell",
					"Nuttig");
		}
	}

	/**
	 * Waits for the task (it may come after a mail the job executor sends), then completes it
	 * as this user; again on an optimistic-locking conflict with a job of the same network.
	 */
	private void complete(String instance, String taskKey, String user, List<String> groups, Object... variables) {
		Task[] task = new Task[1];
		long waiting = System.nanoTime();
		if (!Sleep.until(PATIENCE, () -> (task[0] = app.taskService.createTaskQuery()
			.processInstanceId(instance)
			.taskDefinitionKey(taskKey)
			.singleResult()) != null)) {
			throw stuck(taskKey + " in " + instance);
		}
		long completing = System.nanoTime();
		WAITING_NANOS.add(completing - waiting);
		Map<String, Object> values = new HashMap<>();
		for (int i = 0; i < variables.length; i += 2) {
			values.put((String) variables[i], variables[i + 1]);
		}
		if (taskKey.startsWith("Task_Conduct")) {
			// sessions are held right after they are planned, so before their dates, as the form allows
			values.putIfAbsent("heldBeforeStart", true);
		}
		for (int attempt = 1;; attempt++) {
			app.identityService.setAuthentication(user, groups);
			try {
				app.taskService.complete(task[0].getId(), values);
				tasksCompleted.incrementAndGet();
				COMPLETING_NANOS.add(System.nanoTime() - completing);
				return;
			}
			catch (OptimisticLockingException ex) {
				if (attempt == 5) {
					throw ex;
				}
				Sleep.millis(20L * attempt);
			}
			finally {
				app.identityService.clearAuthentication();
			}
		}
	}

	private <T> T asCoordinator(Supplier<T> action) {
		app.identityService.setAuthentication(BenchApp.COORDINATOR, List.of("coordinators"));
		try {
			return action.get();
		}
		finally {
			app.identityService.clearAuthentication();
		}
	}

	/**
	 * Time passes until the reminder before a session (or of the open surveys): its timer (set
	 * once the session's invitation is out) is executed and its mail awaited, so the session is
	 * held after the reminder went out.
	 */
	private void sessionSoon(String instance, String timerActivity) {
		sessionSoon(instance, timerActivity, instance);
	}

	/** The wait-before-session instance a trajectory called (element template "Wachten tot vóór de sessie"). */
	private String waitBeforeSession(String trajectory) {
		ProcessInstance[] waiting = new ProcessInstance[1];
		if (!Sleep.until(PATIENCE, () -> (waiting[0] = app.runtimeService.createProcessInstanceQuery()
			.superProcessInstanceId(trajectory)
			.processDefinitionKey("wait-before-session")
			.singleResult()) != null)) {
			throw stuck("the wait before the session of " + trajectory);
		}
		return waiting[0].getId();
	}

	/** Fires the timer and waits until the reminder it leads to in {@code mailing} went out. */
	private void sessionSoon(String instance, String timerActivity, String mailing) {
		long reminding = System.nanoTime();
		Job[] timer = new Job[1];
		if (!Sleep.until(PATIENCE, () -> (timer[0] = app.managementService.createJobQuery()
			.processInstanceId(instance)
			.activityId(timerActivity)
			.timers()
			.singleResult()) != null)) {
			throw stuck("timer " + timerActivity + " in " + instance);
		}
		app.managementService.executeJob(timer[0].getId());
		if (!Sleep.until(PATIENCE,
				() -> app.managementService.createJobQuery().processInstanceId(mailing).messages().count() == 0)) {
			throw stuck("the reminder mail of " + timerActivity);
		}
		REMINDING_NANOS.add(System.nanoTime() - reminding);
	}

	private String contactUser(String organisation) {
		return contactUsers.computeIfAbsent(organisation, key -> app.jdbc
			.sql("select c.user_id from contact_person c join organisation o on o.id = c.organisation_id where o.code = ? "
					+ "order by c.id")
			.param(key)
			.query(String.class)
			.list()
			.get(0));
	}

	private String mailbox(int organisation, String contact) {
		return code.toLowerCase() + "-" + organisation + contact + "@lifecycle.example";
	}

	private IllegalStateException stuck(String what) {
		return new IllegalStateException("Network " + code + ": waited " + PATIENCE + " for " + what + "; incidents: "
				+ app.runtimeService.createIncidentQuery().list().stream().limit(3).map(i -> i.getIncidentMessage()).toList());
	}

	private static String inDays(int days) {
		return OffsetDateTime.now().plusDays(days).withNano(0).toString();
	}

	private static String jsonArray(Iterable<String> values) {
		List<String> quoted = new ArrayList<>();
		values.forEach(value -> quoted.add("\"" + value + "\""));
		return "[" + String.join(",", quoted) + "]";
	}

}
