package org.leernet.bench;

import static org.leernet.tasklist.FormDriver.inDays;
import static org.leernet.tasklist.FormDriver.json;
import static org.leernet.tasklist.FormDriver.jsonArray;
import static org.leernet.tasklist.FormDriver.vars;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.leernet.tasklist.FormDriver;

/**
 * One learning network of the lifecycle scenario, from its start to its closing through the real
 * processes, driven by the suite's {@link FormDriver}: every task completed through the engine's
 * API by the user it is routed to (coordinator, the assigned adviser, a contact person of the
 * organisation) with the variables the forms submit. The job executor runs the mails; the
 * reminder timers before each session and of the surveys are executed (time passes) and their
 * mails awaited.
 */
final class BenchNetwork {

	private static final Duration PATIENCE = Duration.ofMinutes(2);

	/** Where a network's time goes: waiting for a task, completing it, waiting for a reminder mail. */
	static final LongAdder WAITING_NANOS = new LongAdder();

	static final LongAdder COMPLETING_NANOS = new LongAdder();

	static final LongAdder REMINDING_NANOS = new LongAdder();

	private final BenchApp app;

	private final String code;

	private final int organisationCount;

	private final List<String> advisers;

	private final AtomicInteger tasksCompleted;

	private final FormDriver driver;

	private final Map<String, String> contactUsers = new HashMap<>();

	private ProcessInstance network;

	/** Organisation code to its trajectory's process instance id. */
	private Map<String, String> trajectories;

	BenchNetwork(BenchApp app, String code, int organisationCount, List<String> advisers, AtomicInteger tasksCompleted) {
		this.app = app;
		this.code = code;
		this.organisationCount = organisationCount;
		this.advisers = advisers;
		this.tasksCompleted = tasksCompleted;
		this.driver = new FormDriver(null, app.context.getBean(ProcessEngine.class), this::contactUser)
			.coordinator(BenchApp.COORDINATOR)
			.holdingSessionsEarly()
			.withJobExecutor(PATIENCE);
	}

	void drive() {
		try {
			recruit();
			prepareTrajectories();
			collectiveTrack();
			trajectories.values().forEach(this::individualTrack);
			close();
		}
		catch (AssertionError stuck) {
			throw new IllegalStateException("Network " + code + ": " + stuck.getMessage() + "; incidents: "
					+ app.runtimeService.createIncidentQuery().list().stream().limit(3).map(i -> i.getIncidentMessage()).toList(),
					stuck);
		}
	}

	private void recruit() {
		network = driver.startAs(BenchApp.COORDINATOR, List.of("coordinators"), "learning-network",
				Map.of("networkCode", code, "networkName", "Benchmark " + code, "registrationDeadline",
						LocalDate.now().plusMonths(1).toString(), "collectiveThemes", "Leiderschap\nRegelruimte"));
		for (int i = 1; i <= organisationCount; i++) {
			String contacts = "[{\"contactName\":\"Contact " + code + " " + i + "a\",\"contactEmail\":\"" + mailbox(i, "a")
					+ "\"},{\"contactName\":\"Contact " + code + " " + i + "b\",\"contactEmail\":\"" + mailbox(i, "b") + "\"}]";
			complete(network.getId(), "Task_RegisterOrganisation", "organisationName", code + " organisatie " + i, "sector",
					"zorg-welzijn", "caseDescription", "Team " + i, "contacts", json(contacts), "recruitmentClosed",
					i == organisationCount);
		}
		complete(network.getId(), "Task_PlanKickoff", "kickoffStart", inDays(20), "kickoffSecondStart", inDays(21),
				"sessionLocation", "Brussel");
	}

	private void prepareTrajectories() {
		trajectories = driver.trajectories(network, organisationCount);
		int next = Math.abs(code.hashCode());
		for (String trajectory : trajectories.values()) {
			complete(trajectory, "Task_AssignAdviser", "adviser", advisers.get(next++ % advisers.size()));
			complete(trajectory, "Task_ScheduleIntake", "sessionStart", inDays(10), "sessionLocation", "Op locatie");
			sessionSoon(driver.calledBy(trajectory, "wait-before-session").getId(), "Timer_DaysBeforeSession", trajectory);
			complete(trajectory, "Task_ConductIntake", "intakeWorkOrganisation", "Functioneel", "intakeMaturity", "advanced",
					"intakeNeeds", "Regelruimte");
			evaluate(trajectory, 1);
			complete(trajectory, "Task_PrepareCasePresentation", "projectSummary", "HNW sinds 2019", "caseTeam", "Planning");
			complete(trajectory, "Task_DistributeBaselineSurveys", "baselineQualitySurvey", true, "baselineMobilitySurvey",
					true, "trackingStudy", "no");
			sessionSoon(trajectory, "BoundaryEvent_BaselineSurveysOpen", trajectory);
			complete(trajectory, "Task_ConfirmBaselineMeasurement", "baselineResponses", 30, "baselineResponsesComplete", true);
		}
	}

