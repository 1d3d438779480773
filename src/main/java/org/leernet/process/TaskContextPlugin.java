package org.leernet.process;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Every user task carries, as task variables of its own, which organisation, network and session
 * it is about, copied from its process when it is created. Tasklist's filters show them in the
 * list. They are the task's own because whoever may see a task may read its own variables, while
 * a participant may not read those of the process (its READ is not granted to them).
 * <p>
 * They have names of their own, so that a form submitting {@code organisationName} never writes
 * into a task variable that disappears with the task.
 */
@Component
public class TaskContextPlugin extends AbstractProcessEnginePlugin {

	/** Task variable (shown in the list) by the process variable it copies. */
	public static final Map<String, String> TASK_CONTEXT = Map.of("organisationName", "taskOrganisation", "networkName",
			"taskNetwork", "sessionTitle", "taskSession");

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		EveryUserTask.listen(configuration, TaskListener.EVENTNAME_CREATE, TaskContextPlugin::copy);
	}

	static void copy(DelegateTask task) {
		TASK_CONTEXT.forEach((processVariable, taskVariable) -> {
			Object value = task.getVariable(processVariable);
			if (value != null) {
				task.setVariableLocal(taskVariable, value);
			}
		});
	}

}
