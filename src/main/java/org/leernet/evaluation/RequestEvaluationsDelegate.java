package org.leernet.evaluation;

import static org.leernet.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.leernet.process.FormValues;
import org.leernet.process.ProcessKeys;
import org.springframework.stereotype.Component;

/**
 * The message throw event "... laten evalueren": starts one evaluation per organisation named in
 * its input {@value #ORGANISATIONS}, titled by its input {@value #TITLE}. The token goes on.
 */
@Component
public class RequestEvaluationsDelegate implements JavaDelegate {

	static final String ORGANISATIONS = "evaluatingOrganisations";

	static final String TITLE = "evaluationTitle";

	/** A year: longer than any evaluation waits. */
	static final int MAX_DAYS = 365;

	private final EvaluationService evaluations;

	RequestEvaluationsDelegate(EvaluationService evaluations) {
		this.evaluations = evaluations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		FormValues variables = FormValues.of(execution);
		evaluations.request(new EvaluationService.Request(ProcessKeys.networkCode(execution), variables.text(NETWORK_NAME),
				variables.id(SESSION_ID), variables.text(TITLE),
				variables.integer(EVALUATION_REMINDER_DAYS, "Dagen tot de herinnering", 1, MAX_DAYS),
				variables.integer(EVALUATION_LAPSE_DAYS, "Dagen tot de evaluatie vervalt", 1, MAX_DAYS)), variables.strings(ORGANISATIONS));
	}

}
