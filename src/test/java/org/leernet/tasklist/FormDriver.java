package org.leernet.tasklist;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.leernet.notification.MailNotSentException;
import org.leernet.notification.MailOutbox;

/**
 * The suite's one driver for whole networks, used by the process, integration and benchmark code.
 * Its own way of working is every task done through its own form at the REST API, exactly as
 * Tasklist does it, by a user of the role the task is routed to: for each task {@code deployed-form}
 * and {@code form-variables} as that user, a claim if nobody has it, then {@code submit-form} with
 * what {@link FormFiller} fills in ({@link #start}, {@link #work}).
 * <p>
 * Where there is no server (the process tests' in-memory engine, whose fakes do not refuse what the
 * real beans refuse, so a form's rules cannot be held against them) or where a test sends the
 * variables itself, the same steps go through the engine's API with the variables the forms
 * submit ({@link #complete}, {@link #completeOf}, {@link #evaluateAll}, ...); the benchmark does
 * so as the user the task is routed to ({@link #completeAsRoutedUser}). The engine's API also finds
 * where the work is, as the task list would, and runs the mails' jobs as the job executor would;
 * timers wait until a test fires them.
 */
public final class FormDriver {

	private static final String EVALUATION = "Task_EvaluateSession";

	/** Null when there is no server: only the engine's API. */
	private final String restUrl;

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final ManagementService managementService;

	private final HistoryService historyService;

	private final IdentityService identityService;

	/** Group {@code organisation-<code>} to the user id of one of its contact persons. */
	private final Function<String, String> contactOfGroup;

	private final Map<String, TasklistUser> users = new HashMap<>();

	private final Map<String, List<String>> groupsOfUser = new HashMap<>();

	/** Forms whose rules were already held against the server's. */
	private final Set<String> rulesChecked = new HashSet<>();

	private String coordinator = "coordinator";

	private boolean heldEarly;

	/** Zero: the work is there at once and this driver runs the jobs; else the job executor runs them. */
	private Duration patience = Duration.ZERO;

	public FormDriver(String restUrl, ProcessEngine engine, Function<String, String> contactOfGroup) {
		this.restUrl = restUrl;
		this.runtimeService = engine.getRuntimeService();
		this.taskService = engine.getTaskService();
		this.managementService = engine.getManagementService();
		this.historyService = engine.getHistoryService();
		this.identityService = engine.getIdentityService();
		this.contactOfGroup = contactOfGroup;
	}

	/** Only the engine's API, as on the process tests' in-memory engine. */
	public static FormDriver onEngine(ProcessEngine engine) {
		return new FormDriver(null, engine, group -> {
			throw new AssertionError("no contact persons known for " + group);
		});
	}

	/**
	 * Sessions are held right after they are planned, so before their dates: as their forms ask,
	 * every completion of a {@code Task_Conduct…} ticks that it took place earlier than planned.
	 */
	public FormDriver holdingSessionsEarly() {
		this.heldEarly = true;
		return this;
	}

	/** The coordinators' tasks go to this user (else {@code coordinator}, of the demo). */
	public FormDriver coordinator(String userId) {
		this.coordinator = userId;
		return this;
	}

	/**
	 * The job executor runs the jobs (the benchmark): a task may come only after a mail was sent,
	 * so it is awaited this long, and this driver runs no jobs itself.
	 */
	public FormDriver withJobExecutor(Duration patience) {
		this.patience = patience;
		return this;
	}

	/** A demo user whose password equals the user name (coordinator, adviser1, ...). */
	public TasklistUser demoUser(String userId) {
		return users.computeIfAbsent(userId, id -> new TasklistUser(restUrl, id, id));
	}

	/**
	 * A contact person: their account has a random password until they choose one with the
	 * link in their registration mail; here they choose one.
	 */
	public TasklistUser contactPerson(String userId) {
		return users.computeIfAbsent(userId, id -> {
			String password = "Eigen-wachtwoord-" + id;
			User user = identityService.createUserQuery().userId(id).singleResult();
			if (user == null) {
				throw new AssertionError("no account for contact person " + id);
			}
			user.setPassword(password);
			identityService.saveUser(user);
			return new TasklistUser(restUrl, id, password);
		});
	}

