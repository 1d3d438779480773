package org.leernet.process;

import static org.leernet.process.ProcessVariables.NETWORK_CODE;
import static org.leernet.process.ProcessVariables.ORGANISATION_CODE;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * A completed task may carry any variable, also {@code organisationCode} or {@code networkCode}.
 * The listeners never read those ({@link ProcessKeys}), but the models route by them
 * ({@code organisation-${organisationCode}}), so before any other listener of the task runs they
 * are set back to what the instance knows from its start: the business key, and the organisation
 * the network called the trajectory for.
 */
@Component
public class TrustedKeysPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
		listeners.add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
					userTask.getTaskDefinition()
						.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, TrustedKeysPlugin::restore);
				}
			}
		});
		configuration.setCustomPostBPMNParseListeners(listeners);
	}

	static void restore(DelegateTask task) {
		DelegateExecution execution = task.getExecution();
		ProcessKeys.Instance instance = ProcessKeys.instance(task);
		restore(execution, NETWORK_CODE, instance.networkCode());
		restore(execution, ORGANISATION_CODE, instance.calledFor());
	}

	private static void restore(DelegateExecution execution, String key, String trusted) {
		if (trusted != null && execution.hasVariable(key) && !Objects.equals(execution.getVariable(key), trusted)) {
			execution.setVariable(key, trusted);
		}
	}

}
