package org.leernet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * {@link NetworkTestSupport} whose tasks are completed as the user each is routed to, logged in
 * with their groups ({@link RoutedUser}), never as nobody: a step that needs a right the user
 * lacks, or that should run as the application and does not, fails here as in Tasklist.
 */
public abstract class RoutedNetworkTestSupport extends NetworkTestSupport {

	@Override
	protected void complete(String businessKey, String taskKey, Object... keysAndValues) {
		RoutedUser.complete(identityService, taskService, task(businessKey, taskKey), heldEarly(taskKey, vars(keysAndValues)));
		runAsyncJobs();
	}

	@Override
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
		RoutedUser.complete(identityService, taskService, task, heldEarly(taskKey, vars(keysAndValues)));
		runAsyncJobs();
	}

	@Override
	protected int evaluateAll(String businessKey) {
		List<Task> open = taskService.createTaskQuery()
			.processInstanceBusinessKey(businessKey)
			.taskDefinitionKey("Task_EvaluateSession")
			.list();
		open.forEach(task -> RoutedUser.complete(identityService, taskService, task,
				vars("evaluationScore", "4", "evaluationWentWell", "Nuttig")));
		runAsyncJobs();
		return open.size();
	}

}
