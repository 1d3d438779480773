package org.leernet.recruitment;

import static org.leernet.process.ProcessVariables.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.leernet.process.ProcessKeys;
import org.springframework.stereotype.Component;

/**
 * Enough organisations: the network starts with the registered ones (not the waiting list).
 * Sets the collection of the trajectories; the forms' options come from {@link OrganisationOptions}.
 */
@Component
public class OpenNetworkDelegate implements JavaDelegate {

	private final RecruitmentService recruitment;

	OpenNetworkDelegate(RecruitmentService recruitment) {
		this.recruitment = recruitment;
	}

	@Override
	public void execute(DelegateExecution execution) {
		List<Organisation> taking = recruitment.openNetwork(ProcessKeys.networkCode(execution));
		execution.setVariable(ORGANISATION_CODES, new ArrayList<>(taking.stream().map(Organisation::code).toList()));
		execution.setVariable(ORGANISATION_NAMES,
				new LinkedHashMap<>(taking.stream().collect(Collectors.toMap(Organisation::code, Organisation::name))));
	}

}
