package org.leernet.recruitment;

import static org.leernet.process.ProcessVariables.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.leernet.network.Network;
import org.leernet.network.NetworkService;
import org.leernet.process.FormValues;
import org.springframework.stereotype.Component;

/** Task_RegisterOrganisation completed: store the organisation, its contacts and accounts. */
@Component
public class RegisterOrganisationListener implements TaskListener {

	private final NetworkService networks;

	private final RecruitmentService recruitment;

	RegisterOrganisationListener(NetworkService networks, RecruitmentService recruitment) {
		this.networks = networks;
		this.recruitment = recruitment;
	}

	@Override
	public void notify(DelegateTask task) {
		FormValues form = FormValues.of(task);
		List<ContactPerson> contacts = form.records("contacts")
			.stream()
			.map(record -> new ContactPerson(trim(record.get("contactName")), trim(record.get("contactEmail"))))
			.toList();
		Network network = networks.get(form.text(NETWORK_CODE));
		Organisation organisation = recruitment.register(network, new RecruitmentService.Registration(
				form.text("organisationName"), form.text("sector"), form.text("caseDescription"), contacts), null);
		task.getExecution().setVariable(LAST_REGISTERED_ORGANISATION, organisation.code());
		task.getExecution().setVariable(REGISTERED_ORGANISATIONS, recruitment.registeredCount(network));
		// the next registration starts with an empty form
		for (String field : List.of("organisationName", "sector", "caseDescription", "contacts")) {
			task.getExecution().removeVariable(field);
		}
	}

	private static String trim(String text) {
		return text == null ? null : text.trim();
	}

}
