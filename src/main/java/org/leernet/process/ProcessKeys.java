package org.leernet.process;

import static org.leernet.process.ProcessVariables.ORGANISATION_CODE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The business identifiers a process instance knows from its start. Adapters ask here, not a
 * form submission: the network's code is the business key of the network and of each of its
 * trajectories, set when the network registered; a trajectory gets its organisation from the
 * network that started it.
 */
public final class ProcessKeys {

	private ProcessKeys() {
	}

	public static String networkCode(DelegateExecution execution) {
		return execution.getProcessBusinessKey();
	}

	public static String networkCode(DelegateTask task) {
		return networkCode(task.getExecution());
	}

	public static String organisationCode(VariableScope scope) {
		Object code = scope.getVariable(ORGANISATION_CODE);
		return code == null ? null : code.toString();
	}

}
