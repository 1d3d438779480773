package org.leernet.notification;

import static org.leernet.process.ProcessVariables.SESSION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.leernet.process.ProcessKeys;
import org.springframework.stereotype.Component;

/** The current session ({@code sessionId}) was planned or moved: invitation or update, with .ics. */
@Component
public class SendSessionInvitationDelegate implements JavaDelegate {

	private final NotificationService notifications;

	SendSessionInvitationDelegate(NotificationService notifications) {
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		notifications.sessionInvitation(ProcessKeys.networkCode(execution), ((Number) execution.getVariable(SESSION_ID)).longValue());
	}

}
