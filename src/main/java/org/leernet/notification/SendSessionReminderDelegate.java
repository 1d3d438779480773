package org.leernet.notification;

import static org.leernet.process.ProcessVariables.SESSION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A few days before the current session: a reminder to everyone who should come. */
@Component
public class SendSessionReminderDelegate implements JavaDelegate {

	private final SessionMails sessionMails;

	SendSessionReminderDelegate(SessionMails sessionMails) {
		this.sessionMails = sessionMails;
	}

	@Override
	public void execute(DelegateExecution execution) {
		sessionMails.remind(((Number) execution.getVariable(SESSION_ID)).longValue());
	}

}
