package org.leernet.process;

import static org.leernet.process.ProcessVariables.NETWORK_CODE;
import static org.leernet.process.ProcessVariables.ORGANISATION_CODE;

import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
		EveryUserTask.listen(configuration, TaskListener.EVENTNAME_COMPLETE, TrustedKeysPlugin::restore);
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
