package org.leernet.recruitment;

import static org.leernet.process.ProcessVariables.ADVISER;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.leernet.process.FormValues;
import org.leernet.process.ProcessKeys;
import org.springframework.stereotype.Component;

/** The coordinator chose the trajectory's adviser ({@link RecruitmentService#assignAdviser}). */
@Component
public class AssignAdviserListener implements TaskListener {

	private final RecruitmentService recruitment;

	AssignAdviserListener(RecruitmentService recruitment) {
		this.recruitment = recruitment;
	}

	@Override
	public void notify(DelegateTask task) {
		recruitment.assignAdviser(recruitment.ofTrajectory(ProcessKeys.instance(task)).code(), FormValues.of(task).text(ADVISER),
				task.getProcessInstanceId());
	}

}
