package org.leernet.recruitment;

import static org.leernet.process.ProcessVariables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.leernet.identity.AccessRights;
import org.leernet.identity.Groups;
import org.leernet.identity.SystemActions;
import org.leernet.process.FormValues;
import org.leernet.process.InvalidInputException;
import org.springframework.stereotype.Component;

/** Task_AssignAdviser completed: the adviser must be one of the advisers. */
@Component
public class AssignAdviserListener implements TaskListener {

	private final OrganisationRepository organisations;

	private final IdentityService identityService;

	private final AccessRights accessRights;

	private final SystemActions system;

	AssignAdviserListener(OrganisationRepository organisations, IdentityService identityService,
			AccessRights accessRights, SystemActions system) {
		this.organisations = organisations;
		this.identityService = identityService;
		this.accessRights = accessRights;
		this.system = system;
	}

	@Override
	public void notify(DelegateTask task) {
		FormValues form = FormValues.of(task);
		String adviser = form.requiredText(ADVISER, "De adviseur");
		if (system.run(() -> identityService.createUserQuery().userId(adviser).memberOfGroup(Groups.ADVISERS).count()) == 0) {
			throw new InvalidInputException(ADVISER, "'" + adviser + "' is geen adviseur.");
		}
		organisations.assignAdviser(organisations.get(form.text(ORGANISATION_CODE)).id(), adviser);
		// the adviser may follow this organisation's trajectory, and no other
		system.run(() -> accessRights.grantTrajectory(adviser, task.getProcessInstanceId()));
	}

}
