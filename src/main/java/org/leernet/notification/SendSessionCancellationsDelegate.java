package org.leernet.notification;

import static org.leernet.process.ProcessVariables.ORGANISATION_CODE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.leernet.recruitment.RecruitmentService;
import org.leernet.session.Session;
import org.leernet.session.SessionService;
import org.springframework.stereotype.Component;

/** The organisation withdrew: its planned sessions are cancelled, with a calendar cancellation. */
@Component
public class SendSessionCancellationsDelegate implements JavaDelegate {

	private final RecruitmentService organisations;

	private final SessionService sessions;

	private final SessionMails sessionMails;

	SendSessionCancellationsDelegate(RecruitmentService organisations, SessionService sessions,
			SessionMails sessionMails) {
		this.organisations = organisations;
		this.sessions = sessions;
		this.sessionMails = sessionMails;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long organisationId = organisations.get((String) execution.getVariable(ORGANISATION_CODE)).id();
		for (Session session : sessions.cancelPlanned(organisationId)) {
			sessionMails.cancel(session);
		}
	}

}
