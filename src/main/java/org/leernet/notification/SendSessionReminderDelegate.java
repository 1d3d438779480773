package org.leernet.notification;

import static org.leernet.process.ProcessVariables.SESSION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.leernet.process.ProcessKeys;
import org.springframework.stereotype.Component;

/** A few days before the current session: a reminder to everyone who should come. */
@Component
public class SendSessionReminderDelegate implements JavaDelegate {

	private final NotificationService notifications;

	SendSessionReminderDelegate(NotificationService notifications) {
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		notifications.sessionReminder(ProcessKeys.networkCode(execution), ((Number) execution.getVariable(SESSION_ID)).longValue());
	}

}
