package org.leernet.evaluation;

import static org.leernet.process.ProcessVariables.*;

import java.util.Collection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.leernet.process.ReminderSettings;
import org.springframework.stereotype.Component;

/**
 * The message throw event "... laten evalueren": starts one evaluation per organisation named in
 * its input {@value #ORGANISATIONS}, titled by its input {@value #TITLE}. The token goes on.
 */
@Component
public class RequestEvaluationsDelegate implements JavaDelegate {

	static final String ORGANISATIONS = "evaluatingOrganisations";

	static final String TITLE = "evaluationTitle";

	private final EvaluationService evaluations;

	private final ReminderSettings defaults;

	RequestEvaluationsDelegate(EvaluationService evaluations, ReminderSettings defaults) {
		this.evaluations = evaluations;
		this.defaults = defaults;
	}

	@Override
	public void execute(DelegateExecution execution) {
		@SuppressWarnings("unchecked")
		Collection<String> codes = (Collection<String>) execution.getVariable(ORGANISATIONS);
		evaluations.request(new EvaluationService.Request((String) execution.getVariable(NETWORK_CODE),
				(String) execution.getVariable(NETWORK_NAME), ((Number) execution.getVariable(SESSION_ID)).longValue(),
				(String) execution.getVariable(TITLE),
				days(execution, EVALUATION_REMINDER_DAYS, defaults.evaluationReminderDays()),
				// networks started before evaluations could lapse have no such variable
				days(execution, EVALUATION_LAPSE_DAYS, defaults.evaluationLapseDays())), codes);
	}

	private static int days(DelegateExecution execution, String name, int fallback) {
		Object value = execution.getVariable(name);
		return value instanceof Number number ? number.intValue() : fallback;
	}

}
