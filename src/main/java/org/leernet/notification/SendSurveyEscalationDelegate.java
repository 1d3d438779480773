package org.leernet.notification;

import static org.leernet.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.leernet.process.ProcessKeys;
import org.springframework.stereotype.Component;

/**
 * The reminders did not help: the coordinators follow up the measurement of the step's input
 * parameter {@code measurementPhase} themselves.
 */
@Component
public class SendSurveyEscalationDelegate implements JavaDelegate {

	private final NotificationService notifications;

	SendSurveyEscalationDelegate(NotificationService notifications) {
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		MailStepInputs inputs = MailStepInputs.of(execution);
		try {
			notifications.surveyEscalation(ProcessKeys.networkCode(execution),
					ProcessKeys.organisationCode(execution), inputs.phase(),
					execution.getVariable(SURVEY_REMINDER_COUNT) instanceof Number count ? count.intValue() : null);
		}
		catch (MailStepException problem) {
			throw inputs.failure(problem);
		}
	}

}
