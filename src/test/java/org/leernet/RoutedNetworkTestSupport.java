package org.leernet;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;

/**
 * {@link NetworkTestSupport} whose tasks are completed as the user each is routed to, signed in
 * with their groups ({@link org.leernet.tasklist.FormDriver#completeAsRoutedUser}), never as nobody: a step that needs a right the user
 * lacks, or that should run as the application and does not, fails here as in Tasklist. The
 * asynchronous steps that follow run signed out, as the job executor runs them.
 */
public abstract class RoutedNetworkTestSupport extends NetworkTestSupport {

	@Override
	protected void complete(String businessKey, String taskKey, Object... keysAndValues) {
		driver.completeAsRoutedUser(task(businessKey, taskKey), vars(keysAndValues));
	}

	@Override
	protected void completeFor(String businessKey, String organisationCode, String taskKey, Object... keysAndValues) {
		driver.completeAsRoutedUser(driver.one(driver.trajectoryOf(businessKey, organisationCode), taskKey), vars(keysAndValues));
	}

	@Override
	protected int evaluateAll(String businessKey) {
		List<Task> open = driver.open(businessKey, "Task_EvaluateSession");
		open.forEach(task -> driver.completeAsRoutedUser(task, vars("evaluationScore", "4", "evaluationWentWell", "Nuttig")));
		return open.size();
	}

}
