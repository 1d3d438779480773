package org.leernet.notification;

import static org.leernet.process.ProcessVariables.*;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.leernet.network.Network;
import org.leernet.network.NetworkService;
import org.leernet.recruitment.Organisation;
import org.leernet.recruitment.RecruitmentService;
import org.springframework.stereotype.Component;

/**
 * Days after a session the organisation's evaluation is not in: a reminder to its contacts.
 * Today's session-evaluation uses the generic {@link SendMailDelegate}; this bean stays for the
 * versions deployed before it, which running networks keep.
 */
@Component
public class SendEvaluationReminderDelegate implements JavaDelegate {

	private final NetworkService networks;

	private final RecruitmentService organisations;

	private final MailRecipients recipients;

	private final MailOutbox mails;

	SendEvaluationReminderDelegate(NetworkService networks, RecruitmentService organisations,
			MailRecipients recipients, MailOutbox mails) {
		this.networks = networks;
		this.organisations = organisations;
		this.recipients = recipients;
		this.mails = mails;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Network network = networks.get((String) execution.getVariable(NETWORK_CODE));
		Organisation organisation = organisations.get((String) execution.getVariable(ORGANISATION_CODE));
		Object sessionId = execution.getVariable(SESSION_ID);
		String title = (String) execution.getVariable(SESSION_TITLE);
		for (Recipient recipient : recipients.contactsOf(organisation)) {
			Map<String, Object> model = MailContent.model(network, organisation);
			model.put("sessionTitle", title);
			mails.queue(new Mail("evaluation-reminder:" + sessionId + ":" + organisation.id() + ":" + recipient.email(),
					MailKind.EVALUATION_REMINDER, recipient, title, model, network.id(), organisation.id(),
					((Number) sessionId).longValue(), null, null));
		}
	}

}
