package org.leernet.recruitment;

import static org.leernet.process.ProcessVariables.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.leernet.network.Network;
import org.leernet.network.NetworkService;
import org.leernet.network.NetworkStatus;
import org.springframework.stereotype.Component;

/**
 * Enough organisations: the network starts with the registered ones (not the waiting list).
 * Sets the collection of the trajectories; the forms' options come from {@link OrganisationOptions}.
 */
@Component
public class OpenNetworkDelegate implements JavaDelegate {

	private final NetworkService networks;

	private final OrganisationRepository organisations;

	OpenNetworkDelegate(NetworkService networks, OrganisationRepository organisations) {
		this.networks = networks;
		this.organisations = organisations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Network network = networks.get((String) execution.getVariable(NETWORK_CODE));
		networks.open(network.id());
		List<Organisation> taking = organisations.ofNetwork(network.id(), OrganisationStatus.REGISTERED);
		execution.setVariable(ORGANISATION_CODES, new ArrayList<>(taking.stream().map(Organisation::code).toList()));
		execution.setVariable(ORGANISATION_NAMES,
				new LinkedHashMap<>(taking.stream().collect(Collectors.toMap(Organisation::code, Organisation::name))));
	}

}
