package org.leernet.network;

import static org.leernet.process.ProcessVariables.NETWORK_CODE;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.leernet.identity.SystemActions;
import org.springframework.stereotype.Component;

/**
 * After the last collective session: the network enters its end phase, and every trajectory
 * that waits for it starts its end measurement. Trajectories still in their individual
 * sessions see the phase when they get there.
 */
@Component
public class StartEndPhaseDelegate implements JavaDelegate {

	static final String MESSAGE_END_PHASE_STARTED = "EndPhaseStarted";

	private final NetworkRepository networks;

	private final RuntimeService runtimeService;

	private final SystemActions system;

	StartEndPhaseDelegate(NetworkRepository networks, RuntimeService runtimeService, SystemActions system) {
		this.networks = networks;
		this.runtimeService = runtimeService;
		this.system = system;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String code = (String) execution.getVariable(NETWORK_CODE);
		networks.updateStatus(networks.get(code).id(), NetworkStatus.END_PHASE);
		// often a participant's evaluation that moves the network here: the step runs as the application
		system.run(() -> runtimeService.createMessageCorrelation(MESSAGE_END_PHASE_STARTED)
			.processInstanceVariableEquals(NETWORK_CODE, code)
			.correlateAll());
	}

}
