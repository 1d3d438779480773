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

/** The network is cancelled: every registered organisation (waiting list included) is told. */
@Component
public class SendNetworkCancelledMailsDelegate implements JavaDelegate {

	private final NetworkService networks;

	private final RecruitmentService organisations;

	private final MailRecipients recipients;

	private final MailOutbox mails;

	SendNetworkCancelledMailsDelegate(NetworkService networks, RecruitmentService organisations,
			MailRecipients recipients, MailOutbox mails) {
		this.networks = networks;
		this.organisations = organisations;
		this.recipients = recipients;
		this.mails = mails;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Network network = networks.get((String) execution.getVariable(NETWORK_CODE));
		Object reason = execution.getVariable(CANCELLATION_REASON);
		for (Organisation organisation : organisations.ofNetwork(network.id())) {
			Map<String, Object> model = MailContent.model(network, organisation);
			model.put("cancellationReason", reason);
			for (Recipient recipient : recipients.contactsOf(organisation)) {
				mails.queue(new Mail("NETWORK_CANCELLED:" + network.id() + ":" + recipient.email(), MailKind.NETWORK_CANCELLED,
						recipient, network.name(), model, network.id(), organisation.id(), null, null, null));
			}
		}
	}

}
