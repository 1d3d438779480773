package org.leernet.notification;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.leernet.process.ProcessKeys;
import org.springframework.stereotype.Component;

/** The organisation withdrew: its planned sessions are cancelled, with a calendar cancellation. */
@Component
public class SendSessionCancellationsDelegate implements JavaDelegate {

	private final NotificationService notifications;

	SendSessionCancellationsDelegate(NotificationService notifications) {
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		notifications.cancelPlannedSessions(ProcessKeys.organisationCode(execution));
	}

}
