package org.leernet.evaluation;

import static org.leernet.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.leernet.process.FormValues;
import org.leernet.process.ProcessKeys;
import org.springframework.stereotype.Component;

/** The evaluation's days ran out unanswered: "niet beantwoord". */
@Component
public class RecordUnansweredEvaluationDelegate implements JavaDelegate {

	private final EvaluationService evaluations;

	RecordUnansweredEvaluationDelegate(EvaluationService evaluations) {
		this.evaluations = evaluations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		FormValues variables = FormValues.of(execution);
		evaluations.recordUnanswered(ProcessKeys.instance(execution),
				new EvaluationService.Claimed(variables.id(SESSION_ID), variables.text(ORGANISATION_CODE)));
	}

}
