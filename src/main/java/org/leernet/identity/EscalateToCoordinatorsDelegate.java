package org.leernet.identity;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.leernet.process.TaskHandling;
import org.springframework.stereotype.Component;

/**
 * A participant's task passed its due date: the coordinators may now complete it on the
 * organisation's behalf or mark it "niet van toepassing" (its form shows that choice once
 * {@link TaskHandling#ESCALATED} is set on the task). The input {@value #ESCALATED_TASK} names the task in
 * the model. The daily overdue reminder mails the coordinators from then on.
 */
@Component
public class EscalateToCoordinatorsDelegate implements JavaDelegate {

	static final String ESCALATED_TASK = "escalatedTask";

	private final TaskService taskService;

	EscalateToCoordinatorsDelegate(TaskService taskService) {
		this.taskService = taskService;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String taskKey = (String) execution.getVariable(ESCALATED_TASK);
		for (Task task : taskService.createTaskQuery()
			.processInstanceId(execution.getProcessInstanceId())
			.taskDefinitionKey(taskKey)
			.list()) {
			taskService.addCandidateGroup(task.getId(), Groups.COORDINATORS);
			taskService.setVariableLocal(task.getId(), TaskHandling.ESCALATED, "yes");
		}
	}

}
