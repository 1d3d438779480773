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
 * While the baseline or end measurement is open: a reminder to the organisation's contacts.
 * A counter variable numbers the reminders; it only moves when the job commits, so a retry
 * queues the same reminder (and finds it in the mail log) rather than the next one.
 */
@Component
public class SendSurveyReminderDelegate implements JavaDelegate {

	private final NetworkService networks;

	private final RecruitmentService organisations;

	private final MailRecipients recipients;

	private final MailOutbox mails;

	SendSurveyReminderDelegate(NetworkService networks, RecruitmentService organisations,
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
		String phase = phaseName(execution.getCurrentActivityId());
		String counter = phase + "RemindersSent";
		int number = execution.getVariable(counter) instanceof Number sent ? sent.intValue() + 1 : 1;
		String key = "survey-reminder:" + organisation.id() + ":" + phase + ":" + number;
		for (Recipient recipient : recipients.contactsOf(organisation)) {
			Map<String, Object> model = MailContent.model(network, organisation);
			model.put("phaseName", phase);
			model.put("reminderNumber", number);
			mails.queue(new Mail(key + ":" + recipient.email(), MailKind.SURVEY_REMINDER, recipient, phase, model,
					network.id(), organisation.id(), null, null, null));
		}
		execution.setVariable(counter, number);
	}

	/** "nulmeting" or "eindmeting", from the sending task's id. */
	static String phaseName(String activityId) {
		return activityId != null && activityId.contains("End") ? "eindmeting" : "nulmeting";
	}

}
