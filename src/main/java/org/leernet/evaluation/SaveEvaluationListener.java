package org.leernet.evaluation;

import static org.leernet.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.leernet.process.FormValues;
import org.leernet.process.ProcessKeys;
import org.springframework.stereotype.Component;

/** Task_EvaluateSession completed: one organisation's evaluation of one session. */
@Component
public class SaveEvaluationListener implements TaskListener {

	private final EvaluationService evaluations;

	SaveEvaluationListener(EvaluationService evaluations) {
		this.evaluations = evaluations;
	}

	@Override
	public void notify(DelegateTask task) {
		FormValues form = FormValues.of(task);
		evaluations.save(ProcessKeys.instance(task), new EvaluationService.Claimed(form.id(SESSION_ID),
				form.text(ORGANISATION_CODE)), form.integer("evaluationScore", "De score", 1, 5),
				form.text("evaluationWentWell"), form.text("evaluationToImprove"), task.getAssignee());
	}

}
