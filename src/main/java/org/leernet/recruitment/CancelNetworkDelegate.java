package org.leernet.recruitment;

import static org.leernet.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.leernet.network.Network;
import org.leernet.network.NetworkService;
import org.leernet.process.FormValues;
import org.springframework.stereotype.Component;

/** Too few organisations and the coordinator cancels: the network and its registrations end. */
@Component
public class CancelNetworkDelegate implements JavaDelegate {

	private final NetworkService networks;

	private final OrganisationRepository organisations;

	CancelNetworkDelegate(NetworkService networks, OrganisationRepository organisations) {
		this.networks = networks;
		this.organisations = organisations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		FormValues form = FormValues.of(execution);
		Network network = networks.get(form.text(NETWORK_CODE));
		networks.cancel(network.id(), form.text(CANCELLATION_REASON));
		organisations.cancelAll(network.id());
	}

}
