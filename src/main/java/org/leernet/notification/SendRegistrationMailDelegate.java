package org.leernet.notification;

import static org.leernet.process.ProcessVariables.*;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.leernet.identity.PasswordLinks;
import org.leernet.network.Network;
import org.leernet.network.NetworkService;
import org.leernet.recruitment.Organisation;
import org.leernet.recruitment.RecruitmentService;
import org.leernet.recruitment.OrganisationStatus;
import org.springframework.stereotype.Component;

/** After a registration: a confirmation, or a waiting-list notice, to the contact persons. */
@Component
public class SendRegistrationMailDelegate implements JavaDelegate {

	private final NetworkService networks;

	private final RecruitmentService organisations;

	private final MailRecipients recipients;

	private final MailOutbox mails;

	private final PasswordLinks passwordLinks;

	private final MailLinks links;

	SendRegistrationMailDelegate(NetworkService networks, RecruitmentService organisations,
			MailRecipients recipients, MailOutbox mails, PasswordLinks passwordLinks, MailLinks links) {
		this.networks = networks;
		this.organisations = organisations;
		this.recipients = recipients;
		this.mails = mails;
		this.passwordLinks = passwordLinks;
		this.links = links;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Network network = networks.get((String) execution.getVariable(NETWORK_CODE));
		Organisation organisation = organisations.get((String) execution.getVariable(LAST_REGISTERED_ORGANISATION));
		MailKind kind = organisation.status() == OrganisationStatus.WAITING_LIST ? MailKind.WAITING_LIST
				: MailKind.REGISTRATION_CONFIRMATION;
		for (Recipient recipient : recipients.contactsOf(organisation)) {
			Map<String, Object> model = MailContent.model(network, organisation);
			// registered: the contact person chooses a password for Tasklist through a link
			model.put("setPasswordUrl", kind == MailKind.REGISTRATION_CONFIRMATION && recipient.userId() != null
					? passwordLinks.issue(recipient.userId()).map(links::setPasswordUrl).orElse(null) : null);
			mails.queue(new Mail(kind.name() + ":" + organisation.id() + ":" + recipient.email(), kind, recipient,
					network.name(), model, network.id(), organisation.id(), null, null, null));
		}
	}

}
