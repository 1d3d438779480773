package org.leernet.session;

import static org.leernet.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.leernet.process.FormValues;
import org.leernet.process.ProcessKeys;
import org.springframework.stereotype.Component;

/** The intake was held: its findings about the organisation are kept. Runs after {@link RecordSessionListener}. */
@Component
public class RecordIntakeListener implements TaskListener {

	private final SessionService sessions;

	RecordIntakeListener(SessionService sessions) {
		this.sessions = sessions;
	}

	@Override
	public void notify(DelegateTask task) {
		FormValues form = FormValues.of(task);
		sessions.recordIntake(form.text(SESSION_OUTCOME), sessions.organisationOf(ProcessKeys.instance(task)), form.text("intakeWorkOrganisation"),
				form.text("intakeMaturity"), form.text("intakeNeeds"));
	}

}
