package org.leernet.identity;

import java.util.ArrayList;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Tasklist's lists show a filter's variables on each task card, but only those the user may
 * read: a participant may read their tasks, not the processes around them. So every user task
 * gets, when it is created, its own copy of the names that say whose task it is (organisation,
 * network, session; {@link AccessRights#LIST_VARIABLES}), and every list names them.
 */
@Component
class TaskCardVariablesPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {

			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
					.addTaskListener(TaskListener.EVENTNAME_CREATE, TaskCardVariablesPlugin::copyToTask);
			}

		});
	}

	static void copyToTask(DelegateTask task) {
		for (Map<String, String> variable : AccessRights.LIST_VARIABLES) {
			String name = variable.get("name");
			Object value = task.getVariable(name);
			if (value != null && !task.hasVariableLocal(name)) {
				task.setVariableLocal(name, value);
			}
		}
	}

}
