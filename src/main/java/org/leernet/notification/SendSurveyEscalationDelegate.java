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

/** The reminders did not help: the coordinators follow the measurement up themselves. */
@Component
public class SendSurveyEscalationDelegate implements JavaDelegate {

	private final NetworkService networks;

	private final RecruitmentService organisations;

	private final MailRecipients recipients;

	private final MailOutbox mails;

	SendSurveyEscalationDelegate(NetworkService networks, RecruitmentService organisations,
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
		String phase = SendSurveyReminderDelegate.phaseName(execution.getCurrentActivityId());
		for (Recipient recipient : recipients.coordinators()) {
			Map<String, Object> model = MailContent.model(network, organisation);
			model.put("phaseName", phase);
			model.put("reminderCount", execution.getVariable(SURVEY_REMINDER_COUNT));
			mails.queue(new Mail("survey-escalation:" + organisation.id() + ":" + phase + ":" + recipient.email(),
					MailKind.SURVEY_ESCALATION, recipient, phase + " van " + organisation.name(), model, network.id(),
					organisation.id(), null, null, null));
		}
	}

}
