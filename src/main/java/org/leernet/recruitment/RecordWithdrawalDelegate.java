package org.leernet.recruitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.leernet.process.ProcessKeys;
import org.springframework.stereotype.Component;

/** The organisation withdrew ({@link RecruitmentService#withdraw}); the rest of the network goes on. */
@Component
public class RecordWithdrawalDelegate implements JavaDelegate {

	private final RecruitmentService recruitment;

	RecordWithdrawalDelegate(RecruitmentService recruitment) {
		this.recruitment = recruitment;
	}

	@Override
	public void execute(DelegateExecution execution) {
		recruitment.withdraw(recruitment.ofTrajectory(ProcessKeys.instance(execution)).code());
	}

}
