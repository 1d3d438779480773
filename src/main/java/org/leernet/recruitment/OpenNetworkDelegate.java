package org.leernet.recruitment;

import static org.leernet.system.ProcessVariables.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.leernet.identity.Groups;
import org.leernet.identity.SystemActions;
import org.leernet.network.Network;
import org.leernet.network.NetworkRepository;
import org.leernet.network.NetworkStatus;
import org.leernet.system.FormOptions;
import org.springframework.stereotype.Component;

/**
 * Enough organisations: the network starts with the registered ones (not the waiting list).
 * Sets the collection of the trajectories and the options the coordinators' forms offer.
 */
@Component
public class OpenNetworkDelegate implements JavaDelegate {

	private final NetworkRepository networks;

	private final OrganisationRepository organisations;

	private final IdentityService identityService;

	private final SystemActions system;

	OpenNetworkDelegate(NetworkRepository networks, OrganisationRepository organisations,
			IdentityService identityService, SystemActions system) {
		this.networks = networks;
		this.organisations = organisations;
		this.identityService = identityService;
		this.system = system;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Network network = networks.get((String) execution.getVariable(NETWORK_CODE));
		networks.updateStatus(network.id(), NetworkStatus.RUNNING);
		List<Organisation> taking = organisations.ofNetwork(network.id(), OrganisationStatus.REGISTERED);
		execution.setVariable(ORGANISATION_CODES, new ArrayList<>(taking.stream().map(Organisation::code).toList()));
		execution.setVariable(ORGANISATION_NAMES,
				new LinkedHashMap<>(taking.stream().collect(Collectors.toMap(Organisation::code, Organisation::name))));
		execution.setVariable(ORGANISATION_OPTIONS,
				FormOptions.json(taking.stream().map(org -> FormOptions.option(org.name(), org.code())).toList()));
		execution.setVariable(ADVISER_OPTIONS, FormOptions.json(system.run(() -> identityService.createUserQuery()
			.memberOfGroup(Groups.ADVISERS)
			.orderByUserLastName()
			.asc()
			.list())
			.stream()
			.map(user -> FormOptions.option((user.getFirstName() + " " + user.getLastName()).trim(), user.getId()))
			.toList()));
	}

}
