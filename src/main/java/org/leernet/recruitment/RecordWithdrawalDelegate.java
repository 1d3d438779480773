package org.leernet.recruitment;

import static org.leernet.process.ProcessVariables.*;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.leernet.identity.SystemActions;
import org.springframework.stereotype.Component;

/**
 * The organisation withdrew: it is marked so, and its open session evaluations (which live
 * in the network's process, outside its trajectory) lapse. The rest of the network goes on.
 */
@Component
public class RecordWithdrawalDelegate implements JavaDelegate {

	static final String MESSAGE_EVALUATION_CANCELLED = "EvaluationCancelled";

	private final OrganisationRepository organisations;

	private final RuntimeService runtimeService;

	private final SystemActions system;

	RecordWithdrawalDelegate(OrganisationRepository organisations, RuntimeService runtimeService, SystemActions system) {
		this.organisations = organisations;
		this.runtimeService = runtimeService;
		this.system = system;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String code = (String) execution.getVariable(ORGANISATION_CODE);
		organisations.updateStatus(organisations.get(code).id(), OrganisationStatus.WITHDRAWN);
		system.run(() -> runtimeService.createMessageCorrelation(MESSAGE_EVALUATION_CANCELLED)
			.processInstanceVariableEquals(ORGANISATION_CODE, code)
			.correlateAll());
	}

}
