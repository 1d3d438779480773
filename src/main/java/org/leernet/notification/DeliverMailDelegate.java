package org.leernet.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The step of "Mail bezorgen": sends the queued mail that the instance was started for. */
@Component
public class DeliverMailDelegate implements JavaDelegate {

	private final MailService mails;

	DeliverMailDelegate(MailService mails) {
		this.mails = mails;
	}

	@Override
	public void execute(DelegateExecution execution) {
		mails.deliver((String) execution.getVariable(MailOutbox.MAIL_KEY));
	}

}
