package org.leernet.network;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.leernet.process.ProcessKeys;
import org.springframework.stereotype.Component;

/** After the last collective session: the network enters its end phase ({@link NetworkService#startEndPhase}). */
@Component
public class StartEndPhaseDelegate implements JavaDelegate {

	private final NetworkService networks;

	StartEndPhaseDelegate(NetworkService networks) {
		this.networks = networks;
	}

	@Override
	public void execute(DelegateExecution execution) {
		networks.startEndPhase(ProcessKeys.networkCode(execution));
	}

}
