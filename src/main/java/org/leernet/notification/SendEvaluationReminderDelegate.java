package org.leernet.notification;

import static org.leernet.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.leernet.process.ProcessKeys;
import org.springframework.stereotype.Component;

/**
 * Days after a session the organisation's evaluation is not in: a reminder to its contacts.
 * Today's session-evaluation uses the generic {@link SendMailDelegate}; this bean stays for the
 * versions deployed before it, which running networks keep.
 */
@Component
public class SendEvaluationReminderDelegate implements JavaDelegate {

	private final NotificationService notifications;

	SendEvaluationReminderDelegate(NotificationService notifications) {
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		notifications.evaluationReminder(ProcessKeys.networkCode(execution),
				ProcessKeys.organisationCode(execution), ((Number) execution.getVariable(SESSION_ID)).longValue(),
				(String) execution.getVariable(SESSION_TITLE), execution.getProcessInstanceId());
	}

}