	/** The start form of a process, filled in and submitted by this user; returns the new instance's id. */
	public String start(TasklistUser user, String processKey, Map<String, Object> answers) {
		JsonNode form = user.deployedStartForm(processKey);
		JsonNode variables = user.startFormVariables(processKey);
		String name = "start form of " + processKey;
		if (rulesChecked.add(form.path("id").asText())) {
			for (String field : FormFiller.requiredFields(name, form, variables, answers)) {
				expectRefusal(name, field, user.submitStartForm(processKey,
						FormFiller.fillLeavingEmpty(name, form, variables, answers, field)));
			}
		}
		Map<String, Object> values = FormFiller.fill(name, form, variables, answers);
		String id = user.submitStartForm(processKey, values).expect(200, "start " + processKey).json().path("id").asText();
		runAsyncJobs();
		return id;
	}

	/** Does the task through its form, as the person it is routed to; returns who that was. */
	public TasklistUser work(Task task, Map<String, Object> answers) {
		TasklistUser user = routedTo(task);
		TasklistUser.Answer answer = submit(user, task, answers);
		answer.expect(204, "a careful submission of '" + task.getName() + "' (" + task.getTaskDefinitionKey() + ")");
		runAsyncJobs();
		return user;
	}

	/**
	 * Opens the task as this user, claims it if nobody has it, and submits what the form takes;
	 * the answer is returned as it came, for tests of refusals.
	 */
	public TasklistUser.Answer submit(TasklistUser user, Task task, Map<String, Object> answers) {
		String label = "'" + task.getName() + "' (" + task.getTaskDefinitionKey() + ")";
		JsonNode visible = user.visibleTask(task.getId());
		if (visible == null) {
			throw new AssertionError("Task " + label + " is routed to " + user.id() + ", who cannot see it");
		}
		JsonNode form = user.deployedForm(task.getId());
		JsonNode variables = user.formVariables(task.getId());
		Map<String, Object> values = FormFiller.fill(task.getName(), form, variables, answers);
		if (visible.path("assignee").isNull() || visible.path("assignee").isMissingNode()) {
			user.claim(task.getId());
		}
		else if (!user.id().equals(visible.path("assignee").asText())) {
			throw new AssertionError("Task " + label + " is assigned to " + visible.path("assignee").asText() + ", not to "
					+ user.id());
		}
		if (rulesChecked.add(form.path("id").asText())) {
			for (String field : FormFiller.requiredFields(task.getName(), form, variables, answers)) {
				expectRefusal(label, field, user.submitForm(task.getId(),
						FormFiller.fillLeavingEmpty(task.getName(), form, variables, answers, field)));
			}
		}
		return user.submitForm(task.getId(), values);
	}

	/**
	 * What the form requires, the server requires too: the first time a form is met, each of its
	 * required fields is sent once left empty, and must come back as a 400 that changes nothing.
	 */
	private static void expectRefusal(String label, String field, TasklistUser.Answer answer) {
		if (answer.status() != 400) {
			throw new AssertionError(label + ": the form requires '" + field + "', but the server answered " + answer.status()
					+ " to a submission without it: " + answer.body());
		}
	}

	/**
	 * Who does this task: its assignee; else a coordinator for a coordinators' task, a contact
	 * person of the organisation for an organisation's task.
	 */
	public TasklistUser routedTo(Task task) {
		String userId = routedUserId(task);
		return userId.equals(task.getAssignee()) || userId.equals(coordinator) ? demoUser(userId) : contactPerson(userId);
	}

