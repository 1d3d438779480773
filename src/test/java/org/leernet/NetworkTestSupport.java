package org.leernet;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.leernet.network.NetworkService;
import org.leernet.recruitment.RecruitmentService;
import org.leernet.session.SessionService;
import org.leernet.tasklist.FormDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For Spring tests that drive networks with the real beans: the engine's and the features'
 * services, and the suite's one network driver ({@link FormDriver}) with short names for its
 * steps. Features are read through their services, as the application's own code does.
 */
public abstract class NetworkTestSupport {

	@Autowired
	protected ProcessEngine processEngine;

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
	protected SessionService sessions;

	@Autowired
	protected JdbcClient jdbc;

	/**
	 * Through the engine's API, sessions held right after they are planned; a test that works
	 * through the forms at the REST API sets its own.
	 */
	protected FormDriver driver;

	@BeforeEach
	void networkDriver() {
		driver = new FormDriver(null, processEngine,
				group -> organisations.contactUserIds(organisations.get(group.substring("organisation-".length())).id()).get(0))
			.holdingSessionsEarly();
	}

	protected long count(String businessKey, String taskKey) {
		return driver.finished(businessKey, taskKey);
	}

	protected Task task(String businessKey, String taskKey) {
		return driver.one(businessKey, taskKey, "the only one");
	}

	protected void complete(String businessKey, String taskKey, Object... keysAndValues) {
		driver.completeOf(businessKey, taskKey, keysAndValues);
	}

	protected void completeFor(String businessKey, String organisationCode, String taskKey, Object... keysAndValues) {
		driver.completeFor(businessKey, organisationCode, taskKey, keysAndValues);
	}

	protected int evaluateAll(String businessKey) {
		return driver.evaluateAllOf(businessKey);
	}

	/** Runs the waiting asynchronous steps (mails) as the job executor would; timers stay. */
	protected int runAsyncJobs() {
		return driver.runAsyncJobs();
	}

	protected static Object json(String json) {
		return FormDriver.json(json);
	}

	protected static String jsonArray(List<String> values) {
		return FormDriver.jsonArray(values);
	}

	protected static String inDays(int days) {
		return FormDriver.inDays(days);
	}

	protected static Map<String, Object> vars(Object... keysAndValues) {
		return FormDriver.vars(keysAndValues);
	}

}
