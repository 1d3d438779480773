package org.leernet.recruitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.leernet.process.ProcessKeys;
import org.springframework.stereotype.Component;

/** The basic report is delivered: the organisation's trajectory is complete. */
@Component
public class CompleteTrajectoryDelegate implements JavaDelegate {

	private final RecruitmentService recruitment;

	CompleteTrajectoryDelegate(RecruitmentService recruitment) {
		this.recruitment = recruitment;
	}

	@Override
	public void execute(DelegateExecution execution) {
		recruitment.complete(recruitment.ofTrajectory(ProcessKeys.instance(execution)).code());
	}

}