	private void collectiveTrack() {
		Object everyone = json(jsonArray(trajectories.keySet()));
		sessionSoon(network.getId(), "BoundaryEvent_KickoffSoon", network.getId());
		complete(network.getId(), "Task_ConductKickoff", "attendance", everyone, "sessionNotes", "Goede start");
		evaluate(network.getId(), organisationCount);
		for (int i = 0; i < 4; i++) {
			complete(network.getId(), "Task_PlanCollectiveSession", "sessionStart", inDays(40 + 30 * i), "sessionLocation",
					"Leuven", "sessionThemes", json("[\"Leiderschap\"]"));
			sessionSoon(network.getId(), "BoundaryEvent_CollectiveSessionSoon", network.getId());
			complete(network.getId(), "Task_ConductCollectiveSession", "sessionOutcome", "held", "attendance", everyone);
			evaluate(network.getId(), organisationCount);
		}
	}

	private void individualTrack(String trajectory) {
		for (int i = 0; i < 5; i++) {
			complete(trajectory, "Task_PlanIndividualSession", "sessionStart", inDays(50 + 20 * i), "sessionLocation", "Online");
			sessionSoon(trajectory, "BoundaryEvent_IndividualSessionSoon", trajectory);
			complete(trajectory, "Task_ConductIndividualSession", "sessionOutcome", "held", "sessionNotes", "ok");
			evaluate(trajectory, 1);
		}
		complete(trajectory, "Task_DistributeEndSurveys", "endQualitySurvey", true, "endMobilitySurvey", true);
		sessionSoon(trajectory, "BoundaryEvent_EndSurveysOpen", trajectory);
		complete(trajectory, "Task_ConfirmEndMeasurement", "endResponses", 28, "endResponsesComplete", true);
		complete(trajectory, "Task_WriteBasicReport", "reportSummary", "Resultaten");
		complete(trajectory, "Task_ApproveBasicReport", "reportApproved", true);
		complete(trajectory, "Task_DeliverBasicReport", "reportDeliveredOn", "2028-03-01");
	}

	private void close() {
		Object everyone = json(jsonArray(trajectories.keySet()));
		complete(network.getId(), "Task_PlanClosingSession", "sessionStart", inDays(330), "sessionLocation", "Brussel");
		sessionSoon(network.getId(), "BoundaryEvent_ClosingSessionSoon", network.getId());
		complete(network.getId(), "Task_ConductClosingSession", "attendance", everyone, "networkEvaluation", "Waardevol",
				"followUp", "aftercare");
		evaluate(network.getId(), organisationCount);
		driver.awaitEnd(code);
	}

	/** Waits for the task (it may come after a mail the job executor sends), then completes it as its user. */
	private void complete(String instance, String taskKey, Object... variables) {
		long waiting = System.nanoTime();
		Task task = driver.one(instance, taskKey);
		long completing = System.nanoTime();
		WAITING_NANOS.add(completing - waiting);
		driver.completeAsRoutedUser(task, vars(variables));
		tasksCompleted.incrementAndGet();
		COMPLETING_NANOS.add(System.nanoTime() - completing);
	}

	/** The evaluations this instance requested (one per attending organisation), each by its organisation. */
	private void evaluate(String caller, int expected) {
		tasksCompleted.addAndGet(driver.evaluateAllAsRoutedUsers(caller, code, expected));
	}

	/**
	 * Time passes until the reminder before a session (or of the open surveys): its timer (set
	 * once the session's invitation is out) is executed and the reminder it leads to in
	 * {@code mailing} awaited, so the session is held after the reminder went out.
	 */
	private void sessionSoon(String instance, String timerActivity, String mailing) {
		long reminding = System.nanoTime();
		driver.fireTimer(instance, timerActivity);
		driver.awaitJobsOf(mailing);
		REMINDING_NANOS.add(System.nanoTime() - reminding);
	}

	/** A contact person of the organisation of group {@code organisation-<code>}. */
	private String contactUser(String group) {
		return contactUsers.computeIfAbsent(group, key -> app.jdbc
			.sql("select c.user_id from contact_person c join organisation o on o.id = c.organisation_id where o.code = ? "
					+ "order by c.id")
			.param(key.substring("organisation-".length()))
			.query(String.class)
			.list()
			.get(0));
	}

	private String mailbox(int organisation, String contact) {
		return code.toLowerCase() + "-" + organisation + contact + "@lifecycle.example";
	}

}
