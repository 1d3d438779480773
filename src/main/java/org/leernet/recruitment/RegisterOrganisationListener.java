package org.leernet.recruitment;

import static org.leernet.process.ProcessVariables.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.leernet.process.FormValues;
import org.leernet.process.ProcessKeys;
import org.springframework.stereotype.Component;

/** An organisation is registered in the task's network ({@link RecruitmentService#register}). */
@Component
public class RegisterOrganisationListener implements TaskListener {

	private final RecruitmentService recruitment;

	RegisterOrganisationListener(RecruitmentService recruitment) {
		this.recruitment = recruitment;
	}

	@Override
	public void notify(DelegateTask task) {
		FormValues form = FormValues.of(task);
		List<ContactPerson> contacts = form.records("contacts")
			.stream()
			.map(record -> new ContactPerson(trim(record.get("contactName")), trim(record.get("contactEmail"))))
			.toList();
		RecruitmentService.Registered registered = recruitment.register(ProcessKeys.networkCode(task),
				new RecruitmentService.Registration(form.text("organisationName"), form.text("sector"),
						form.text("caseDescription"), contacts));
		task.getExecution().setVariable(LAST_REGISTERED_ORGANISATION, registered.organisation().code());
		task.getExecution().setVariable(REGISTERED_ORGANISATIONS, registered.registeredCount());
		// the next registration starts with an empty form
		for (String field : List.of("organisationName", "sector", "caseDescription", "contacts")) {
			task.getExecution().removeVariable(field);
		}
	}

	private static String trim(String text) {
		return text == null ? null : text.trim();
	}

}
