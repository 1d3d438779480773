package org.leernet.network;

import static org.leernet.process.ProcessVariables.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.leernet.process.DutchDates;
import org.leernet.process.FormValues;
import org.leernet.process.InvalidInputException;
import org.springframework.stereotype.Component;

/** Too few organisations: the coordinator chose a new registration deadline. */
@Component
public class ExtendRegistrationDelegate implements JavaDelegate {

	private final NetworkRepository networks;

	ExtendRegistrationDelegate(NetworkRepository networks) {
		this.networks = networks;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LocalDate deadline = FormValues.of(execution).date(NEW_REGISTRATION_DEADLINE, "Nieuwe uiterste inschrijvingsdatum");
		if (deadline == null) {
			throw new InvalidInputException(NEW_REGISTRATION_DEADLINE,
					"Kies een nieuwe uiterste inschrijvingsdatum om de inschrijvingen te verlengen.");
		}
		LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), FormValues.BRUSSELS);
		if (!deadline.isAfter(today)) {
			throw new InvalidInputException(NEW_REGISTRATION_DEADLINE,
					"De nieuwe uiterste inschrijvingsdatum (" + DutchDates.date(deadline) + ") moet na vandaag liggen.");
		}
		Network network = networks.get((String) execution.getVariable(NETWORK_CODE));
		networks.updateRegistrationDeadline(network.id(), deadline);
		execution.setVariable(REGISTRATION_DEADLINE, deadline.toString());
		execution.setVariable(REGISTRATION_DEADLINE_IN_WORDS, DutchDates.date(deadline));
		execution.setVariable(RECRUITMENT_CLOSED, false);
	}

}
