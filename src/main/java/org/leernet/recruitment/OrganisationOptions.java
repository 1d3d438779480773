package org.leernet.recruitment;

import static org.leernet.process.ProcessVariables.NETWORK_CODE;
import static org.leernet.process.ProcessVariables.ORGANISATION_OPTIONS;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.leernet.network.NetworkService;
import org.leernet.process.FormOptionSource;
import org.leernet.process.FormOptions;
import org.springframework.stereotype.Component;

/**
 * The organisations that take part in the task's network now (registered, or with their
 * trajectory completed; not withdrawn), for the attendance of a collective session.
 */
@Component
class OrganisationOptions implements FormOptionSource {

	private final NetworkService networks;

	private final OrganisationRepository organisations;

	OrganisationOptions(NetworkService networks, OrganisationRepository organisations) {
		this.networks = networks;
		this.organisations = organisations;
	}

	@Override
	public String valuesKey() {
		return ORGANISATION_OPTIONS;
	}

	@Override
	public JsonValue options(VariableScope task) {
		Object code = task.getVariable(NETWORK_CODE);
		if (code == null) {
			return null;
		}
		return networks.find(code.toString())
			.map(network -> FormOptions.json(organisations.ofNetwork(network.id())
				.stream()
				.filter(org -> org.status() == OrganisationStatus.REGISTERED || org.status() == OrganisationStatus.COMPLETED)
				.map(org -> FormOptions.option(org.name(), org.code()))
				.toList()))
			.orElse(null);
	}

}
