package org.leernet.session;

import static org.leernet.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.leernet.process.FormValues;
import org.leernet.process.ProcessKeys;
import org.springframework.stereotype.Component;

/**
 * A "conduct" task completed: the current session was held (with notes, and attendance for a
 * session of the whole network) or is moved to a new date. The stored session's kind decides
 * what is asked, not the task.
 */
@Component
public class RecordSessionListener implements TaskListener {

	private final SessionService sessions;

	RecordSessionListener(SessionService sessions) {
		this.sessions = sessions;
	}

	@Override
	public void notify(DelegateTask task) {
		FormValues form = FormValues.of(task);
		SessionResult result = sessions.conclude(sessions.sessionOf(ProcessKeys.instance(task), form.id(SESSION_ID)), new SessionService.Conclusion(form.text(SESSION_OUTCOME),
				new SessionService.Holding(form.bool(SessionService.HELD_BEFORE_START), form.text(SESSION_NOTES),
						form.strings(ATTENDANCE), form.text(NETWORK_EVALUATION), form.text(FOLLOW_UP)),
				new SessionService.Moving(form.dateTime(NEW_SESSION_START, "De nieuwe datum"),
						form.dateTime(NEW_SECOND_START, "De nieuwe tweede halve dag"), form.text(NEW_SESSION_LOCATION),
						form.bool(SessionService.AFTER_PLANNED_END))));
		result.variables().forEach(task.getExecution()::setVariable);
	}

}
