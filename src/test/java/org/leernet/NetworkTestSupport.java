package org.leernet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.leernet.tasklist.FormDriver;
import org.camunda.spin.plugin.variable.SpinValues;
import org.leernet.evaluation.EvaluationRepository;
import org.leernet.network.NetworkService;
import org.leernet.recruitment.RecruitmentService;
import org.leernet.session.SessionRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Services and form-like helpers for Spring tests that drive networks with the real beans. */
public abstract class NetworkTestSupport {

	@Autowired
	protected RuntimeService runtimeService;

	@Autowired
	protected ManagementService managementService;

	@Autowired
	protected TaskService taskService;

	@Autowired
	protected HistoryService historyService;

	@Autowired
	protected IdentityService identityService;

	@Autowired
	protected NetworkService networks;

	@Autowired
	protected RecruitmentService organisations;

	@Autowired
	protected SessionRepository sessions;

	@Autowired
	protected EvaluationRepository evaluations;

	@Autowired
	protected JdbcClient jdbc;


	protected long count(String businessKey, String taskKey) {
		return historyService.createHistoricTaskInstanceQuery()
			.processInstanceBusinessKey(businessKey)
			.taskDefinitionKey(taskKey)
			.finished()
			.count();
	}

	protected Task task(String businessKey, String taskKey) {
		List<Task> tasks = taskService.createTaskQuery()
			.processInstanceBusinessKey(businessKey)
			.taskDefinitionKey(taskKey)
			.list();
		assertThat(tasks).as("open %s of %s", taskKey, businessKey).hasSize(1);
		return tasks.get(0);
	}

	protected void complete(String businessKey, String taskKey, Object... keysAndValues) {
		taskService.complete(task(businessKey, taskKey).getId(), heldEarly(taskKey, vars(keysAndValues)));
		runAsyncJobs();
	}

	/**
	 * The tests hold a session right after planning it, so before its date: as its form asks,
	 * they tick that it took place earlier than planned.
	 */
	protected static Map<String, Object> heldEarly(String taskKey, Map<String, Object> variables) {
		if (taskKey.startsWith("Task_Conduct")) {
			variables.putIfAbsent("heldBeforeStart", true);
		}
		return variables;
	}

	/** Runs the waiting asynchronous steps (mails) as the job executor would; timers stay. */
	protected int runAsyncJobs() {
		return FormDriver.runAsyncJobs(managementService);
	}

	/** The task of one organisation's trajectory. */
	protected void completeFor(String businessKey, String organisationCode, String taskKey, Object... keysAndValues) {
		ProcessInstance trajectory = runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("organisation-trajectory")
			.processInstanceBusinessKey(businessKey)
			.variableValueEquals("organisationCode", organisationCode)
			.singleResult();
		Task task = taskService.createTaskQuery()
			.processInstanceId(trajectory.getId())
			.taskDefinitionKey(taskKey)
			.singleResult();
		assertThat(task).as("open %s of %s", taskKey, organisationCode).isNotNull();
		taskService.complete(task.getId(), heldEarly(taskKey, vars(keysAndValues)));
		runAsyncJobs();
	}

	protected int evaluateAll(String businessKey) {
		List<Task> open = taskService.createTaskQuery()
			.processInstanceBusinessKey(businessKey)
			.taskDefinitionKey("Task_EvaluateSession")
			.list();
		open.forEach(task -> taskService.complete(task.getId(), vars("evaluationScore", "4", "evaluationWentWell", "Nuttig")));
		runAsyncJobs();
		return open.size();
	}

	protected static Object json(String json) {
		return SpinValues.jsonValue(json).create();
	}

	protected static String jsonArray(List<String> values) {
		return values.stream().map(value -> "\"" + value + "\"").reduce((a, b) -> a + "," + b).map(s -> "[" + s + "]").orElse("[]");
	}

	protected static String inDays(int days) {
		return OffsetDateTime.now().plusDays(days).withNano(0).toString();
	}

	protected static Map<String, Object> vars(Object... keysAndValues) {
		Map<String, Object> vars = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			vars.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return vars;
	}

}
