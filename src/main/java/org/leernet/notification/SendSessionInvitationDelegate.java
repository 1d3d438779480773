package org.leernet.notification;

import static org.leernet.process.ProcessVariables.SESSION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The current session ({@code sessionId}) was planned or moved: invitation or update, with .ics. */
@Component
public class SendSessionInvitationDelegate implements JavaDelegate {

	private final SessionMails sessionMails;

	SendSessionInvitationDelegate(SessionMails sessionMails) {
		this.sessionMails = sessionMails;
	}

	@Override
	public void execute(DelegateExecution execution) {
		sessionMails.invite(((Number) execution.getVariable(SESSION_ID)).longValue());
	}

}
