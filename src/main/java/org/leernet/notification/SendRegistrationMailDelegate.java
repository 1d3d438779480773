package org.leernet.notification;

import static org.leernet.system.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.leernet.network.Network;
import org.leernet.network.NetworkRepository;
import org.leernet.recruitment.Organisation;
import org.leernet.recruitment.OrganisationRepository;
import org.leernet.recruitment.OrganisationStatus;
import org.springframework.stereotype.Component;

/** After a registration: a confirmation, or a waiting-list notice, to the contact persons. */
@Component
public class SendRegistrationMailDelegate implements JavaDelegate {

	private final NetworkRepository networks;

	private final OrganisationRepository organisations;

	private final MailRecipients recipients;

	private final MailService mails;

	SendRegistrationMailDelegate(NetworkRepository networks, OrganisationRepository organisations,
			MailRecipients recipients, MailService mails) {
		this.networks = networks;
		this.organisations = organisations;
		this.recipients = recipients;
		this.mails = mails;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Network network = networks.get((String) execution.getVariable(NETWORK_CODE));
		Organisation organisation = organisations.get((String) execution.getVariable(LAST_REGISTERED_ORGANISATION));
		MailKind kind = organisation.status() == OrganisationStatus.WAITING_LIST ? MailKind.WAITING_LIST
				: MailKind.REGISTRATION_CONFIRMATION;
		for (Recipient recipient : recipients.contactsOf(organisation)) {
			mails.send(new Mail(kind.name() + ":" + organisation.id() + ":" + recipient.email(), kind, recipient,
					network.name(), MailContent.model(network, organisation), network.id(), organisation.id(), null, null,
					null));
		}
	}

}
