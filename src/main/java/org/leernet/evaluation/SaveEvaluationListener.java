package org.leernet.evaluation;

import static org.leernet.system.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.leernet.recruitment.OrganisationRepository;
import org.leernet.system.FormValues;
import org.leernet.system.InvalidInputException;
import org.springframework.stereotype.Component;

/** Task_EvaluateSession completed: one organisation's evaluation of one session. */
@Component
public class SaveEvaluationListener implements TaskListener {

	private final EvaluationRepository evaluations;

	private final OrganisationRepository organisations;

	SaveEvaluationListener(EvaluationRepository evaluations, OrganisationRepository organisations) {
		this.evaluations = evaluations;
		this.organisations = organisations;
	}

	@Override
	public void notify(DelegateTask task) {
		FormValues form = FormValues.of(task);
		Integer score = form.integer("evaluationScore", "De score");
		if (score == null || score < 1 || score > 5) {
			throw new InvalidInputException("evaluationScore", "Geef een score van 1 tot 5.");
		}
		long sessionId = ((Number) task.getVariable(SESSION_ID)).longValue();
		evaluations.insert(sessionId, organisations.get(form.text(ORGANISATION_CODE)).id(), score,
				form.text("evaluationWentWell"), form.text("evaluationToImprove"), task.getAssignee());
	}

}
