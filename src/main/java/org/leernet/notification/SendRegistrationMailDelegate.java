package org.leernet.notification;

import static org.leernet.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.leernet.process.ProcessKeys;
import org.springframework.stereotype.Component;

/** After a registration: a confirmation, or a waiting-list notice, to the contact persons. */
@Component
public class SendRegistrationMailDelegate implements JavaDelegate {

	private final NotificationService notifications;

	SendRegistrationMailDelegate(NotificationService notifications) {
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		notifications.registrationMail(ProcessKeys.networkCode(execution),
				(String) execution.getVariable(LAST_REGISTERED_ORGANISATION));
	}

}