	private String routedUserId(Task task) {
		if (task.getAssignee() != null) {
			return task.getAssignee();
		}
		List<String> groups = candidateGroups(task);
		if (groups.contains("coordinators")) {
			return coordinator;
		}
		Optional<String> organisation = groups.stream().filter(group -> group.startsWith("organisation-")).findFirst();
		if (organisation.isPresent()) {
			return contactOfGroup.apply(organisation.get());
		}
		throw new AssertionError("Task '" + task.getName() + "' is routed to nobody the test knows: " + groups);
	}

	// ------------------------------------------------------------------ where the work is

	/** Open tasks of a network with this key, oldest first. */
	public List<Task> open(String networkCode, String taskKey) {
		return taskService.createTaskQuery()
			.processInstanceBusinessKey(networkCode)
			.taskDefinitionKey(taskKey)
			.orderByTaskCreateTime()
			.asc()
			.list();
	}

	/** The one open task with this key in this process instance (not in the processes it calls). */
	public Task one(String processInstanceId, String taskKey) {
		List<Task> tasks = awaited(() -> taskService.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(taskKey)
			.list(), found -> !found.isEmpty());
		if (tasks.size() != 1) {
			throw new AssertionError("expected one open " + taskKey + " in " + processInstanceId + ", found " + tasks.size());
		}
		return tasks.get(0);
	}

	public Task one(ProcessInstance instance, String taskKey) {
		return one(instance.getId(), taskKey);
	}

	/** The one open task with this key of the network (in any of its process instances). */
	public Task one(String networkCode, String taskKey, String why) {
		List<Task> tasks = open(networkCode, taskKey);
		if (tasks.size() != 1) {
			throw new AssertionError("expected one open " + taskKey + " of " + networkCode + " (" + why + "), found "
					+ tasks.size());
		}
		return tasks.get(0);
	}

	/** How often a task with this key was done in the network. */
	public long finished(String networkCode, String taskKey) {
		return historyService.createHistoricTaskInstanceQuery()
			.processInstanceBusinessKey(networkCode)
			.taskDefinitionKey(taskKey)
			.finished()
			.count();
	}

	/** The trajectory of an organisation (organisation codes are unique over networks). */
	public ProcessInstance trajectoryOf(String organisationCode) {
		ProcessInstance trajectory = runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("organisation-trajectory")
			.variableValueEquals("organisationCode", organisationCode)
			.singleResult();
		if (trajectory == null) {
			throw new AssertionError("no trajectory of " + organisationCode);
		}
		return trajectory;
	}

	/** The trajectory of an organisation in the network: its process instance id. */
	public String trajectoryOf(String networkCode, String organisationCode) {
		ProcessInstance trajectory = runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("organisation-trajectory")
			.processInstanceBusinessKey(networkCode)
			.variableValueEquals("organisationCode", organisationCode)
			.singleResult();
		if (trajectory == null) {
			throw new AssertionError("no trajectory of " + organisationCode + " in " + networkCode);
		}
		return trajectory.getId();
	}

	/** The trajectories a network called, by organisation code, once there are this many. */
	public Map<String, String> trajectories(ProcessInstance network, int expected) {
		List<ProcessInstance> called = awaited(() -> runtimeService.createProcessInstanceQuery()
			.superProcessInstanceId(network.getId())
			.processDefinitionKey("organisation-trajectory")
			.list(), found -> found.size() >= expected);
		if (called.size() != expected) {
			throw new AssertionError("expected " + expected + " trajectories in " + network.getBusinessKey() + ", found "
					+ called.size());
		}
		Map<String, String> byOrganisation = new LinkedHashMap<>();
		called.forEach(trajectory -> byOrganisation
			.put((String) runtimeService.getVariable(trajectory.getId(), "organisationCode"), trajectory.getId()));
		return byOrganisation;
	}

	/**
	 * The open evaluations of the session the instance holds now: they run as instances of their
	 * own (the caller does not wait for them), with the caller's business key and session.
	 */
	public List<ProcessInstance> evaluationsRequestedBy(ProcessInstance caller) {
		return evaluationsRequestedBy(caller.getId(), caller.getBusinessKey());
	}

