package org.leernet.evaluation;

import static org.leernet.process.ProcessVariables.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.leernet.process.FormValues;
import org.leernet.process.ProcessKeys;
import org.leernet.process.ResponseChannel;
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
		// the candidate group counts only for evaluations requested before their rows were kept
		List<String> groups = task.getCandidates().stream().map(IdentityLink::getGroupId).toList();
		evaluations.save(ProcessKeys.instance(task), EvaluationService.Claimed.routed(form.id(SESSION_ID), groups),
				form.integer("evaluationScore", "De score", 1, 5),
				form.text("evaluationWentWell"), form.text("evaluationToImprove"), task.getAssignee(), ResponseChannel.current());
	}

}
