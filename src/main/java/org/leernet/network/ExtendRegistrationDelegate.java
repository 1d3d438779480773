package org.leernet.network;

import static org.leernet.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.leernet.process.DutchDates;
import org.leernet.process.FormValues;
import org.leernet.process.ProcessKeys;
import org.springframework.stereotype.Component;

/** Too few organisations: the coordinator chose a new registration deadline; recruitment opens again. */
@Component
public class ExtendRegistrationDelegate implements JavaDelegate {

	private final NetworkService networks;

	ExtendRegistrationDelegate(NetworkService networks) {
		this.networks = networks;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Network network = networks.extendRegistration(ProcessKeys.networkCode(execution),
				FormValues.of(execution).date(NEW_REGISTRATION_DEADLINE, "Nieuwe uiterste inschrijvingsdatum"));
		execution.setVariable(REGISTRATION_DEADLINE, network.registrationDeadline().toString());
		execution.setVariable(REGISTRATION_DEADLINE_IN_WORDS, DutchDates.date(network.registrationDeadline()));
		execution.setVariable(RECRUITMENT_CLOSED, false);
	}

}