	private List<ProcessInstance> evaluationsRequestedBy(String callerId, String networkCode) {
		// the network ends right after its closing session, so its session is read from history
		Object sessionId = historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(callerId)
			.variableName("sessionId")
			.list()
			.stream()
			.map(variable -> variable.getValue())
			.reduce((first, last) -> last)
			.orElse(null);
		if (sessionId == null) {
			return List.of();
		}
		return runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(networkCode)
			.processDefinitionKey("session-evaluation")
			.variableValueEquals("sessionId", sessionId)
			.list();
	}

	/** Candidate groups of a task, also when it is assigned (camunda-bpm-assert only sees unassigned ones). */
	public List<String> candidateGroups(Task task) {
		List<String> groups = new ArrayList<>();
		for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
			if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
				groups.add(link.getGroupId());
			}
		}
		return groups;
	}

	// ------------------------------------------------------------------ work through the engine's API

	/** Completes the task with these variables, as its form submits them. */
	public void complete(Task task, Map<String, Object> variables) {
		taskService.complete(task.getId(), submitted(task.getTaskDefinitionKey(), variables));
		runAsyncJobs();
	}

	/** The one open task with this key in the process instance. */
	public void complete(ProcessInstance instance, String taskKey, Object... keysAndValues) {
		complete(one(instance, taskKey), vars(keysAndValues));
	}

	/** The one open task with this key of the network, in whichever of its instances. */
	public void completeOf(String networkCode, String taskKey, Object... keysAndValues) {
		complete(one(networkCode, taskKey, "the only one"), vars(keysAndValues));
	}

	/** The task of one organisation's trajectory. */
	public void completeFor(String networkCode, String organisationCode, String taskKey, Object... keysAndValues) {
		complete(one(trajectoryOf(networkCode, organisationCode), taskKey), vars(keysAndValues));
	}

	/** Completes every open task with this key, in any process instance; returns how many. */
	public int completeAll(String taskKey, Object... keysAndValues) {
		List<Task> tasks = taskService.createTaskQuery().taskDefinitionKey(taskKey).list();
		tasks.forEach(task -> taskService.complete(task.getId(), submitted(taskKey, vars(keysAndValues))));
		runAsyncJobs();
		return tasks.size();
	}

	/**
	 * Completes the task as the user it is routed to, signed in with their groups, as Tasklist
	 * does; again on an optimistic-locking conflict with a job of the same network.
	 */
	public void completeAsRoutedUser(Task task, Map<String, Object> variables) {
		String user = routedUserId(task);
		List<String> groups = groupsOfUser.computeIfAbsent(user, id -> identityService.createGroupQuery()
			.groupMember(id)
			.list()
			.stream()
			.map(group -> group.getId())
			.toList());
		Map<String, Object> values = submitted(task.getTaskDefinitionKey(), variables);
		for (int attempt = 1;; attempt++) {
			identityService.setAuthentication(user, groups);
			try {
				taskService.complete(task.getId(), values);
				break;
			}
			catch (OptimisticLockingException ex) {
				if (attempt == 5) {
					throw ex;
				}
				pause(20L * attempt);
			}
			finally {
				identityService.clearAuthentication();
			}
		}
		// signed out, as the job executor runs them
		runAsyncJobs();
	}

	/** Starts a process as this user with the start form's variables. */
	public ProcessInstance startAs(String userId, List<String> groups, String processKey, Map<String, Object> variables) {
		identityService.setAuthentication(userId, groups);
		try {
			ProcessInstance instance = runtimeService.startProcessInstanceByKey(processKey, variables);
			runAsyncJobs();
			return instance;
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	/** Answers every evaluation the instance requested and that waits for an answer. */
	public int evaluateAll(ProcessInstance caller) {
		return evaluateAllBut(caller, Set.of());
	}

	/** As {@link #evaluateAll}, but the organisations named stay silent. */
	public int evaluateAllBut(ProcessInstance caller, Set<String> silent) {
		int count = 0;
		for (ProcessInstance evaluation : evaluationsRequestedBy(caller)) {
			if (!silent.contains(runtimeService.getVariable(evaluation.getId(), "organisationCode"))) {
				complete(one(evaluation, EVALUATION), evaluated());
				count++;
			}
		}
		return count;
	}

	/**
	 * As {@link #evaluateAll}, each by a contact person of its organisation, once all the
	 * expected evaluations are there (the job executor may still be starting them).
	 */
	public int evaluateAllAsRoutedUsers(String callerId, String networkCode, int expected) {
		List<ProcessInstance> evaluations = awaited(() -> evaluationsRequestedBy(callerId, networkCode),
				found -> found.size() >= expected);
		if (evaluations.size() < expected) {
			throw new AssertionError("expected " + expected + " evaluations under " + callerId + ", found " + evaluations.size());
		}
		for (ProcessInstance evaluation : evaluations) {
			completeAsRoutedUser(one(evaluation, EVALUATION), evaluated());
		}
		return evaluations.size();
	}

	/** Every open evaluation of the network. */
	public int evaluateAllOf(String networkCode) {
		List<Task> open = open(networkCode, EVALUATION);
		open.forEach(task -> taskService.complete(task.getId(), evaluated()));
		runAsyncJobs();
		return open.size();
	}

	private static Map<String, Object> evaluated() {
		return vars("evaluationScore", "4", "evaluationWentWell", "Nuttig");
	}

	/** Time passes until the timer is due: it is executed, with what follows it. */
	public void fireTimer(String processInstanceId, String activityId) {
		List<Job> timers = awaited(() -> managementService.createJobQuery()
			.processInstanceId(processInstanceId)
			.activityId(activityId)
			.timers()
			.list(), found -> !found.isEmpty());
		if (timers.size() != 1) {
			throw new AssertionError("expected one timer " + activityId + " in " + processInstanceId + ", found " + timers.size());
		}
		managementService.executeJob(timers.get(0).getId());
		runAsyncJobs();
	}

	/** With a job executor: waits until the instance's asynchronous steps (its mails) ran. */
	public void awaitJobsOf(String processInstanceId) {
		List<Job> left = awaited(
				() -> managementService.createJobQuery().processInstanceId(processInstanceId).messages().list(),
				List::isEmpty);
		if (!left.isEmpty()) {
			throw new AssertionError("the jobs of " + processInstanceId + " did not run: " + left.size() + " left");
		}
	}

	/** The one instance of this process the caller called (with a job executor: once it is there). */
	public ProcessInstance calledBy(String callerId, String processKey) {
		List<ProcessInstance> called = awaited(() -> runtimeService.createProcessInstanceQuery()
			.superProcessInstanceId(callerId)
			.processDefinitionKey(processKey)
			.list(), found -> !found.isEmpty());
		if (called.size() != 1) {
			throw new AssertionError("expected one " + processKey + " called by " + callerId + ", found " + called.size());
		}
		return called.get(0);
	}

	/** With a job executor: waits until nothing of the network runs any more. */
	public void awaitEnd(String networkCode) {
		long left = awaited(() -> runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(networkCode).count(),
				count -> count == 0);
		if (left != 0) {
			throw new AssertionError("network " + networkCode + " did not end: " + left + " instances run");
		}
	}

	/** Asks again, while the driver has patience, until the answer is good; returns the last one. */
	private <T> T awaited(Supplier<T> query, Predicate<T> good) {
		long until = System.nanoTime() + patience.toNanos();
		T answer = query.get();
		while (!good.test(answer) && System.nanoTime() < until) {
			pause(50);
			answer = query.get();
		}
		return answer;
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Map<String, Object> submitted(String taskKey, Map<String, Object> variables) {
		if (heldEarly && taskKey.startsWith("Task_Conduct")) {
			variables = new HashMap<>(variables);
			variables.putIfAbsent("heldBeforeStart", true);
		}
		return variables;
	}

	// ------------------------------------------------------------------ a trajectory as planned (process tests)

	/** From the adviser's assignment to the last individual session, all as planned. */
	public void driveTrajectoryThroughIndividualSessions(ProcessInstance trajectory, int individualSessions) {
		driveTrajectoryThroughIndividualSessions(trajectory, individualSessions, true);
	}

	/** As above; an organisation that does not evaluate leaves its evaluations open. */
	public void driveTrajectoryThroughIndividualSessions(ProcessInstance trajectory, int individualSessions,
			boolean evaluates) {
		complete(trajectory, "Task_AssignAdviser", "adviser", "adviser1");
		complete(trajectory, "Task_ScheduleIntake", "sessionStart", inDays(10), "sessionLocation", "Gent");
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
			complete(trajectory, "Task_PlanIndividualSession", "sessionStart", inDays(30 + i * 30), "sessionLocation",
					"Op locatie");
			complete(trajectory, "Task_ConductIndividualSession", "sessionOutcome", "held", "sessionNotes", "Sessie " + (i + 1));
			if (evaluates) {
				evaluateAll(trajectory);
			}
		}
	}

	/** From the end measurement to the delivered basic report. */
	public void finishTrajectory(ProcessInstance trajectory) {
		complete(trajectory, "Task_DistributeEndSurveys", "endQualitySurvey", true, "endMobilitySurvey", true);
		complete(trajectory, "Task_ConfirmEndMeasurement", "endResponses", 40, "endResponsesComplete", true);
		complete(trajectory, "Task_WriteBasicReport", "reportSummary", "Meer regelruimte in de teams.");
		complete(trajectory, "Task_ApproveBasicReport", "reportApproved", true);
		complete(trajectory, "Task_DeliverBasicReport", "reportDeliveredOn", "2028-02-01");
	}

	// ------------------------------------------------------------------ values as the forms submit them

	public static Map<String, Object> vars(Object... keysAndValues) {
		Map<String, Object> vars = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			vars.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return vars;
	}

	/** A list or group value, as Tasklist submits it (type Json). */
	public static Object json(String json) {
		return SpinValues.jsonValue(json).create();
	}

	public static String jsonArray(Iterable<String> values) {
		List<String> quoted = new ArrayList<>();
		values.forEach(value -> quoted.add("\"" + value + "\""));
		return "[" + String.join(",", quoted) + "]";
	}

	/** A date-time this many days from now, as a date-time field submits it. */
	public static String inDays(int days) {
		return OffsetDateTime.now().plusDays(days).withNano(0).toString();
	}

	// ------------------------------------------------------------------ the mails' jobs

	/** Runs the waiting asynchronous steps; with a job executor, it does (and this returns 0). */
	public int runAsyncJobs() {
		return patience.isZero() ? runAsyncJobs(managementService) : 0;
	}

	/**
	 * Runs the waiting asynchronous steps (the mail steps and the deliveries of their mails), as
	 * the job executor would; timers stay. A delivery the SMTP server refused is left to its retry
	 * cycle, as the job executor leaves it: it holds up nothing. Any other failure is the test's.
	 */
	public static int runAsyncJobs(ManagementService managementService) {
		int ran = 0;
		for (List<Job> jobs = messageJobs(managementService); !jobs.isEmpty(); jobs = messageJobs(managementService)) {
			for (Job job : jobs) {
				try {
					managementService.executeJob(job.getId());
				}
				catch (RuntimeException ex) {
					if (!refusedDelivery(job, ex)) {
						throw ex;
					}
				}
				ran++;
			}
		}
		return ran;
	}

	/** A job of the process "Mail bezorgen" that failed because the mail could not be sent. */
	public static boolean refusedDelivery(Job job, Throwable failure) {
		if (!MailOutbox.DELIVERY_PROCESS.equals(job.getProcessDefinitionKey())) {
			return false;
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof MailNotSentException) {
				return true;
			}
		}
		return false;
	}

	private static List<Job> messageJobs(ManagementService managementService) {
		return managementService.createJobQuery().messages().executable().list();
	}

}
