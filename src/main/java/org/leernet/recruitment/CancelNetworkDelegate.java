package org.leernet.recruitment;

import static org.leernet.process.ProcessVariables.CANCELLATION_REASON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.leernet.process.FormValues;
import org.leernet.process.ProcessKeys;
import org.springframework.stereotype.Component;

/** Too few organisations and the coordinator cancels: the network and its registrations end. */
@Component
public class CancelNetworkDelegate implements JavaDelegate {

	private final RecruitmentService recruitment;

	CancelNetworkDelegate(RecruitmentService recruitment) {
		this.recruitment = recruitment;
	}

	@Override
	public void execute(DelegateExecution execution) {
		recruitment.cancelNetwork(ProcessKeys.networkCode(execution), FormValues.of(execution).text(CANCELLATION_REASON));
	}

}
