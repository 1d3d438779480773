package org.leernet.recruitment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.leernet.process.FormValues;
import org.leernet.process.ProcessKeys;
import org.leernet.process.TaskHandling;
import org.springframework.stereotype.Component;

/** The case presentation is prepared: keep the project summary and the case's team. */
@Component
public class PrepareCasePresentationListener implements TaskListener {

	private final RecruitmentService recruitment;

	PrepareCasePresentationListener(RecruitmentService recruitment) {
		this.recruitment = recruitment;
	}

	@Override
	public void notify(DelegateTask task) {
		FormValues form = FormValues.of(task);
		if (TaskHandling.notApplicable(task, form)) {
			return;
		}
		recruitment.recordCasePresentation(recruitment.ofTrajectory(ProcessKeys.instance(task)).code(), form.text("projectSummary"),
				form.text("caseTeam"));
	}

}
