package org.leernet.network;

import static org.leernet.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.leernet.process.FormValues;
import org.leernet.process.ProcessKeys;
import org.springframework.stereotype.Component;

/** Stores the closing session's evaluation and follow-up decision; the network is closed. */
@Component
public class CloseNetworkDelegate implements JavaDelegate {

	private final NetworkService networks;

	CloseNetworkDelegate(NetworkService networks) {
		this.networks = networks;
	}

	@Override
	public void execute(DelegateExecution execution) {
		FormValues form = FormValues.of(execution);
		networks.close(ProcessKeys.networkCode(execution), form.text(NETWORK_EVALUATION), form.text(FOLLOW_UP),
				form.text(FOLLOW_UP_NOTES));
	}

}
