package org.leernet.process;

import static org.leernet.process.ProcessVariables.ORGANISATION_CODE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The business identifiers a process instance knows from its start. Adapters ask here, not a
 * form submission, which can overwrite any variable of the instance: the network's code is the
 * business key of the network and of each of its trajectories, set when the network registered
 * and out of reach of every REST call; the feature services then look up in our tables which
 * organisation or session belongs to the instance ({@link #instance}).
 */
public final class ProcessKeys {

	private ProcessKeys() {
	}

	/**
	 * Where a task or step runs: its process instance, the network of its business key, and the
	 * organisation the calling network handed it ({@code calledFor}, null when no process called it).
	 */
	public record Instance(String processInstanceId, String networkCode, String calledFor) {
	}

	public static String networkCode(DelegateExecution execution) {
		return execution.getProcessBusinessKey();
	}

	public static String networkCode(DelegateTask task) {
		return networkCode(task.getExecution());
	}

	/**
	 * The organisation a step is about: for a trajectory, the one the network called it for; for
	 * an instance no network called (a session evaluation), its variable, which the services
	 * check against the network of the business key.
	 */
	public static String organisationCode(DelegateExecution execution) {
		String calledFor = instance(execution).calledFor();
		Object code = calledFor != null ? calledFor : execution.getVariable(ORGANISATION_CODE);
		return code == null ? null : code.toString();
	}

	public static Instance instance(DelegateTask task) {
		return instance(task.getExecution());
	}

	public static Instance instance(DelegateExecution execution) {
		DelegateExecution root = execution.getProcessInstance();
		return new Instance(root.getProcessInstanceId(), root.getProcessBusinessKey(), calledFor(root));
	}

	/** The instance, whether the scope is a task or an execution. */
	public static Instance instance(VariableScope scope) {
		return scope instanceof DelegateTask task ? instance(task) : instance((DelegateExecution) scope);
	}

	/**
	 * The organisation code the network's call activity passed in: a (loop) variable of the
	 * calling execution, in the network's instance, which nothing submitted to this instance
	 * reaches. Null for an instance that no process called.
	 */
	private static String calledFor(DelegateExecution processInstance) {
		DelegateExecution caller = processInstance.getSuperExecution();
		Object code = caller == null ? null : caller.getVariable(ORGANISATION_CODE);
		return code == null ? null : code.toString();
	}

}
