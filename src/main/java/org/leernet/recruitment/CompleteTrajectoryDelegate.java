package org.leernet.recruitment;

import static org.leernet.process.ProcessVariables.ORGANISATION_CODE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The basic report is delivered: the organisation's trajectory is complete. */
@Component
public class CompleteTrajectoryDelegate implements JavaDelegate {

	private final OrganisationRepository organisations;

	CompleteTrajectoryDelegate(OrganisationRepository organisations) {
		this.organisations = organisations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String code = (String) execution.getVariable(ORGANISATION_CODE);
		organisations.updateStatus(organisations.get(code).id(), OrganisationStatus.COMPLETED);
	}

}
