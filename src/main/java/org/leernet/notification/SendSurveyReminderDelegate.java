package org.leernet.notification;

import static org.leernet.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.leernet.process.ProcessKeys;
import org.leernet.measurement.MeasurementPhase;
import org.springframework.stereotype.Component;

/**
 * While the measurement of the step's input parameter {@code measurementPhase} is open: a
 * reminder to the organisation's contacts. A counter variable numbers the reminders; it only
 * moves when the job commits, so a retry queues the same reminder (and finds it in the mail
 * log) rather than the next one.
 */
@Component
public class SendSurveyReminderDelegate implements JavaDelegate {

	private final NotificationService notifications;

	SendSurveyReminderDelegate(NotificationService notifications) {
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		MailStepInputs inputs = MailStepInputs.of(execution);
		try {
			MeasurementPhase phase = inputs.phase();
			String counter = NotificationService.remindersSentVariable(phase);
			Integer sent = execution.getVariable(counter) instanceof Number number ? number.intValue() : null;
			execution.setVariable(counter, notifications.surveyReminder(ProcessKeys.networkCode(execution),
					ProcessKeys.organisationCode(execution), phase, sent));
		}
		catch (MailStepException problem) {
			throw inputs.failure(problem);
		}
	}

}
