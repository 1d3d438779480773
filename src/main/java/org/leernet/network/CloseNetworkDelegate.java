package org.leernet.network;

import static org.leernet.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.leernet.process.FormValues;
import org.springframework.stereotype.Component;

/** Stores the closing session's evaluation and follow-up decision; the network is closed. */
@Component
public class CloseNetworkDelegate implements JavaDelegate {

	private final NetworkRepository networks;

	CloseNetworkDelegate(NetworkRepository networks) {
		this.networks = networks;
	}

	@Override
	public void execute(DelegateExecution execution) {
		FormValues form = FormValues.of(execution);
		Network network = networks.get(form.text(NETWORK_CODE));
		networks.close(network.id(), form.text(NETWORK_EVALUATION), form.text(FOLLOW_UP), form.text(FOLLOW_UP_NOTES));
	}

}
