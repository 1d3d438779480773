package org.leernet.session;

import static org.leernet.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.leernet.process.FormValues;
import org.leernet.process.ProcessKeys;
import org.springframework.stereotype.Component;

/**
 * A planning task completed: the session of the kind its input {@code sessionKind} names is
 * stored and becomes the process's current session ({@code sessionId}).
 */
@Component
public class PlanSessionListener implements TaskListener {

	private final SessionService sessions;

	PlanSessionListener(SessionService sessions) {
		this.sessions = sessions;
	}

	@Override
	public void notify(DelegateTask task) {
		FormValues form = FormValues.of(task);
		SessionKind kind = form.constant(SESSION_KIND, SessionKind.class);
		SessionResult planned = sessions.plan(new SessionService.Planning(kind, ProcessKeys.networkCode(task),
				sessions.organisationOf(kind, ProcessKeys.instance(task)), form.dateTime(kind.startField(), "De datum en het beginuur"),
				kind == SessionKind.KICKOFF ? form.dateTime(KICKOFF_SECOND_START, "De tweede halve dag van de kick-off") : null,
				form.text(SESSION_LOCATION), form.strings(SESSION_THEMES), form.bool(SessionService.AFTER_PLANNED_END)));
		planned.variables().forEach(task.getExecution()::setVariable);
	}

}
