package org.leernet.recruitment;

import static org.leernet.process.ProcessVariables.ORGANISATION_CODE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.leernet.process.FormValues;
import org.leernet.process.TaskHandling;
import org.springframework.stereotype.Component;

/** Task_PrepareCasePresentation completed: keep the project summary and the case's team. */
@Component
public class PrepareCasePresentationListener implements TaskListener {

	private final OrganisationRepository organisations;

	PrepareCasePresentationListener(OrganisationRepository organisations) {
		this.organisations = organisations;
	}

	@Override
	public void notify(DelegateTask task) {
		FormValues form = FormValues.of(task);
		if (TaskHandling.notApplicable(task, form)) {
			return;
		}
		organisations.recordCasePresentation(organisations.get(form.text(ORGANISATION_CODE)).id(),
				form.requiredText("projectSummary", "De samenvatting van het project"),
				form.requiredText("caseTeam", "De afdeling of het team van de case"));
	}

}
